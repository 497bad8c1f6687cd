import { CssBaseline, ThemeProvider } from '@mui/material';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import 'dayjs/locale/vi';
import type { ReactNode } from 'react';
import { ClientProvider } from '../api/ClientContext';
import type { Client } from '../api/client';
import { ConfirmProvider } from '../ui/confirm';
import { NotificationProvider } from '../ui/notifications';
import { theme } from './theme';

/** Everything a screen needs around it: theme, Vietnamese dates, the client, notifications and confirmations. */
export function AppProviders({ client, children }: { client: Client; children: ReactNode }) {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale="vi">
        <ClientProvider client={client}>
          <NotificationProvider>
            <ConfirmProvider>{children}</ConfirmProvider>
          </NotificationProvider>
        </ClientProvider>
      </LocalizationProvider>
    </ThemeProvider>
  );
}
