import { Box, Typography } from '@mui/material';
import InboxOutlined from '@mui/icons-material/InboxOutlined';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  /** Usually the button that adds the first record. */
  action?: ReactNode;
}

export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <Box
      role="status"
      sx={{ textAlign: 'center', py: 5, px: 2, border: 1, borderColor: 'divider', borderStyle: 'dashed', borderRadius: 2 }}
    >
      <InboxOutlined color="disabled" sx={{ fontSize: 48 }} aria-hidden />
      <Typography variant="subtitle1" component="p" sx={{ fontWeight: 500 }}>
        {title}
      </Typography>
      {description ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {description}
        </Typography>
      ) : null}
      {action ? <Box sx={{ mt: 2 }}>{action}</Box> : null}
    </Box>
  );
}
