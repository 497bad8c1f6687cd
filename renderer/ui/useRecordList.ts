import type { z } from 'zod';
import { useConfirmedDelete } from './useConfirmedDelete';
import { useRecordDialog, type RecordDialogOptions } from './useRecordDialog';

interface RecordListOptions<S extends z.ZodType, T> extends Omit<RecordDialogOptions<S>, 'onSaved'> {
  /** The list shown; reloaded after every save or deletion. */
  source: { reload(): Promise<void> };
  nameOf(row: T): string;
  /** What a deletion means for the user, shown in the confirmation. */
  deleteConsequence: string;
  delete(row: T): Promise<unknown>;
}

/** The add/edit dialog and the confirmed deletion of a list screen's records. */
export function useRecordList<S extends z.ZodType, T>({ source, nameOf, deleteConsequence, delete: deleteRow, ...dialog }: RecordListOptions<S, T>) {
  const confirmedDelete = useConfirmedDelete();
  const editor = useRecordDialog({ ...dialog, onSaved: () => void source.reload() });
  const remove = async (row: T) => {
    const removed = await confirmedDelete({ name: nameOf(row), consequence: deleteConsequence, remove: () => deleteRow(row) });
    if (removed) void source.reload();
  };
  return { editor, remove };
}
