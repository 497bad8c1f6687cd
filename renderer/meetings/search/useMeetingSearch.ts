import { useCallback, useEffect, useRef, useState } from 'react';
import type { Out } from '../../../main/api';
import { useClient } from '../../api/ClientContext';
import { messageOf } from '../../api/client';

/** Long enough to skip the keys of a word typed in one go, short enough to feel immediate. */
export const SEARCH_DEBOUNCE_MS = 300;
export const SEARCH_RESULT_LIMIT = 50;

export type SearchState =
  | { kind: 'idle' }
  | { kind: 'done'; query: string; result: Out<'meetings.search'> }
  | { kind: 'failed'; message: string };

/** Searches as the text changes (debounced) or at once on request; only the latest answer counts. */
export function useMeetingSearch() {
  const client = useClient();
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const latestRequest = useRef(0);
  const pending = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(pending.current), []);

  const searchNow = useCallback(
    async (text: string) => {
      window.clearTimeout(pending.current);
      const request = ++latestRequest.current;
      const query = text.trim();
      if (query === '') {
        setState({ kind: 'idle' });
        setBusy(false);
        return;
      }
      setBusy(true);
      try {
        const result = await client.call('meetings.search', { query, limit: SEARCH_RESULT_LIMIT });
        if (request === latestRequest.current) setState({ kind: 'done', query, result });
      } catch (error) {
        if (request === latestRequest.current) setState({ kind: 'failed', message: messageOf(error, 'Không tìm được. Vui lòng thử lại.') });
      } finally {
        if (request === latestRequest.current) setBusy(false);
      }
    },
    [client],
  );

  const searchSoon = useCallback(
    (text: string) => {
      window.clearTimeout(pending.current);
      pending.current = window.setTimeout(() => void searchNow(text), SEARCH_DEBOUNCE_MS);
    },
    [searchNow],
  );

  return { state, busy, searchNow, searchSoon };
}
