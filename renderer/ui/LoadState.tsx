import { Alert, Box, Button, CircularProgress } from '@mui/material';
import type { ReactNode } from 'react';
import type { ChannelData } from '../api/useChannel';

/** Shows a spinner while the first load runs, main's message with a retry button on failure, else the content. */
export function LoadState<T>({ source, children }: { source: ChannelData<T>; children: (data: T) => ReactNode }) {
  if (source.data !== undefined) return <>{children(source.data)}</>;
  if (source.error) {
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => void source.reload()}>
            Thử lại
          </Button>
        }
      >
        {source.error.message}
      </Alert>
    );
  }
  return <Spinner />;
}

export function Spinner({ label = 'Đang tải…' }: { label?: string }) {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', py: 6 }}>
      <CircularProgress aria-label={label} />
    </Box>
  );
}
