import { useCallback } from 'react';
import type { GeneratedFile } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { isApiCallError, type Client } from '../api/client';
import type { WindowWithApi } from '../api/transport';
import { useNotify } from './notifications';

export type SaveOutcome = { kind: 'saved'; savedAs: string } | { kind: 'downloaded' } | { kind: 'cancelled' };

function bytesOf(contentBase64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function download(file: GeneratedFile, win: Window): void {
  const url = URL.createObjectURL(new Blob([bytesOf(file.contentBase64)], { type: file.mediaType }));
  const link = win.document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  win.document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is only needed until then.
  win.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Saves a file main generated: in the desktop app main shows its save dialog (the renderer never names a path);
 * in the browser the file is downloaded. A cancelled dialog is an outcome, not an error.
 */
export async function saveFile(client: Client, file: GeneratedFile, win: Window = window): Promise<SaveOutcome> {
  if (!(win as WindowWithApi).api) {
    download(file, win);
    return { kind: 'downloaded' };
  }
  try {
    const { savedAs } = await client.call('files.save', { fileName: file.fileName, contentBase64: file.contentBase64 });
    return { kind: 'saved', savedAs };
  } catch (error) {
    if (isApiCallError(error, 'CANCELLED')) return { kind: 'cancelled' };
    throw error;
  }
}

/**
 * Produces a file in main and saves it, announcing where it went or main's error (either step may fail);
 * silence when the user cancels the save dialog.
 */
export function useSaveFile() {
  const client = useClient();
  const notify = useNotify();
  return useCallback(
    async (produce: () => Promise<GeneratedFile>): Promise<void> => {
      try {
        const file = await produce();
        const outcome = await saveFile(client, file);
        if (outcome.kind === 'saved') notify.success(`Đã lưu tệp vào ${outcome.savedAs}.`);
        if (outcome.kind === 'downloaded') notify.success(`Đã tải xuống tệp ${file.fileName}.`);
      } catch (error) {
        notify.error(error);
      }
    },
    [client, notify],
  );
}
