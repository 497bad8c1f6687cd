import { Box, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

interface PageLayoutProps {
  title: string;
  /** One line under the title saying what the page is for. */
  description?: ReactNode;
  /** Buttons on the right of the title, e.g. "Thêm tổ dân phố". */
  actions?: ReactNode;
  children: ReactNode;
}

export function PageLayout({ title, description, actions, children }: PageLayoutProps) {
  return (
    <Box component="section" aria-labelledby="page-title" sx={{ p: 3, maxWidth: 1200 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', justifyContent: 'space-between', mb: 2, flexWrap: 'wrap' }}>
        <Box>
          <Typography id="page-title" variant="h5" component="h1">
            {title}
          </Typography>
          {description ? (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {description}
            </Typography>
          ) : null}
        </Box>
        {actions ? (
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
            {actions}
          </Stack>
        ) : null}
      </Stack>
      {children}
    </Box>
  );
}
