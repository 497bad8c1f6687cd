import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fakeDialogs, OPEN_RESPONSE_FILE } from '../../../main/host/fakeDialogs';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sdc-dialogs-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const filters = [{ name: 'Bản sao lưu', extensions: ['sdcbak'] }];

describe('the faked file dialogs', () => {
  it('answer a save dialog with the default name inside the folder, never outside it', async () => {
    const dialogs = fakeDialogs(dir);
    await expect(dialogs.chooseSavePath({ title: 'Lưu', defaultName: 'sao-luu.sdcbak', filters })).resolves.toBe(
      path.join(dir, 'sao-luu.sdcbak'),
    );
    await expect(dialogs.chooseSavePath({ title: 'Lưu', defaultName: '../../etc/passwd', filters })).resolves.toBe(
      path.join(dir, 'passwd'),
    );
  });

  it('answer an open dialog as cancelled until a response file exists', async () => {
    const dialogs = fakeDialogs(dir);
    await expect(dialogs.chooseOpenPath({ title: 'Mở', filters })).resolves.toBeNull();
    await writeFile(path.join(dir, OPEN_RESPONSE_FILE), '/tmp/chosen.sdcbak\n');
    await expect(dialogs.chooseOpenPath({ title: 'Mở', filters })).resolves.toBe('/tmp/chosen.sdcbak');
  });

  it('answer an open dialog for several files with every line, and a single-file one with the first', async () => {
    const dialogs = fakeDialogs(dir);
    await expect(dialogs.chooseOpenPaths({ title: 'Mở', filters })).resolves.toEqual([]);
    await writeFile(path.join(dir, OPEN_RESPONSE_FILE), '/tmp/a.sdc.zip\r\n\n/tmp/b.sdc.zip\n');
    await expect(dialogs.chooseOpenPaths({ title: 'Mở', filters })).resolves.toEqual(['/tmp/a.sdc.zip', '/tmp/b.sdc.zip']);
    await expect(dialogs.chooseOpenPath({ title: 'Mở', filters })).resolves.toBe('/tmp/a.sdc.zip');
  });

  it('answer a folder dialog with the folder itself', async () => {
    await expect(fakeDialogs(dir).chooseFolder({ title: 'Chọn thư mục' })).resolves.toBe(dir);
  });
});
