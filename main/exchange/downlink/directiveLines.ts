import { AppError } from '../../api/errors';
import type { RecordLine } from '../envelope/format';
import { importMessage } from '../inbound/reasons';

export type LineOutcome = { outcome: 'added' | 'alreadyPresent' | 'refused'; message: string };

/**
 * One line of a directive through an import that says whether the item was already there; the import's refusal
 * (an AppError) refuses this line only. Published items are never deleted from above.
 */
export function storeLine(record: RecordLine, rules: { schemaVersion: number; deletedMessage: string }, store: () => boolean): LineOutcome {
  if (record.deleted) return { outcome: 'refused', message: rules.deletedMessage };
  if (record.schemaVersion > rules.schemaVersion) return { outcome: 'refused', message: importMessage('NEWER_SCHEMA') };
  try {
    return store() ? { outcome: 'alreadyPresent', message: 'Đã có trong máy.' } : { outcome: 'added', message: 'Đã thêm.' };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { outcome: 'refused', message: error.message };
  }
}
