import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { DialogPort } from '../runtime/ports';

/** Native dialogs, modal to the app window when there is one. Cancel (or no path) gives null. */
export function createDialogPort(parentWindow: () => BrowserWindow | null): DialogPort {
  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const options = { title, filters, defaultPath: path.join(app.getPath('documents'), path.basename(defaultName)) };
      const window = parentWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath({ title, filters }) {
      const options = { title, filters, properties: ['openFile' as const] };
      const window = parentWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFolder({ title }) {
      const options = { title, defaultPath: app.getPath('documents'), properties: ['openDirectory' as const, 'createDirectory' as const] };
      const window = parentWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
