import { useCallback, useEffect, useRef, useState } from 'react';
import type { Channel, In, Out } from '../../main/api';
import { useClient } from './ClientContext';
import { ApiCallError } from './client';

export interface ChannelData<T> {
  data: T | undefined;
  error: ApiCallError | null;
  loading: boolean;
  reload(): Promise<void>;
  /** Replaces the data with what a write channel returned, without another round trip. */
  replace(data: T): void;
}

const unexpected = new ApiCallError({ code: 'INTERNAL', message: 'Đã xảy ra lỗi không mong muốn khi tải dữ liệu.' });

/** Loads a read channel when the screen mounts and whenever its input changes; only the latest answer counts. */
export function useChannel<C extends Channel>(channel: C, input: In<C>): ChannelData<Out<C>> {
  const client = useClient();
  const inputKey = JSON.stringify(input);
  const latestRequest = useRef(0);
  const [data, setData] = useState<Out<C> | undefined>(undefined);
  const [error, setError] = useState<ApiCallError | null>(null);
  const [loading, setLoading] = useState(true);

  const load = useCallback(async () => {
    const request = ++latestRequest.current;
    setLoading(true);
    try {
      const value = await client.call(channel, JSON.parse(inputKey) as In<C>);
      if (request !== latestRequest.current) return;
      setData(value);
      setError(null);
    } catch (caught) {
      if (request === latestRequest.current) setError(caught instanceof ApiCallError ? caught : unexpected);
    } finally {
      if (request === latestRequest.current) setLoading(false);
    }
  }, [client, channel, inputKey]);

  useEffect(() => {
    void load();
  }, [load]);

  return { data, error, loading, reload: load, replace: setData };
}
