// The sandboxed preload, bundled into dist/main/preload.cjs. It exposes window.api and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { isChannel } from '../api/contract';
import type { Result } from '../api/errors';
import { ipcChannelName } from './ipc-channel';

const UNKNOWN_CHANNEL: Result<never> = { ok: false, error: { code: 'BAD_INPUT', message: 'Yêu cầu không tồn tại.' } };
const MAIN_UNREACHABLE: Result<never> = {
  ok: false,
  error: { code: 'UNAVAILABLE', message: 'Không liên lạc được với phần xử lý của ứng dụng. Vui lòng khởi động lại ứng dụng.' },
};

async function invoke(channel: string, input: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return UNKNOWN_CHANNEL;
  try {
    return (await ipcRenderer.invoke(ipcChannelName(channel), input)) as Result<unknown>;
  } catch {
    return MAIN_UNREACHABLE;
  }
}

contextBridge.exposeInMainWorld('api', { invoke });
