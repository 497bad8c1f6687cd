import { useState } from 'react';
import type { z } from 'zod';
import { useNotify } from './notifications';
import { useSchemaForm, type Draft } from './schemaForm';
import { messageOf } from '../api/client';

export interface RecordDialogOptions<S extends z.ZodType> {
  schema: S;
  empty: Draft<z.input<S>>;
  /** Sends the validated value to its channel. */
  save(value: z.output<S>): Promise<unknown>;
  savedMessage: string;
  onSaved(): void;
}

/** State of an add/edit dialog whose form is validated by a contract schema. */
export function useRecordDialog<S extends z.ZodType>({ schema, empty, save, savedMessage, onSaved }: RecordDialogOptions<S>) {
  const form = useSchemaForm(schema, empty);
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);

  const start = (draft: Draft<z.input<S>> = empty) => {
    form.reset(draft);
    setFailure(undefined);
    setOpen(true);
  };

  const submit = async () => {
    const value = form.parse();
    if (!value) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await save(value);
      setOpen(false);
      notify.success(savedMessage);
      onSaved();
    } catch (error) {
      if (!form.showApiError(error)) setFailure(messageOf(error, 'Không lưu được.'));
    } finally {
      setBusy(false);
    }
  };

  return {
    form,
    start,
    /** Spread on an EditDialog. */
    dialogProps: {
      open,
      busy,
      onClose: () => setOpen(false),
      onSubmit: () => void submit(),
      formError: failure ?? form.errors[''],
    },
  };
}
