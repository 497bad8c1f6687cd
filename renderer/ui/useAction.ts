import { useCallback } from 'react';
import { useNotify } from './notifications';

/** Runs a write, announces success or main's error, and tells the caller whether it succeeded. */
export function useAction() {
  const notify = useNotify();
  return useCallback(
    async <T>(action: () => Promise<T>, successMessage?: string): Promise<{ ok: true; value: T } | { ok: false }> => {
      try {
        const value = await action();
        if (successMessage) notify.success(successMessage);
        return { ok: true, value };
      } catch (error) {
        notify.error(error);
        return { ok: false };
      }
    },
    [notify],
  );
}
