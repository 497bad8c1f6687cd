import { points, toHundredths } from '../../../main/api';
import { formatNumber } from '../../ui/format';
import { parseNumber } from '../sheetDraft';

type ParsedScore = { ok: true; score: number | null } | { ok: false; message: string };

/** A typed score ("2,5" or "2.5"); an empty box clears the score. Checked against 0..the indicator's maximum. */
export function parseScore(text: string, maxPoints: number): ParsedScore {
  const value = parseNumber(text);
  if (value === undefined) return { ok: true, score: null };
  if (Number.isNaN(value)) return { ok: false, message: 'Nhập một số, ví dụ 2,5.' };
  if (value < 0 || toHundredths(value) > toHundredths(maxPoints)) return { ok: false, message: `Điểm phải từ 0 đến ${formatNumber(maxPoints)}.` };
  const checked = points.safeParse(value);
  return checked.success ? { ok: true, score: checked.data } : { ok: false, message: checked.error.issues[0]?.message ?? 'Điểm không hợp lệ.' };
}

/** A stored score as the text of its input box, with the Vietnamese decimal comma. */
export function scoreText(score: number | null): string {
  return score === null ? '' : String(score).replace('.', ',');
}

/** A score for reading: "2,5", or a dash while not scored. */
export function showScore(score: number | null): string {
  return score === null ? '—' : formatNumber(score);
}
