import type { z } from 'zod';
import { formSet, type FormColumn, type FormDefinition, type FormSet } from '../api/budget';
import { AppError } from '../api/errors';
import tt343Commune from '../../resources/budget/form-sets/tt343-2016-commune.json';
import { formName, operandsOf } from './rules';

/** More problems than this are summarised: a wrong file would otherwise list thousands. */
const MAX_LISTED_PROBLEMS = 40;

/**
 * Validates a form set (built in, or imported from a file the superior sent): the schema, then what the
 * schema cannot say (unique codes, existing parents before their children, formulas over existing lines and
 * money columns, no cycles). Throws one INVALID_FILE error listing every problem in Vietnamese.
 */
export function parseFormSet(json: unknown): FormSet {
  const parsed = formSet.safeParse(json);
  if (!parsed.success) throw invalidFile(parsed.error.issues.map((issue) => describeIssue(issue, json)));
  const problems = structuralProblems(parsed.data);
  if (problems.length > 0) throw invalidFile(problems);
  return parsed.data;
}

let shipped: FormSet[] | undefined;

/** The form sets shipped with the app, bundled into the build; validated once, handed out as copies. */
export function builtInFormSets(): FormSet[] {
  shipped ??= [parseFormSet(tt343Commune)];
  return structuredClone(shipped);
}

function invalidFile(problems: string[]): AppError {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((problem) => `- ${problem}`);
  if (problems.length > MAX_LISTED_PROBLEMS) listed.push(`- … và ${problems.length - MAX_LISTED_PROBLEMS} lỗi khác.`);
  return new AppError('INVALID_FILE', `Tệp bộ biểu không hợp lệ, chưa nhập được:\n${listed.join('\n')}`);
}

// ---- schema issues, located by form code, line code and column key read from the raw file ----

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  if (issue.path.length === 0) {
    return 'Tệp không phải là một bộ biểu: cần một đối tượng JSON có các trường id, version, name, source, verified và forms.';
  }
  const [first, formIndex, part, itemIndex, ...rest] = issue.path;
  if (first !== 'forms' || typeof formIndex !== 'number') return `Trường "${issue.path.join('.')}": ${issue.message}`;
  const form = objectAt(objectAt(raw, 'forms'), formIndex);
  const where = [typeof form?.code === 'string' ? `Biểu ${form.code}` : `Biểu thứ ${formIndex + 1}`];
  let field = [part, itemIndex, ...rest];
  if ((part === 'lines' || part === 'columns') && typeof itemIndex === 'number') {
    const item = objectAt(objectAt(form, part), itemIndex);
    const name = part === 'lines' ? item?.code : item?.key;
    const noun = part === 'lines' ? 'dòng' : 'cột';
    where.push(typeof name === 'string' ? `${noun} "${name}"` : `${noun} thứ ${itemIndex + 1}`);
    field = rest;
  }
  const fieldPath = field.filter((key) => key !== undefined).join('.');
  if (fieldPath) where.push(`trường "${fieldPath}"`);
  return `${where.join(', ')}: ${issue.message}`;
}

function objectAt(container: unknown, key: string | number): Record<string, unknown> | undefined {
  if (typeof container !== 'object' || container === null) return undefined;
  const value = (container as Record<string | number, unknown>)[key];
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

// ---- structural checks ----

function structuralProblems(set: FormSet): string[] {
  const problems = duplicates(set.forms.map((form) => form.code)).map((code) => `Biểu ${code} được khai báo hơn một lần.`);
  for (const form of set.forms) problems.push(...columnProblems(form), ...lineProblems(form));
  return problems;
}

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

function columnProblems(form: FormDefinition): string[] {
  const problems: string[] = [];
  const at = (column: FormColumn, problem: string) => problems.push(`${formName(form)}, cột "${column.key}": ${problem}`);
  const byKey = new Map(form.columns.map((column) => [column.key, column]));
  for (const key of duplicates(form.columns.map((c) => c.key))) problems.push(`${formName(form)}, cột "${key}": mã cột bị trùng.`);
  for (const column of form.columns) {
    if (column.formula && column.kind !== 'money') at(column, 'chỉ cột số tiền mới có công thức cộng trừ.');
    if (column.ratioOf && column.kind !== 'percent') at(column, 'chỉ cột tỷ lệ (%) mới có "ratioOf".');
    if (column.kind === 'percent' && !column.ratioOf) at(column, 'cột tỷ lệ (%) phải ghi rõ tử số và mẫu số trong "ratioOf".');
    for (const { ref } of operandsOf(column.formula ?? [])) {
      const operand = byKey.get(ref);
      if (!operand) at(column, `công thức dùng cột "${ref}" không tồn tại.`);
      else if (operand.kind !== 'money') at(column, `công thức dùng cột "${ref}" không phải cột số tiền.`);
    }
    for (const ref of column.ratioOf ?? []) {
      const operand = byKey.get(ref);
      if (!operand) at(column, `tỷ lệ dùng cột "${ref}" không tồn tại.`);
      else if (operand.kind !== 'money') at(column, `tỷ lệ dùng cột "${ref}" không phải cột số tiền.`);
    }
  }
  const cycle = findCycle(
    form.columns.map((c) => c.key),
    (key) => operandsOf(byKey.get(key)?.formula ?? []).map((o) => o.ref),
  );
  if (cycle) problems.push(`${formName(form)}, cột "${cycle[0]}": công thức tham chiếu vòng tròn (${cycle.join(' → ')}).`);
  return problems;
}

function lineProblems(form: FormDefinition): string[] {
  const problems: string[] = [];
  const at = (code: string, problem: string) => problems.push(`${formName(form)}, dòng "${code}": ${problem}`);
  const position = new Map<string, number>();
  form.lines.forEach((line, index) => {
    if (!position.has(line.code)) position.set(line.code, index);
  });
  const columnKeys = new Set(form.columns.map((c) => c.key));
  for (const code of duplicates(form.lines.map((l) => l.code))) at(code, 'mã dòng bị trùng.');
  const parents = new Set(form.lines.flatMap((line) => (line.parent === undefined ? [] : [line.parent])));
  form.lines.forEach((line, index) => {
    if (line.parent !== undefined) {
      const parentIndex = position.get(line.parent);
      if (line.parent === line.code) at(line.code, 'một dòng không thể là dòng cha của chính nó.');
      else if (parentIndex === undefined) at(line.code, `dòng cha "${line.parent}" không tồn tại.`);
      else if (parentIndex > index) at(line.code, `dòng cha "${line.parent}" phải đứng trước dòng con.`);
    }
    for (const { ref } of operandsOf(line.formula ?? [])) {
      if (!position.has(ref)) at(line.code, `công thức dùng dòng "${ref}" không tồn tại.`);
    }
    if (line.formula && parents.has(line.code)) at(line.code, 'dòng tính theo công thức không được có dòng con.');
    for (const key of line.blankColumns) {
      if (!columnKeys.has(key)) at(line.code, `cột để trống "${key}" không tồn tại.`);
    }
  });
  const children = (code: string) => form.lines.filter((line) => line.parent === code).map((line) => line.code);
  const formulaOf = (code: string) => form.lines.find((line) => line.code === code)?.formula;
  const cycle = findCycle([...position.keys()], (code) => {
    const formula = formulaOf(code);
    return formula ? operandsOf(formula).map((o) => o.ref) : children(code);
  });
  if (cycle) at(cycle[0] ?? '', `công thức tham chiếu vòng tròn (${cycle.join(' → ')}).`);
  return problems;
}

/** The first cycle in a dependency graph, as the path that returns to its start; null when there is none. */
function findCycle(nodes: string[], dependencies: (node: string) => string[]): string[] | null {
  const done = new Set<string>();
  const walk = (node: string, path: string[]): string[] | null => {
    const start = path.indexOf(node);
    if (start >= 0) return [...path.slice(start), node];
    if (done.has(node) || !nodes.includes(node)) return null;
    for (const next of dependencies(node)) {
      const cycle = walk(next, [...path, node]);
      if (cycle) return cycle;
    }
    done.add(node);
    return null;
  };
  for (const node of nodes) {
    const cycle = walk(node, []);
    if (cycle) return cycle;
  }
  return null;
}
