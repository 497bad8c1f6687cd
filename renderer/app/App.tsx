import { Alert, Box, Button } from '@mui/material';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AppStatus } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { createClient, messageOf } from '../api/client';
import type { Transport } from '../api/transport';
import { Spinner } from '../ui/LoadState';
import { AppProviders } from './AppProviders';
import { FirstRunScreen } from './FirstRunScreen';
import { LoginScreen } from './LoginScreen';
import { RecoveryScreen } from './RecoveryScreen';
import { SessionContext, type Session } from './session';
import { SignedIn } from './SignedIn';

/** Reports every "not logged in" answer (outside the login itself) so the app can return to the login screen. */
function watchSessionLoss(transport: Transport, onLost: () => void): Transport {
  return async (channel, input) => {
    const result = await transport(channel, input);
    if (!result.ok && result.error.code === 'UNAUTHENTICATED' && channel !== 'auth.login') onLost();
    return result;
  };
}

export function App({ transport }: { transport: Transport }) {
  const [sessionLosses, setSessionLosses] = useState(0);
  const client = useMemo(
    () => createClient(watchSessionLoss(transport, () => setSessionLosses((count) => count + 1))),
    [transport],
  );
  return (
    <AppProviders client={client}>
      <Bootstrap sessionLosses={sessionLosses} />
    </AppProviders>
  );
}

/** Asks main for the app's status and shows the screen that status calls for. */
function Bootstrap({ sessionLosses }: { sessionLosses: number }) {
  const client = useClient();
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const refreshStatus = useCallback(async () => {
    try {
      setStatus(await client.call('app.status', {}));
      setFailure(null);
    } catch (error) {
      setFailure(messageOf(error, 'Không đọc được trạng thái của ứng dụng.'));
    }
  }, [client]);

  useEffect(() => {
    void refreshStatus();
  }, [refreshStatus, sessionLosses]);

  const session = useMemo<Session | null>(() => (status ? { status, setStatus, refreshStatus } : null), [status, refreshStatus]);

  if (!session) {
    if (!failure) return <Spinner label="Đang khởi động…" />;
    return (
      <Box sx={{ p: 4, maxWidth: 640, mx: 'auto' }}>
        <Alert
          severity="error"
          action={
            <Button color="inherit" onClick={() => void refreshStatus()}>
              Thử lại
            </Button>
          }
        >
          {failure}
        </Alert>
      </Box>
    );
  }
  return (
    <SessionContext.Provider value={session}>
      <StatusScreen status={session.status} />
    </SessionContext.Provider>
  );
}

function StatusScreen({ status }: { status: AppStatus }) {
  if (status.state === 'damaged') return <RecoveryScreen />;
  if (!status.hasAdministrator) return <FirstRunScreen />;
  if (!status.account) return <LoginScreen />;
  return <SignedIn key={status.account.id} />;
}
