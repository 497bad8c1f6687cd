import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

export interface ConfirmRequest {
  title: string;
  message: ReactNode;
  /** The button that carries out the action, e.g. "Xóa", "Khôi phục". */
  confirmLabel: string;
  /** Red confirm button for actions that delete or replace data. */
  destructive?: boolean;
}

type Confirm = (request: ConfirmRequest) => Promise<boolean>;
const ConfirmContext = createContext<Confirm | null>(null);

/** One confirm dialog for the whole app; every destructive action awaits `confirm(...)`. */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const [open, setOpen] = useState(false);
  const resolver = useRef<((answer: boolean) => void) | null>(null);

  const confirm = useCallback<Confirm>((next) => {
    resolver.current?.(false);
    setRequest(next);
    setOpen(true);
    return new Promise<boolean>((resolve) => {
      resolver.current = resolve;
    });
  }, []);

  const answer = (value: boolean) => {
    resolver.current?.(value);
    resolver.current = null;
    setOpen(false);
  };

  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      <Dialog open={open} onClose={() => answer(false)} aria-labelledby="confirm-title" maxWidth="sm" fullWidth>
        <DialogTitle id="confirm-title">{request?.title}</DialogTitle>
        <DialogContent>
          <DialogContentText component="div">{request?.message}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => answer(false)}>Hủy</Button>
          <Button
            variant="contained"
            color={request?.destructive ? 'error' : 'primary'}
            onClick={() => answer(true)}
            autoFocus
          >
            {request?.confirmLabel}
          </Button>
        </DialogActions>
      </Dialog>
    </ConfirmContext.Provider>
  );
}

export function useConfirm(): Confirm {
  const confirm = useContext(ConfirmContext);
  if (!confirm) throw new Error('useConfirm needs a ConfirmProvider above it.');
  return confirm;
}
