import path from 'node:path';
import { app, dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { DialogPort } from '../runtime/ports';

/** Native dialogs, modal to the app window when there is one. Cancel (or no path) gives null (an empty list for several files). */
export function createDialogPort(parentWindow: () => BrowserWindow | null): DialogPort {
  const showOpen = (options: OpenDialogOptions) => {
    const window = parentWindow();
    return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
  };
  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const options = { title, filters, defaultPath: path.join(app.getPath('documents'), path.basename(defaultName)) };
      const window = parentWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath({ title, filters }) {
      const result = await showOpen({ title, filters, properties: ['openFile'] });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseOpenPaths({ title, filters }) {
      const result = await showOpen({ title, filters, properties: ['openFile', 'multiSelections'] });
      return result.canceled ? [] : result.filePaths;
    },
    async chooseFolder({ title }) {
      const result = await showOpen({ title, defaultPath: app.getPath('documents'), properties: ['openDirectory', 'createDirectory'] });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
