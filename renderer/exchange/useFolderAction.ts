import { useCallback } from 'react';
import { useClient } from '../api/ClientContext';
import { isApiCallError, type Client } from '../api/client';
import { useNotify } from '../ui/notifications';

/**
 * Runs a call for which main first shows a file or folder dialog: closing that dialog is not an error,
 * so it resolves to undefined silently; main's other errors are announced.
 */
export function useFolderAction() {
  const client = useClient();
  const notify = useNotify();
  return useCallback(
    async <T>(action: (client: Client) => Promise<T>): Promise<T | undefined> => {
      try {
        return await action(client);
      } catch (error) {
        if (!isApiCallError(error, 'CANCELLED')) notify.error(error);
        return undefined;
      }
    },
    [client, notify],
  );
}
