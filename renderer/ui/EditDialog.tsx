import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useId, type FormEvent, type ReactNode } from 'react';

interface EditDialogProps {
  open: boolean;
  title: string;
  onClose(): void;
  onSubmit(): void;
  busy?: boolean;
  submitLabel?: string;
  /** A message that concerns no single field. */
  formError?: string | undefined;
  /** Wider dialogs for forms with rows of fields (candidates, opinions). */
  width?: 'sm' | 'md';
  children: ReactNode;
}

/** A dialog holding one form; Enter submits, Esc cancels. */
export function EditDialog({ open, title, onClose, onSubmit, busy, submitLabel = 'Lưu', formError, width = 'sm', children }: EditDialogProps) {
  const titleId = useId();
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} aria-labelledby={titleId} maxWidth={width} fullWidth>
      <form onSubmit={handleSubmit} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {formError ? <Alert severity="error">{formError}</Alert> : null}
            {children}
          </Stack>
        </DialogContent>
        <FormDialogActions onClose={onClose} busy={busy} submitLabel={submitLabel} />
      </form>
    </Dialog>
  );
}

/** Cancel and submit at the foot of a dialog's form, for a form laid out otherwise than EditDialog's. */
export function FormDialogActions({ onClose, busy, submitLabel }: { onClose(): void; busy?: boolean | undefined; submitLabel: string }) {
  return (
    <DialogActions>
      <Button onClick={onClose} disabled={busy}>
        Hủy
      </Button>
      <Button type="submit" variant="contained" disabled={busy}>
        {submitLabel}
      </Button>
    </DialogActions>
  );
}
