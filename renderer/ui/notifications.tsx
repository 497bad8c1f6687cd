import { Alert, Snackbar } from '@mui/material';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ApiCallError } from '../api/client';

interface Notice {
  id: number;
  severity: 'success' | 'error' | 'info';
  message: string;
}

export interface Notify {
  success(message: string): void;
  info(message: string): void;
  /** Shows main's Vietnamese message for an ApiCallError, a generic one for anything else. */
  error(error: unknown): void;
}

const NotifyContext = createContext<Notify | null>(null);
const unexpectedMessage = 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại.';

export function NotificationProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const show = useCallback((severity: Notice['severity'], message: string) => {
    setNotice({ id: Date.now(), severity, message });
  }, []);
  const notify = useMemo<Notify>(
    () => ({
      success: (message) => show('success', message),
      info: (message) => show('info', message),
      error: (error) => show('error', error instanceof ApiCallError ? error.message : unexpectedMessage),
    }),
    [show],
  );
  const close = () => setNotice(null);

  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <Snackbar
        key={notice?.id}
        open={notice !== null}
        autoHideDuration={notice?.severity === 'error' ? 10_000 : 4_000}
        onClose={(_event, reason) => reason !== 'clickaway' && close()}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        {notice ? (
          <Alert
            severity={notice.severity}
            role={notice.severity === 'error' ? 'alert' : 'status'}
            variant="filled"
            onClose={close}
            sx={{ minWidth: 320 }}
          >
            {notice.message}
          </Alert>
        ) : undefined}
      </Snackbar>
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify needs a NotificationProvider above it.');
  return notify;
}
