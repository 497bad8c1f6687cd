import { AppError } from '../../api/errors';
import type { DownlinkReportView } from '../../api/exchangeDownlink';
import type { WriteContext } from '../../audit/audit';
import { exportSet, importSet, listSets } from '../../evaluations/criteriaSets';
import type { RecordLine } from '../envelope/format';
import { importMessage } from '../inbound/reasons';
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

/**
 * Superior side: writes a signed directive for every ward (`recipientCode` ALL) carrying the chosen published
 * sets, or all of them. The sequence number is committed before the file is written (outgoing.ts).
 */
export async function writeDirective(ctx: DownwardContext, sets: readonly SetRef[] | undefined, folder: string): Promise<{ path: string; fileName: string; sets: number }> {
  const refs = sets ?? publishedRefs(ctx);
  if (refs.length === 0) throw new AppError('CONFLICT', 'Chưa có bộ tiêu chí nào đã ban hành để gửi xuống xã, phường.');
  const files = refs.map((ref) => ({ ref, file: setFile(ctx, ref) }));
  const records = (office: string) => ({
    [CRITERIA_SETS]: files.map(({ ref, file }) => ({ id: `${ref.setId}:${ref.version}`, unitCode: office, ver: 1, deleted: false, schemaVersion: CRITERIA_SET_SCHEMA_VERSION, data: file })),
  });
  const written = await writeDownward(ctx, { kind: 'directive', recipientCode: ALL_WARDS, label: 'tệp bộ tiêu chí', records }, folder);
  return { path: written.path, fileName: written.fileName, sets: files.length };
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

/** Ward side: one set through the same import as a set file (same version again: already present; other content: refused). */
function importOne(ctx: WriteContext, record: RecordLine, line: number): SetOutcome {
  const base = named(record, line);
  if (record.deleted) return { ...base, outcome: 'refused', message: 'Bộ tiêu chí đã ban hành không bị xóa qua tệp cấp trên gửi.' };
  if (record.schemaVersion > CRITERIA_SET_SCHEMA_VERSION) return { ...base, outcome: 'refused', message: importMessage('NEWER_SCHEMA') };
  try {
    const { set, alreadyPresent } = importSet(ctx, JSON.stringify(record.data));
    return { ...base, name: set.name, version: set.version, outcome: alreadyPresent ? 'alreadyPresent' : 'added', message: alreadyPresent ? 'Đã có trong máy.' : 'Đã thêm.' };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { ...base, outcome: 'refused', message: error.message };
  }
}

export function importCriteriaSets(ctx: WriteContext, records: readonly RecordLine[]): SetOutcome[] {
  return records.map((record, index) => importOne(ctx, record, index + 1));
}
