import type { FormSet } from '../../api/budget';
import { AppError } from '../../api/errors';
import type { DownlinkReportView } from '../../api/exchangeDownlink';
import type { WriteContext } from '../../audit/audit';
import { parseFormSet } from '../../budget/formSets';
import { receiveFormSet } from '../../budget/service';
import { sha256Hex } from '../envelope/canonical';
import type { RecordInput, RecordLine } from '../envelope/format';
import { storeLine } from './directiveLines';

/** The dataset of a directive carrying budget form sets: each record's data is one form set file (resources/budget/form-sets). */
export const BUDGET_FORM_SETS = 'budget_form_sets';
export const FORM_SET_SCHEMA_VERSION = 1;

type FormSetOutcome = DownlinkReportView['formSets'][number];

/** `<formSetId>:<version>`, hashed when it would not fit a record id (64 characters). */
function recordId(set: FormSet): string {
  const id = `${set.id}:${set.version}`;
  return id.length <= 64 ? id : `sha256:${sha256Hex(id).slice(0, 32)}`;
}

function chosenFormSet(content: string, index: number): FormSet {
  const where = `Bộ biểu mẫu ngân sách thứ ${index + 1} chưa gửi được`;
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw new AppError('INVALID_FILE', `${where}: tệp không đúng định dạng JSON. Chưa ghi tệp nào.`);
  }
  try {
    return parseFormSet(json);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const name = (json as { name?: unknown } | null)?.name;
    throw new AppError('INVALID_FILE', `${where}${typeof name === 'string' ? ` («${name}»)` : ''}. ${error.message}\nChưa ghi tệp nào.`);
  }
}

/** Superior side: validates every picked form set file before anything is written; one bad file refuses them all. */
export function chosenFormSets(contents: readonly string[]): FormSet[] {
  const sets = contents.map(chosenFormSet);
  const ids = sets.map(recordId);
  const twice = sets.find((_, index) => ids.indexOf(ids[index]!) !== index);
  if (twice) throw new AppError('CONFLICT', `Bộ biểu "${twice.id}" phiên bản ${twice.version} được chọn hai lần. Chưa ghi tệp nào.`);
  return sets;
}

export function formSetRecords(sets: readonly FormSet[], office: string): RecordInput[] {
  return sets.map((set) => ({ id: recordId(set), unitCode: office, ver: 1, deleted: false, schemaVersion: FORM_SET_SCHEMA_VERSION, data: set }));
}

function named(record: RecordLine, line: number): Pick<FormSetOutcome, 'line' | 'formSetId' | 'version' | 'name'> {
  const { id, version, name } = record.data;
  return {
    line,
    formSetId: typeof id === 'string' ? id : record.id,
    version: typeof version === 'number' ? version : null,
    name: typeof name === 'string' ? name : record.id,
  };
}

const rules = { schemaVersion: FORM_SET_SCHEMA_VERSION, deletedMessage: 'Bộ biểu mẫu ngân sách không bị xóa qua tệp cấp trên gửi.' };

/** Ward side: each form set through the budget's import rules (invalid, or another content under a version it holds: refused). */
export function importFormSets(ctx: WriteContext, records: readonly RecordLine[]): FormSetOutcome[] {
  return records.map((record, index) => ({
    ...named(record, index + 1),
    ...storeLine(record, rules, () => receiveFormSet(ctx, parseFormSet(record.data)).alreadyPresent),
  }));
}
