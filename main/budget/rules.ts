import { MAX_AMOUNT, TEXT_CELL_MAX, type ComputedForm, type FormColumn, type FormDefinition, type FormLine } from '../api/budget';
import { AppError } from '../api/errors';
import { formatAmount } from '../api/amounts';

/** What the clerk typed, in đồng: line code → column key → amount (null = cleared). */
export type EnteredFigures = Record<string, Record<string, number | null>>;
/** Free text of text columns (a project's place, dates…): line code → column key → text. */
export type EnteredTexts = Record<string, Record<string, string>>;

/** One problem with one entered cell; columnKey is "" when the whole line is unknown. */
export interface Issue {
  lineCode: string;
  columnKey: string;
  message: string;
}

type ComputedLine = ComputedForm['lines'][number];
type ComputedCell = ComputedLine['cells'][string];

export const formName = (form: FormDefinition): string => `Biểu ${form.code}`;
export const lineName = (line: FormLine): string => `dòng "${[line.marker, line.label].filter(Boolean).join(' ')}"`;
export const columnName = (column: FormColumn): string => `cột "${column.group ? `${column.group} – ` : ''}${column.header}"`;
/** For a name that starts a sentence: "Dòng …", "Cột …". */
export const capitalised = (text: string): string => text.charAt(0).toLocaleUpperCase('vi-VN') + text.slice(1);

/** A money column the clerk fills in (not computed from other columns). */
export const isInputColumn = (column: FormColumn): boolean => column.kind === 'money' && !column.formula;

interface Operand {
  sign: 1 | -1;
  ref: string;
}
export const operandsOf = (formula: readonly string[]): Operand[] =>
  formula.map((term) => ({ sign: term.startsWith('-') ? -1 : 1, ref: term.slice(1) }));

/** The form's lines with the clerk's detail lines placed after their parent's last descendant, in tree order. */
export interface LineTree {
  ordered: { line: FormLine; level: number; extra: boolean }[];
  byCode: Map<string, FormLine>;
  children: Map<string, FormLine[]>;
}

export function lineTree(form: FormDefinition, extraLines: readonly FormLine[] = []): LineTree {
  const byCode = new Map(form.lines.map((line) => [line.code, line]));
  const extraCodes = new Set<string>();
  for (const extra of extraLines) {
    const parent = extra.parent === undefined ? undefined : byCode.get(extra.parent);
    if (byCode.has(extra.code) || extraCodes.has(extra.code)) {
      throw new AppError('BAD_INPUT', `${formName(form)}: mã dòng chi tiết "${extra.code}" trùng với một dòng đã có.`);
    }
    if (!parent?.openChildren) {
      throw new AppError('BAD_INPUT', `${formName(form)}: dòng chi tiết "${extra.label}" phải nằm dưới một dòng của biểu cho phép thêm dòng.`);
    }
    extraCodes.add(extra.code);
  }
  const all = [...form.lines, ...extraLines];
  for (const line of extraLines) byCode.set(line.code, line);
  const children = new Map<string, FormLine[]>();
  for (const line of all) if (line.parent !== undefined) children.set(line.parent, [...(children.get(line.parent) ?? []), line]);
  const ordered: LineTree['ordered'] = [];
  const visit = (line: FormLine, level: number) => {
    ordered.push({ line, level, extra: extraCodes.has(line.code) });
    for (const child of children.get(line.code) ?? []) visit(child, level + 1);
  };
  for (const root of form.lines.filter((line) => line.parent === undefined)) visit(root, 0);
  return { ordered, byCode, children };
}

/** Adds amounts where some may be missing: null only when every term is missing. */
function signedSum(terms: { sign: number; value: number | null }[]): number | null {
  if (terms.every((term) => term.value === null)) return null;
  return terms.reduce((total, term) => total + term.sign * (term.value ?? 0), 0);
}

/** numerator / denominator × 100, rounded half away from zero to one decimal, exactly (BigInt). */
export function percentOf(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = BigInt(Math.round(Math.abs(numerator))) * 1000n;
  const d = BigInt(Math.round(Math.abs(denominator)));
  if (d === 0n) return null;
  const tenths = Number((2n * n + d) / (2n * d));
  return (sign * tenths) / 10 || 0;
}

/**
 * Computes every cell of a form from the entered figures: a parent line is the sum of its children unless
 * the clerk entered it (kept, with a warning if it differs); a line with a formula (C = A − B) is computed
 * likewise; computed columns (1 = 2 + 3) follow their formula on each line; percentages are recomputed.
 * Text columns carry no figures: their texts go in each line's `texts`, never summed.
 */
export function computeForm(form: FormDefinition, entered: EnteredFigures, extraLines: readonly FormLine[] = [], texts: EnteredTexts = {}): ComputedForm {
  const tree = lineTree(form, extraLines);
  const cells = new Map<string, Record<string, ComputedCell>>(tree.ordered.map(({ line }) => [line.code, {}]));
  const cellsOf = (code: string) => cells.get(code) ?? {};

  for (const column of form.columns.filter(isInputColumn)) {
    const inProgress = new Set<string>();
    const valueOf = (code: string): number | null => {
      const line = tree.byCode.get(code);
      if (!line) return null;
      const known = cellsOf(code)[column.key];
      if (known) return known.value;
      if (inProgress.has(code)) throw new AppError('BAD_INPUT', `${formName(form)}: công thức của ${lineName(line)} tự tham chiếu vòng tròn.`);
      inProgress.add(code);
      const cell = inputCell(form, line, column, entered[code]?.[column.key] ?? null, () => derivedValue(line));
      cellsOf(code)[column.key] = cell;
      return cell.value;
    };
    const derivedValue = (line: FormLine): { value: number | null; basis: string } | null => {
      if (line.formula) {
        return { value: signedSum(operandsOf(line.formula).map(({ sign, ref }) => ({ sign, value: valueOf(ref) }))), basis: 'kết quả công thức' };
      }
      const children = tree.children.get(line.code);
      if (!children?.length) return null;
      return { value: signedSum(children.map((child) => ({ sign: 1, value: valueOf(child.code) }))), basis: 'tổng các dòng con' };
    };
    for (const { line } of tree.ordered) valueOf(line.code);
  }

  for (const column of computedColumnsInOrder(form)) {
    for (const { line } of tree.ordered) {
      const row = cellsOf(line.code);
      const value = line.blankColumns.includes(column.key)
        ? null
        : signedSum(operandsOf(column.formula ?? []).map(({ sign, ref }) => ({ sign, value: row[ref]?.value ?? null })));
      row[column.key] = withNegativeWarning({ value, source: 'computed' }, column, form);
    }
  }

  for (const column of form.columns.filter((c) => c.kind === 'percent')) {
    const [numeratorKey = '', denominatorKey = ''] = column.ratioOf ?? [];
    for (const { line } of tree.ordered) {
      const row = cellsOf(line.code);
      const value = line.blankColumns.includes(column.key) ? null : percentOf(row[numeratorKey]?.value ?? null, row[denominatorKey]?.value ?? null);
      row[column.key] = { value, source: 'computed' };
    }
  }

  return {
    form,
    lines: tree.ordered.map(({ line, level, extra }) => ({
      code: line.code,
      marker: line.marker,
      label: line.label,
      ...(line.parent === undefined ? {} : { parent: line.parent }),
      level,
      bold: line.bold,
      italic: line.italic,
      extra,
      cells: cellsOf(line.code),
      ...(texts[line.code] ? { texts: texts[line.code] } : {}),
    })),
  };
}

function inputCell(
  form: FormDefinition,
  line: FormLine,
  column: FormColumn,
  entered: number | null,
  derive: () => { value: number | null; basis: string } | null,
): ComputedCell {
  if (line.blankColumns.includes(column.key)) return { value: null, source: 'computed' };
  const derived = derive();
  if (entered === null) return derived ? { value: derived.value, source: 'computed' } : { value: null, source: 'entered' };
  if (!derived || derived.value === null || derived.value === entered) return { value: entered, source: 'entered' };
  const shown = (value: number) => formatAmount(value, form.displayUnit);
  return {
    value: entered,
    source: 'entered',
    warning: `Số đã nhập ${shown(entered)} khác ${derived.basis} ${shown(derived.value)} (chênh lệch ${shown(entered - derived.value)}).`,
  };
}

function withNegativeWarning(cell: ComputedCell, column: FormColumn, form: FormDefinition): ComputedCell {
  if (cell.value === null || cell.value >= 0 || column.allowNegative) return cell;
  return { ...cell, warning: `Kết quả tính được là số âm (${formatAmount(cell.value, form.displayUnit)}), cần kiểm tra lại số liệu.` };
}

/** Computed money columns, each after the computed columns its formula uses. */
function computedColumnsInOrder(form: FormDefinition): FormColumn[] {
  const computed = form.columns.filter((column) => column.kind === 'money' && column.formula);
  const ordered: FormColumn[] = [];
  const visit = (column: FormColumn, path: string[]) => {
    if (ordered.includes(column)) return;
    if (path.includes(column.key)) throw new AppError('BAD_INPUT', `${formName(form)}: công thức của ${columnName(column)} tự tham chiếu vòng tròn.`);
    for (const { ref } of operandsOf(column.formula ?? [])) {
      const dependency = computed.find((c) => c.key === ref);
      if (dependency) visit(dependency, [...path, column.key]);
    }
    ordered.push(column);
  };
  for (const column of computed) visit(column, []);
  return ordered;
}

/** Why an entered cell cannot be stored, or null when it can. */
function cellProblem(line: FormLine, column: FormColumn, value: number): string | null {
  if (column.kind === 'text') return 'cột chữ, không nhập số tiền.';
  if (column.kind === 'percent') return 'tỷ lệ phần trăm được tính tự động, không nhập.';
  if (column.formula) return 'cột được tính tự động theo công thức, không nhập.';
  if (line.blankColumns.includes(column.key)) return 'ô này để trống theo mẫu biểu.';
  if (!Number.isFinite(value) || !Number.isInteger(value)) return 'số tiền phải là số nguyên đồng.';
  if (Math.abs(value) > MAX_AMOUNT) return 'số tiền vượt quá giới hạn cho phép (10^15 đồng).';
  if (value < 0 && !column.allowNegative) return 'không được nhập số âm.';
  return null;
}

const unknownLine = (form: FormDefinition, lineCode: string): Issue => ({ lineCode, columnKey: '', message: `${formName(form)} không có dòng mã "${lineCode}".` });
const unknownColumn = (columnKey: string): string => `biểu không có cột mã "${columnKey}".`;

/** A problem of one cell, named by line (STT and label) and column header. */
function cellIssue(line: FormLine, columnKey: string, column: FormColumn | undefined, problem: string): Issue {
  const where = column ? `${capitalised(lineName(line))}, ${columnName(column)}` : capitalised(lineName(line));
  return { lineCode: line.code, columnKey, message: `${where}: ${problem}` };
}

/** Every entered cell that cannot be stored, each named by line (STT and label) and column header. */
export function validateEntries(form: FormDefinition, entered: EnteredFigures, extraLines: readonly FormLine[] = []): Issue[] {
  const { byCode } = lineTree(form, extraLines);
  const issues: Issue[] = [];
  for (const [lineCode, row] of Object.entries(entered)) {
    const line = byCode.get(lineCode);
    const values = Object.entries(row).filter((entry): entry is [string, number] => entry[1] !== null && entry[1] !== undefined);
    if (values.length === 0) continue;
    if (!line) {
      issues.push(unknownLine(form, lineCode));
      continue;
    }
    for (const [columnKey, value] of values) {
      const column = form.columns.find((c) => c.key === columnKey);
      const problem = column ? cellProblem(line, column, value) : unknownColumn(columnKey);
      if (problem !== null) issues.push(cellIssue(line, columnKey, column, problem));
    }
  }
  return issues;
}

/** Every text change that cannot be stored: the line must exist and the column be a text column; at most TEXT_CELL_MAX characters. */
export function validateTexts(form: FormDefinition, changes: readonly { lineCode: string; columnKey: string; text: string }[], extraLines: readonly FormLine[] = []): Issue[] {
  const { byCode } = lineTree(form, extraLines);
  return changes.flatMap(({ lineCode, columnKey, text }): Issue[] => {
    const line = byCode.get(lineCode);
    if (!line) return [unknownLine(form, lineCode)];
    const column = form.columns.find((c) => c.key === columnKey);
    const problem = !column
      ? unknownColumn(columnKey)
      : column.kind !== 'text'
        ? 'cột số liệu, không nhập chữ.'
        : text.trim().length > TEXT_CELL_MAX
          ? `nội dung dài ${text.trim().length} ký tự, vượt quá ${TEXT_CELL_MAX} ký tự cho phép.`
          : null;
    return problem === null ? [] : [cellIssue(line, columnKey, column, problem)];
  });
}

/** The kind of a carry-over pair: money into a money column the clerk fills in, or text into a text column; anything else is refused. */
function carriedKind(fromForm: FormDefinition, toForm: FormDefinition, targetKey: string, sourceKey: string): 'money' | 'text' {
  const target = toForm.columns.find((c) => c.key === targetKey);
  const source = fromForm.columns.find((c) => c.key === sourceKey);
  if (target?.kind === 'text' || source?.kind === 'text') {
    if (target?.kind === source?.kind) return 'text';
    if (target && source) {
      throw new AppError(
        'BAD_INPUT',
        `Không chuyển được ${columnName(source)} của ${formName(fromForm)} sang ${columnName(target)} của ${formName(toForm)}: chữ chỉ chuyển sang cột chữ, số tiền chỉ chuyển sang cột số tiền.`,
      );
    }
    throw new AppError('BAD_INPUT', target ? `${formName(fromForm)} không có cột chữ mã "${sourceKey}".` : `${formName(toForm)} không có cột chữ mã "${targetKey}".`);
  }
  if (!target || !isInputColumn(target)) throw new AppError('BAD_INPUT', `${formName(toForm)} không có cột nhập số tiền mã "${targetKey}".`);
  if (!source || source.kind !== 'money') throw new AppError('BAD_INPUT', `${formName(fromForm)} không có cột số tiền mã "${sourceKey}".`);
  return 'money';
}

/** What a carry-over writes into one form: figures and texts by line code, and the detail lines they sit on. */
export interface Carried {
  figures: EnteredFigures;
  texts: EnteredTexts;
  extraLines: FormLine[];
}

/** The code for a new detail line under `parent`: one more than the highest `${parent}.x<n>` in use, so it never lands on a line that exists. */
export function nextExtraLineCode(parent: string, codes: Iterable<string>): string {
  const prefix = `${parent}.x`;
  let highest = 0;
  for (const code of codes) {
    const suffix = code.startsWith(prefix) ? code.slice(prefix.length) : '';
    if (/^\d+$/.test(suffix)) highest = Math.max(highest, Number(suffix));
  }
  return `${prefix}${highest + 1}`;
}

/** A detail line's identity across stages: its parent and its label, ignoring case, spacing and Unicode composition. */
const lineIdentity = (line: FormLine): string =>
  `${line.parent ?? ''}\n${line.label.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('vi-VN')}`;

/**
 * Places carried detail lines among the target's own, by parent and label (codes differ between stages:
 * each is numbered where the clerk added it): a carried line lands on the target line with the same label,
 * so carrying again overwrites the same line; otherwise it becomes a new line with the next free code.
 * The carried figures and texts follow their lines; returns only the lines to add. Target lines the source
 * does not have are left alone.
 */
export function placeCarriedLines(carried: Carried, targetExtraLines: readonly FormLine[]): Carried {
  const unmatched = new Map<string, string[]>();
  for (const line of targetExtraLines) unmatched.set(lineIdentity(line), [...(unmatched.get(lineIdentity(line)) ?? []), line.code]);
  const codes = targetExtraLines.map((line) => line.code);
  const codeOf = new Map<string, string>();
  const added: FormLine[] = [];
  for (const line of carried.extraLines) {
    let code = unmatched.get(lineIdentity(line))?.shift();
    if (code === undefined) {
      code = nextExtraLineCode(line.parent ?? '', codes);
      codes.push(code);
      added.push({ ...line, code });
    }
    codeOf.set(line.code, code);
  }
  const renamed = <T>(byLine: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(byLine).map(([code, cells]) => [codeOf.get(code) ?? code, cells]));
  return { figures: renamed(carried.figures), texts: renamed(carried.texts), extraLines: added };
}

/**
 * Carries figures, texts and detail lines into another form (the next stage, or next year): for each pair
 * { targetColumnKey: sourceColumnKey }, every line whose code exists in both forms gets the source value
 * where the clerk entered it, or where the target line has no children (so a computed total lands as
 * a figure); a text column gets the source text where there is one. Detail lines are copied under parents
 * that accept them in the target.
 */
export function carryOver(
  fromForm: FormDefinition,
  fromFigures: EnteredFigures,
  toForm: FormDefinition,
  mapping: Record<string, string>,
  fromExtraLines: readonly FormLine[] = [],
  fromTexts: EnteredTexts = {},
): Carried {
  const pairs = Object.entries(mapping).map(([targetKey, sourceKey]) => ({ targetKey, sourceKey, kind: carriedKind(fromForm, toForm, targetKey, sourceKey) }));
  const source = computeForm(fromForm, fromFigures, fromExtraLines, fromTexts);
  const extraLines = fromExtraLines.filter((extra) => toForm.lines.some((line) => line.code === extra.parent && line.openChildren));
  const target = lineTree(toForm, extraLines);
  const figures: EnteredFigures = {};
  const texts: EnteredTexts = {};
  for (const sourceLine of source.lines) {
    const line = target.byCode.get(sourceLine.code);
    if (!line) continue;
    const isLeaf = !target.children.get(line.code)?.length && !line.formula;
    for (const { targetKey, sourceKey, kind } of pairs.filter((pair) => !line.blankColumns.includes(pair.targetKey))) {
      const text = sourceLine.texts?.[sourceKey];
      const cell = sourceLine.cells[sourceKey];
      if (kind === 'text' && text) (texts[line.code] ??= {})[targetKey] = text;
      if (kind === 'money' && cell && cell.value !== null && (cell.source === 'entered' || isLeaf)) (figures[line.code] ??= {})[targetKey] = cell.value;
    }
  }
  return { figures, texts, extraLines };
}
