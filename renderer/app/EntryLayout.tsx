import { Box, Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** The frame of the screens shown before the app itself: first run, login, recovery. */
interface EntryLayoutProps {
  title: string;
  /** The unit's name once it is known. */
  subtitle?: string | null;
  width?: number;
  children: ReactNode;
}

export function EntryLayout({ title, subtitle, width = 440, children }: EntryLayoutProps) {
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', p: 2 }}>
      <Paper variant="outlined" sx={{ p: 4, width: '100%', maxWidth: width }}>
        <Typography variant="overline" component="p" color="primary" sx={{ fontWeight: 700, letterSpacing: 1 }}>
          Sổ Dân Chủ
        </Typography>
        <Typography variant="h5" component="h1" sx={{ mb: subtitle ? 0.5 : 2 }}>
          {title}
        </Typography>
        {subtitle ? (
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {subtitle}
          </Typography>
        ) : null}
        {children}
      </Paper>
    </Box>
  );
}
