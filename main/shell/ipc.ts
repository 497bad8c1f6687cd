import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { channels } from '../api/contract';
import type { Result } from '../api/errors';
import type { Dispatcher } from '../handlers/dispatch';
import { isAppUrl } from './app-url';
import { ipcChannelName } from './ipc-channel';

const FOREIGN_SENDER: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Yêu cầu không đến từ cửa sổ của ứng dụng nên đã bị từ chối.' },
};

export function clientIdOf(contents: WebContents): string {
  return `wc-${contents.id}`;
}

/**
 * One ipcMain handler per contract channel. A call is passed to the dispatcher only when it comes
 * from the main frame of one of our windows showing sodanchu://app/.
 */
export function registerApiHandlers(dispatcher: Dispatcher, isOwnWindowContents: (contents: WebContents) => boolean): void {
  for (const channel of channels) {
    ipcMain.handle(ipcChannelName(channel), async (event, input: unknown) =>
      isTrustedSender(event, isOwnWindowContents) ? dispatcher.invoke(clientIdOf(event.sender), channel, input) : FOREIGN_SENDER,
    );
  }
}

/** Ends the login of a window's page when its WebContents goes away. */
export function forgetClientOnDestroy(contents: WebContents, dispatcher: Dispatcher): void {
  const clientId = clientIdOf(contents);
  contents.once('destroyed', () => dispatcher.forgetClient(clientId));
}

function isTrustedSender(event: IpcMainInvokeEvent, isOwnWindowContents: (contents: WebContents) => boolean): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isOwnWindowContents(event.sender) && isAppUrl(frame.url);
}
