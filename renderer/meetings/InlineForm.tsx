import { Alert, Box, Button, Stack } from '@mui/material';
import type { FormEvent, ReactNode } from 'react';

interface InlineFormProps {
  /** From useRecordDialog: the same validation, saving and error display as the dialogs. */
  dialogProps: { busy: boolean; onSubmit(): void; formError: string | undefined };
  submitLabel: string;
  children: ReactNode;
}

/** A form inside the page rather than a dialog; Enter in a one-line field submits it. */
export function InlineForm({ dialogProps, submitLabel, children }: InlineFormProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    dialogProps.onSubmit();
  };
  return (
    <Box component="form" noValidate onSubmit={submit}>
      <Stack spacing={2}>
        {dialogProps.formError ? <Alert severity="error">{dialogProps.formError}</Alert> : null}
        {children}
        <Box>
          <Button type="submit" variant="contained" disabled={dialogProps.busy}>
            {submitLabel}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
