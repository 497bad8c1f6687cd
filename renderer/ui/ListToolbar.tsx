import { Stack } from '@mui/material';
import type { ReactNode } from 'react';

/** The row above a list: filters on the left, the add button on the right. */
export function ListToolbar({ filters, actions }: { filters?: ReactNode; actions?: ReactNode }) {
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between', minHeight: 40 }}>
      <div>{filters}</div>
      <Stack direction="row" spacing={1}>
        {actions}
      </Stack>
    </Stack>
  );
}
