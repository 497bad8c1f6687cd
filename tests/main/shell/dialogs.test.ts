import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { createDialogPort } from '../../../main/shell/dialogs';
import { electron, resetElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const window = { id: 'main window' } as unknown as BrowserWindow;
const filters = [{ name: 'Tệp PDF', extensions: ['pdf'] }];
const saveRequest = { title: 'Lưu biên bản', defaultName: 'bien-ban.pdf', filters };
const openRequest = { title: 'Chọn tệp sao lưu', filters };

beforeEach(resetElectron);

describe('save dialog', () => {
  it('is modal to the window, starts in Documents and returns the chosen path', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/cb/bien-ban.pdf' });
    await expect(createDialogPort(() => window).chooseSavePath(saveRequest)).resolves.toBe('/home/cb/bien-ban.pdf');
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(window, {
      title: 'Lưu biên bản',
      filters,
      defaultPath: path.join('/fake-home/documents', 'bien-ban.pdf'),
    });
  });

  it('keeps only the file name of the suggested name', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await createDialogPort(() => window).chooseSavePath({ ...saveRequest, defaultName: '../../evil/bien-ban.pdf' });
    expect(electron.dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({
      defaultPath: path.join('/fake-home/documents', 'bien-ban.pdf'),
    });
  });

  it.each([
    ['cancelled', { canceled: true, filePath: '/home/cb/bien-ban.pdf' }],
    ['closed without a path', { canceled: false, filePath: '' }],
  ])('gives null when %s', async (_case, answer) => {
    electron.dialog.showSaveDialog.mockResolvedValue(answer);
    await expect(createDialogPort(() => window).chooseSavePath(saveRequest)).resolves.toBeNull();
  });

  it('opens a free-standing dialog when there is no window', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/tmp/x.pdf' });
    await createDialogPort(() => null).chooseSavePath(saveRequest);
    expect(electron.dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ title: 'Lưu biên bản' });
  });
});

describe('open dialog', () => {
  it('is modal to the window, picks one file and returns its path', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/media/usb/sao-luu.sdcbak'] });
    await expect(createDialogPort(() => window).chooseOpenPath(openRequest)).resolves.toBe('/media/usb/sao-luu.sdcbak');
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(window, {
      title: 'Chọn tệp sao lưu',
      filters,
      properties: ['openFile'],
    });
  });

  it.each([
    ['cancelled', { canceled: true, filePaths: ['/media/usb/sao-luu.sdcbak'] }],
    ['closed without a file', { canceled: false, filePaths: [] }],
  ])('gives null when %s', async (_case, answer) => {
    electron.dialog.showOpenDialog.mockResolvedValue(answer);
    await expect(createDialogPort(() => window).chooseOpenPath(openRequest)).resolves.toBeNull();
  });
});

describe('open dialog for several files', () => {
  it('is modal to the window, lets the user pick several files and returns every path', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/media/usb/a.sdc.zip', '/media/usb/b.sdc.zip'] });
    await expect(createDialogPort(() => window).chooseOpenPaths(openRequest)).resolves.toEqual(['/media/usb/a.sdc.zip', '/media/usb/b.sdc.zip']);
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(window, {
      title: 'Chọn tệp sao lưu',
      filters,
      properties: ['openFile', 'multiSelections'],
    });
  });

  it('gives an empty list when cancelled, even with paths in the answer', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: ['/media/usb/a.sdc.zip'] });
    await expect(createDialogPort(() => null).chooseOpenPaths(openRequest)).resolves.toEqual([]);
  });
});

describe('folder dialog', () => {
  it('is modal to the window, starts in Documents, may create a folder and returns the chosen folder', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/media/usb'] });
    await expect(createDialogPort(() => window).chooseFolder({ title: 'Chọn thư mục ghi lô dữ liệu' })).resolves.toBe('/media/usb');
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(window, {
      title: 'Chọn thư mục ghi lô dữ liệu',
      defaultPath: '/fake-home/documents',
      properties: ['openDirectory', 'createDirectory'],
    });
  });

  it('gives null when cancelled', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: ['/media/usb'] });
    await expect(createDialogPort(() => null).chooseFolder({ title: 'Chọn thư mục' })).resolves.toBeNull();
  });
});
