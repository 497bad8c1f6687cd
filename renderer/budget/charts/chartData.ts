import type { ComputedForm, FormColumn } from '../../../main/api';
import type { ComputedLine } from '../gridModel';
import { foldVietnamese } from '../../../main/api';

export interface Share {
  label: string;
  value: number;
}

export interface Structure {
  /** The total line whose parts are shown, e.g. "Tổng thu ngân sách xã". */
  total: ComputedLine;
  column: FormColumn;
  shares: Share[];
}

export interface PairedRow {
  label: string;
  values: [number | null, number | null];
}

/** Lines compared in bar charts: the totals and their first level of detail. */
const BAR_DEPTH = 1;
const MAX_BARS = 16;

/** The form that balances revenue against expenditure ("Cân đối ngân sách xã"), else the first form. */
export function balanceForm(forms: readonly ComputedForm[]): ComputedForm | undefined {
  return forms.find((entry) => foldVietnamese(entry.form.title).includes('can doi')) ?? forms[0];
}

export function moneyColumns(form: ComputedForm): FormColumn[] {
  return form.form.columns.filter((column) => column.kind === 'money');
}

/** The figure the stage is about: the estimate of an estimate form, the execution or final figure of the others. */
export function mainColumn(form: ComputedForm): FormColumn | undefined {
  return moneyColumns(form).at(-1);
}

/** A top-level line of revenue ("thu") or expenditure ("chi"), with the shares of its direct children. */
export function structureOf(form: ComputedForm, side: 'thu' | 'chi'): Structure | null {
  const column = mainColumn(form);
  const word = new RegExp(`\\b${side}\\b`);
  const total = form.lines.find((line) => {
    const label = foldVietnamese(line.label);
    return line.parent === undefined && word.test(label) && (side === 'thu' || !/\bthu\b/.test(label));
  });
  if (!column || !total) return null;
  const shares = form.lines
    .filter((line) => line.parent === total.code)
    .map((line) => ({ label: line.label, value: line.cells[column.key]?.value ?? 0 }))
    .filter((share) => share.value > 0);
  return { total, column, shares };
}

const valueOf = (line: ComputedLine | undefined, column: FormColumn) => line?.cells[column.key]?.value ?? null;
const hasValue = (row: PairedRow) => row.values.some((value) => value !== null);

/** The first two money columns (estimate and execution) of each summary line. */
export function executionRows(form: ComputedForm): { columns: [FormColumn, FormColumn]; rows: PairedRow[] } | null {
  const [estimate, execution] = moneyColumns(form);
  if (!estimate || !execution) return null;
  const rows = form.lines
    .filter((line) => line.level <= BAR_DEPTH)
    .map((line): PairedRow => ({ label: line.label, values: [valueOf(line, estimate), valueOf(line, execution)] }))
    .filter(hasValue)
    .slice(0, MAX_BARS);
  return { columns: [estimate, execution], rows };
}

/** The same lines of the same form last year and this year, in the stage's main column. */
export function yearOverYearRows(current: ComputedForm, previousForms: readonly ComputedForm[]): PairedRow[] {
  const column = mainColumn(current);
  const previous = previousForms.find((entry) => entry.form.code === current.form.code);
  if (!column || !previous) return [];
  const previousLines = new Map(previous.lines.map((line) => [line.code, line]));
  return current.lines
    .filter((line) => line.level <= BAR_DEPTH)
    .map((line): PairedRow => ({ label: line.label, values: [valueOf(previousLines.get(line.code), column), valueOf(line, column)] }))
    .filter(hasValue)
    .slice(0, MAX_BARS);
}
