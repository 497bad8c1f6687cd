import { AppError } from '../../api/errors';
import type { DownlinkReportView } from '../../api/exchangeDownlink';
import type { WriteContext } from '../../audit/audit';
import { exportSet, importSet, listSets } from '../../evaluations/criteriaSets';
import type { RecordLine } from '../envelope/format';
import { storeLine } from './directiveLines';
import { BUDGET_FORM_SETS, chosenFormSets, formSetRecords } from './formSetLines';
import { ALL_WARDS, writeDownward, type DownwardContext } from './outgoing';

/** The dataset of a directive carrying criteria sets: each record's data is the set's published file (criteriaSets.exportSet). */
export const CRITERIA_SETS = 'criteria_sets';
export const CRITERIA_SET_SCHEMA_VERSION = 1;

export type SetRef = { setId: string; version: number };
type SetOutcome = DownlinkReportView['criteriaSets'][number];

/** Every set this office published itself or received from above; the shipped example every ward already has is left out. */
function publishedRefs(ctx: DownwardContext): SetRef[] {
  return listSets(ctx.db, ctx.clock.now().toISOString())
    .filter((set) => set.status === 'published' && set.origin !== 'builtIn')
    .map((set) => ({ setId: set.id, version: set.version }));
}

function setFile(ctx: DownwardContext, ref: SetRef): Record<string, unknown> {
  const file = JSON.parse(Buffer.from(exportSet(ctx.db, ref.setId, ref.version).contentBase64, 'base64').toString('utf8')) as Record<string, unknown>;
  if (file.status !== 'published') throw new AppError('CONFLICT', `Bộ tiêu chí "${ref.setId}" phiên bản ${ref.version} chưa ban hành nên không gửi xuống được.`);
  return file;
}

export type DirectiveInput = {
  /** Published criteria sets to send; every one when omitted. */
  sets?: readonly SetRef[] | undefined;
  /** The contents of budget form set files the officer picked. */
  formSets?: readonly string[] | undefined;
};

/**
 * Superior side: writes a signed directive for every ward (`recipientCode` ALL) carrying the chosen published
 * criteria sets (all of them when none are named) and budget form sets. Everything is checked before the folder is
 * asked for; the sequence number is committed before the file is written (outgoing.ts).
 */
export async function writeDirective(
  ctx: DownwardContext,
  input: DirectiveInput,
  folder: () => Promise<string>,
): Promise<{ path: string; fileName: string; sets: number; formSets: number }> {
  const formSets = chosenFormSets(input.formSets ?? []);
  const refs = input.sets ?? publishedRefs(ctx);
  if (refs.length === 0 && formSets.length === 0) throw new AppError('CONFLICT', 'Chưa có bộ tiêu chí nào đã ban hành để gửi xuống xã, phường.');
  const files = refs.map((ref) => ({ ref, file: setFile(ctx, ref) }));
  const records = (office: string) => ({
    ...(files.length > 0 && {
      [CRITERIA_SETS]: files.map(({ ref, file }) => ({ id: `${ref.setId}:${ref.version}`, unitCode: office, ver: 1, deleted: false, schemaVersion: CRITERIA_SET_SCHEMA_VERSION, data: file })),
    }),
    ...(formSets.length > 0 && { [BUDGET_FORM_SETS]: formSetRecords(formSets, office) }),
  });
  const written = await writeDownward(ctx, { kind: 'directive', recipientCode: ALL_WARDS, label: 'tệp gửi xuống xã, phường', records }, await folder());
  return { path: written.path, fileName: written.fileName, sets: files.length, formSets: formSets.length };
}

function named(record: RecordLine, line: number): Pick<SetOutcome, 'line' | 'setId' | 'version' | 'name'> {
  const definition = (record.data.definition ?? {}) as { id?: unknown; version?: unknown; name?: unknown };
  return {
    line,
    setId: typeof definition.id === 'string' ? definition.id : record.id,
    version: typeof definition.version === 'number' ? definition.version : null,
    name: typeof definition.name === 'string' ? definition.name : record.id,
  };
}

const rules = { schemaVersion: CRITERIA_SET_SCHEMA_VERSION, deletedMessage: 'Bộ tiêu chí đã ban hành không bị xóa qua tệp cấp trên gửi.' };

/** Ward side: each set through the same import as a set file (same version again: already present; other content: refused). */
export function importCriteriaSets(ctx: WriteContext, records: readonly RecordLine[]): SetOutcome[] {
  return records.map((record, index) => ({
    ...named(record, index + 1),
    ...storeLine(record, rules, () => importSet(ctx, JSON.stringify(record.data)).alreadyPresent),
  }));
}
