import { Alert, Button } from '@mui/material';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { EditDialog } from './EditDialog';
import { FormTextField } from './fields';
import { useRecordDialog, type RecordDialogOptions } from './useRecordDialog';

type CorrectionButtonProps<S extends z.ZodType<{ reason: string }>> = Omit<RecordDialogOptions<S>, 'onSaved'> & {
  /** What happens to the locked version and what the correction starts from. */
  notice: ReactNode;
};

/** "Tạo bản điều chỉnh": asks for the reason, then opens a new version beside the locked one. */
export function CorrectionButton<S extends z.ZodType<{ reason: string }>>({ notice, ...options }: CorrectionButtonProps<S>) {
  const dialog = useRecordDialog({ ...options, onSaved: () => undefined });
  return (
    <>
      <Button variant="outlined" onClick={() => dialog.start()}>
        Tạo bản điều chỉnh
      </Button>
      <EditDialog title="Tạo bản điều chỉnh" submitLabel="Tạo bản điều chỉnh" {...dialog.dialogProps}>
        <Alert severity="info">{notice}</Alert>
        <FormTextField form={dialog.form} path="reason" label="Lý do điều chỉnh" multiline autoFocus />
      </EditDialog>
    </>
  );
}
