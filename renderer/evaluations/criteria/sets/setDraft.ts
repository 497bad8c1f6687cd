import { criteriaSet, toHundredths, type CriteriaSet } from '../../../../main/api';
import type { FieldErrors } from '../../../ui/schemaForm';
import { parseNumber } from '../../sheetDraft';

/** A criteria set while it is edited: points stay as typed ("2,5") and evidence hints are one per line. */
export interface IndicatorDraft {
  uid: string;
  key: string;
  label: string;
  maxPoints: string;
  guidance: string;
  evidenceHints: string;
}

export interface CriterionDraft {
  uid: string;
  key: string;
  label: string;
  maxPoints: string;
  guidance: string;
  indicators: IndicatorDraft[];
}

export interface BandDraft {
  uid: string;
  key: string;
  label: string;
  min: string;
}

export interface SetDraft {
  id: string;
  version: string;
  name: string;
  issuer: string;
  legalBasis: string;
  note: string;
  example: boolean;
  maxPoints: string;
  minTotal: string;
  minCriterionPercent: string;
  ratingBands: BandDraft[];
  criteria: CriterionDraft[];
}

let lastUid = 0;
/** Keeps a row's identity (focus, React key) while rows are added, removed and moved. */
const uid = () => `row${++lastUid}`;

const numberText = (value: number) => String(value).replace('.', ',');

/** The first `prefix1`, `prefix2`… that no criterion or indicator of the draft uses. */
function freeKey(draft: SetDraft, prefix: string): string {
  const used = new Set(draft.criteria.flatMap((entry) => [entry.key, ...entry.indicators.map((item) => item.key)]));
  let position = 1;
  while (used.has(`${prefix}${position}`)) position++;
  return `${prefix}${position}`;
}

export function newIndicator(draft: SetDraft, criterion: CriterionDraft): IndicatorDraft {
  return { uid: uid(), key: freeKey(draft, `${criterion.key}ct`), label: '', maxPoints: '', guidance: '', evidenceHints: '' };
}

export function newCriterion(draft: SetDraft): CriterionDraft {
  const key = freeKey(draft, 'tc');
  return { uid: uid(), key, label: '', maxPoints: '', guidance: '', indicators: [{ uid: uid(), key: `${key}ct1`, label: '', maxPoints: '', guidance: '', evidenceHints: '' }] };
}

export const newBand = (): BandDraft => ({ uid: uid(), key: '', label: '', min: '' });

export function emptyDraft(): SetDraft {
  const draft: SetDraft = {
    id: '',
    version: '1',
    name: '',
    issuer: '',
    legalBasis: '',
    note: '',
    example: false,
    maxPoints: '100',
    minTotal: '80',
    minCriterionPercent: '50',
    ratingBands: [],
    criteria: [],
  };
  return { ...draft, criteria: [newCriterion(draft)] };
}

export function draftOf(set: CriteriaSet, version: number = set.version): SetDraft {
  return {
    id: set.id,
    version: String(version),
    name: set.name,
    issuer: set.issuer,
    legalBasis: set.legalBasis,
    note: set.note,
    example: set.example,
    maxPoints: numberText(set.maxPoints),
    minTotal: numberText(set.passRule.minTotal),
    minCriterionPercent: String(set.passRule.minCriterionPercent),
    ratingBands: set.ratingBands.map((band) => ({ uid: uid(), key: band.key, label: band.label, min: numberText(band.min) })),
    criteria: set.criteria.map((entry) => ({
      uid: uid(),
      key: entry.key,
      label: entry.label,
      maxPoints: numberText(entry.maxPoints),
      guidance: entry.guidance,
      indicators: entry.indicators.map((item) => ({
        uid: uid(),
        key: item.key,
        label: item.label,
        maxPoints: numberText(item.maxPoints),
        guidance: item.guidance,
        evidenceHints: item.evidenceHints.join('\n'),
      })),
    })),
  };
}

// ---- live sums ----

/** Points typed in a box, in hundredths; null while the box is empty or holds no number. */
function hundredthsOf(text: string): number | null {
  const value = parseNumber(text);
  return value === undefined || Number.isNaN(value) ? null : toHundredths(value);
}

export interface SumCheck {
  /** Sum of the parts in hundredths; a box without a number counts as 0. */
  sum: number;
  /** The whole in hundredths, null while not a number. */
  whole: number | null;
  matches: boolean;
}

function sumCheck(parts: readonly string[], whole: string): SumCheck {
  const sum = parts.reduce((total, part) => total + (hundredthsOf(part) ?? 0), 0);
  const wholeHundredths = hundredthsOf(whole);
  return { sum, whole: wholeHundredths, matches: wholeHundredths === sum };
}

export const criterionSum = (entry: CriterionDraft) => sumCheck(entry.indicators.map((item) => item.maxPoints), entry.maxPoints);
export const setSum = (draft: SetDraft) => sumCheck(draft.criteria.map((entry) => entry.maxPoints), draft.maxPoints);

// ---- validation with the contract's schema ----

const NOT_A_NUMBER = 'Nhập một số, ví dụ 2,5 (dấu phẩy thập phân).';

interface Problem {
  path: string;
  message: string;
  /** The schema's own checks (sums, duplicate keys) already name what they concern. */
  selfExplaining: boolean;
}

type DraftCheck = { ok: true; definition: CriteriaSet } | { ok: false; errors: FieldErrors; problems: string[] };

function candidateOf(draft: SetDraft, numberProblems: Problem[]) {
  const number = (text: string, path: string) => {
    const value = parseNumber(text);
    if (!Number.isNaN(value)) return value;
    numberProblems.push({ path, message: NOT_A_NUMBER, selfExplaining: false });
    return undefined;
  };
  return {
    id: draft.id.trim(),
    version: number(draft.version, 'version'),
    name: draft.name,
    issuer: draft.issuer,
    legalBasis: draft.legalBasis,
    example: draft.example,
    note: draft.note.trim(),
    maxPoints: number(draft.maxPoints, 'maxPoints'),
    criteria: draft.criteria.map((entry, index) => ({
      key: entry.key.trim(),
      label: entry.label,
      maxPoints: number(entry.maxPoints, `criteria.${index}.maxPoints`),
      guidance: entry.guidance.trim(),
      indicators: entry.indicators.map((item, position) => ({
        key: item.key.trim(),
        label: item.label,
        maxPoints: number(item.maxPoints, `criteria.${index}.indicators.${position}.maxPoints`),
        guidance: item.guidance.trim(),
        evidenceHints: item.evidenceHints.split('\n').map((line) => line.trim()).filter((line) => line !== ''),
      })),
    })),
    ratingBands: draft.ratingBands.map((band, index) => ({ key: band.key.trim(), label: band.label, min: number(band.min, `ratingBands.${index}.min`) })),
    passRule: { minTotal: number(draft.minTotal, 'passRule.minTotal'), minCriterionPercent: number(draft.minCriterionPercent, 'passRule.minCriterionPercent') },
  };
}

const fieldNames: Record<string, string> = {
  id: 'Mã bộ tiêu chí',
  version: 'Phiên bản',
  name: 'Tên bộ tiêu chí',
  issuer: 'Cơ quan ban hành',
  legalBasis: 'Căn cứ pháp lý',
  note: 'Ghi chú',
  maxPoints: 'Tổng điểm',
  criteria: 'Danh sách tiêu chí',
  'passRule.minTotal': 'Tổng điểm tối thiểu để đạt',
  'passRule.minCriterionPercent': 'Tỷ lệ tối thiểu của mỗi tiêu chí',
};
const rowFieldNames: Record<string, string> = {
  key: 'mã',
  label: 'tên',
  maxPoints: 'điểm tối đa',
  guidance: 'hướng dẫn chấm',
  evidenceHints: 'gợi ý minh chứng',
  indicators: 'danh sách chỉ tiêu',
  min: 'điểm từ',
};

/** "criteria.1.indicators.0.maxPoints" → "Tiêu chí 2, chỉ tiêu 1 – điểm tối đa". */
function placeOf(path: string): string {
  if (fieldNames[path]) return fieldNames[path];
  const parts = path.split('.');
  const [list, index, field, position, rowField] = parts;
  const row = list === 'ratingBands' ? `Mức xếp hạng ${Number(index) + 1}` : `Tiêu chí ${Number(index) + 1}`;
  if (field === 'indicators' && position !== undefined) return `${row}, chỉ tiêu ${Number(position) + 1} – ${rowFieldNames[rowField ?? ''] ?? rowField}`;
  return field === undefined ? row : `${row} – ${rowFieldNames[field] ?? field}`;
}

const problemText = (problem: Problem) => (problem.selfExplaining || problem.path === '' ? problem.message : `${placeOf(problem.path)}: ${problem.message}`);

/**
 * What `criteria.saveDraft` takes, or every problem: numbers that are not numbers, then the contract's own checks
 * (required fields, sums, duplicate keys). `taken` lists "id:version" already stored, refused for a new draft.
 */
export function checkDraft(draft: SetDraft, taken: readonly string[]): DraftCheck {
  const numberProblems: Problem[] = [];
  const parsed = criteriaSet.safeParse(candidateOf(draft, numberProblems));
  const numberPaths = new Set(numberProblems.map((problem) => problem.path));
  const schemaProblems: Problem[] = parsed.success
    ? []
    : parsed.error.issues
        .map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message, selfExplaining: issue.code === 'custom' }))
        .filter((problem) => !numberPaths.has(problem.path));
  const problems = [...numberProblems, ...schemaProblems];
  if (taken.includes(`${draft.id.trim()}:${parseNumber(draft.version)}`)) {
    problems.push({ path: 'version', message: `Đã có bộ tiêu chí mã "${draft.id.trim()}" phiên bản ${draft.version.trim()}. Hãy chọn số phiên bản khác.`, selfExplaining: true });
  }
  if (parsed.success && problems.length === 0) return { ok: true, definition: parsed.data };
  const errors: FieldErrors = {};
  for (const problem of problems) errors[problem.path] ??= problem.message;
  return { ok: false, errors, problems: problems.map(problemText) };
}

/** The problem of a field or of any line in it (evidence hints are checked line by line). */
export function firstErrorUnder(errors: FieldErrors, path: string): string | undefined {
  return errors[path] ?? Object.entries(errors).find(([key]) => key.startsWith(`${path}.`))?.[1];
}

// ---- edits ----

/** Every change of the editor is a recipe on the whole draft, so that rows need no fresh callbacks to stay memoized. */
export type Edit = (recipe: (draft: SetDraft) => SetDraft) => void;

export const withCriterion =
  (index: number, change: (criterion: CriterionDraft, draft: SetDraft) => CriterionDraft) =>
  (draft: SetDraft): SetDraft => ({ ...draft, criteria: replacedAt(draft.criteria, index, change(draft.criteria[index]!, draft)) });

export const withIndicators = (index: number, change: (indicators: IndicatorDraft[], criterion: CriterionDraft, draft: SetDraft) => IndicatorDraft[]) =>
  withCriterion(index, (criterion, draft) => ({ ...criterion, indicators: change(criterion.indicators, criterion, draft) }));

export const replacedAt = <T>(items: readonly T[], index: number, item: T): T[] => items.map((current, position) => (position === index ? item : current));
export const removedAt = <T>(items: readonly T[], index: number): T[] => items.filter((_, position) => position !== index);

/** The list with the item at `index` swapped with its neighbour above (-1) or below (+1). */
export function movedAt<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
