import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DialogPort } from '../runtime/ports';

export const OPEN_RESPONSE_FILE = 'open-response.txt';

/**
 * The native file dialogs faked for end-to-end tests (SDC_FAKE_DIALOG_DIR): a save dialog answers
 * `<dir>/<defaultName>`; an open dialog answers the paths written in `<dir>/open-response.txt`, one a line
 * (the first one when a single file is asked for), or "cancelled" when that file does not exist;
 * a folder dialog answers `<dir>` itself.
 */
export function fakeDialogs(dir: string): DialogPort {
  const openResponse = async (): Promise<string[]> => {
    const response = await readFile(path.join(dir, OPEN_RESPONSE_FILE), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    return response.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  };
  return {
    chooseSavePath: async ({ defaultName }) => path.join(dir, path.basename(defaultName)),
    chooseOpenPath: async () => (await openResponse())[0] ?? null,
    chooseOpenPaths: openResponse,
    chooseFolder: async () => dir,
  };
}
