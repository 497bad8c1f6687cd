/** Points live as integer hundredths inside the rules: sums and comparisons never drift (89.99 stays 89.99). */
export { toHundredths } from '../api/evaluations';

export function fromHundredths(hundredths: number): number {
  return hundredths / 100;
}

/** vi-VN display of an integer scaled by 10^decimals, without trailing zeros: "89,99", "2,5", "70", "1.234". */
export function formatScaled(scaled: number, decimals: number): string {
  const unit = 10 ** decimals;
  const absolute = Math.abs(scaled);
  const whole = Math.floor(absolute / unit).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const fraction = (absolute % unit).toString().padStart(decimals, '0').replace(/0+$/, '');
  return `${scaled < 0 ? '-' : ''}${whole}${fraction ? `,${fraction}` : ''}`;
}

export function formatPoints(hundredths: number): string {
  return formatScaled(hundredths, 2);
}
