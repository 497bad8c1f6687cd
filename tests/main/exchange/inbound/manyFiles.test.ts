import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { MAX_UPLOAD_BYTES } from '../../../../main/api/exchange';
import { UPLOADS } from '../../../../main/exchange/inbound/previews';
import { k7Disclosure } from '../../disclosures/fixtures';
import { makeTempDir, refusalOf, type TestApp } from '../../support/runtime';
import { registerAt, shareUsb, startSuperior, startWard } from '../downlink/support';

describe('importing many batch files at once', () => {
  let ward: TestApp;
  let office: TestApp;
  let batches: string[];

  /** The ward writes three deltas, one new disclosure each, onto the shared USB stick. */
  beforeEach(async () => {
    ward = await startWard();
    office = await startSuperior();
    await registerAt(office, ward);
    shareUsb(ward, office);
    batches = [];
    for (const n of [1, 2, 3]) {
      await ward.call('disclosures.save', { ...k7Disclosure, title: `${k7Disclosure.title} (${n})` });
      const exported = await ward.call('exchange.exportBatch', { kind: 'delta' });
      if (exported.status !== 'written') throw new Error(exported.message);
      batches.push(exported.path);
    }
  });
  afterEach(() => {
    ward.dispose();
    office.dispose();
  });

  const lastSeq = async () => (await office.call('exchange.units', {}))[0]!.installations[0]!.lastSeq;
  const upload = (path: string, fileName = basename(path)) => ({ fileName, contentBase64: readFileSync(path).toString('base64') });
  const uploadFolders = () => (existsSync(join(office.dataDir, UPLOADS)) ? readdirSync(join(office.dataDir, UPLOADS)) : []);

  it('previews three files picked at once, in the order picked, and applies them all with one token', async () => {
    office.dialogs.openPaths = [batches[2]!, batches[0]!, batches[1]!];
    const preview = await office.call('exchange.importPreview', { source: 'files' });
    expect(preview.report.dryRun).toBe(true);
    expect(preview.report.files.map((f) => [f.fileName, f.batch?.seq])).toEqual([[basename(batches[2]!), 3], [basename(batches[0]!), 1], [basename(batches[1]!), 2]]);
    expect(await lastSeq()).toBeNull();

    const applied = await office.call('exchange.importApply', { token: preview.token });
    expect(applied.files.map((f) => f.result)).toEqual(['applied', 'applied', 'applied']);
    expect(await lastSeq()).toBe(3);
    expect((await office.call('exchange.units', {}))[0]!.installations[0]!.gaps).toEqual([]);
  });

  it('treats an empty pick as cancelled, and keeps the old single-file callers working', async () => {
    expect((await refusalOf(office.call('exchange.importPreview', {}))).code).toBe('CANCELLED');
    office.dialogs.openPath = batches[0]!;
    const preview = await office.call('exchange.importPreview', {});
    expect(preview.report.files.map((f) => f.batch?.seq)).toEqual([1]);
  });

  it('takes the batch files directly in a chosen folder, sorted, leaving other files and subfolders alone', async () => {
    const folder = makeTempDir('sdc-batches-');
    const names = ['b-lo-2.sdc.zip', 'a-lo-1.sdc.zip'];
    writeFileSync(join(folder, names[0]!), readFileSync(batches[1]!));
    writeFileSync(join(folder, names[1]!), readFileSync(batches[0]!));
    writeFileSync(join(folder, 'ghi-chu.txt'), 'không phải lô dữ liệu');
    mkdirSync(join(folder, 'cu'));
    writeFileSync(join(folder, 'cu', 'c-lo-3.sdc.zip'), readFileSync(batches[2]!));
    office.dialogs.folderPath = folder;

    const preview = await office.call('exchange.importPreview', { source: 'folder' });
    expect(preview.report.files.map((f) => [f.fileName, f.batch?.seq, f.result])).toEqual([['a-lo-1.sdc.zip', 1, 'applied'], ['b-lo-2.sdc.zip', 2, 'applied']]);
    await office.call('exchange.importApply', { token: preview.token });
    expect(await lastSeq()).toBe(2);
  });

  it('refuses a folder with no batch file, and a cancelled folder dialog', async () => {
    const folder = makeTempDir('sdc-empty-');
    writeFileSync(join(folder, 'lo-1.zip'), readFileSync(batches[0]!));
    office.dialogs.folderPath = folder;
    expect(await refusalOf(office.call('exchange.importPreview', { source: 'folder' }))).toEqual({
      code: 'NOT_FOUND',
      message: 'Thư mục đã chọn không có tệp lô dữ liệu (.sdc.zip) nào.',
    });
    office.dialogs.folderPath = null;
    expect((await refusalOf(office.call('exchange.importPreview', { source: 'folder' }))).code).toBe('CANCELLED');
  });

  it('previews dropped files under the names the operator sees, applies them and removes the upload folder', async () => {
    const renamed = 'Lô tháng 3 (bản sao).sdc.zip';
    const preview = await office.call('exchange.importPreviewUpload', { files: [upload(batches[0]!), upload(batches[1]!, renamed)] });
    expect(preview.report.files.map((f) => [f.fileName, f.batch?.seq, f.result])).toEqual([[basename(batches[0]!), 1, 'applied'], [renamed, 2, 'applied']]);
    expect(uploadFolders()).toHaveLength(1);
    expect(await lastSeq()).toBeNull();

    const applied = await office.call('exchange.importApply', { token: preview.token });
    expect(applied.files.map((f) => [f.fileName, f.result])).toEqual([[basename(batches[0]!), 'applied'], [renamed, 'applied']]);
    expect(await lastSeq()).toBe(2);
    expect(uploadFolders()).toEqual([]);
  });

  it('removes the upload folder of a preview that expired, and of one left from before a restart', async () => {
    await office.call('exchange.importPreviewUpload', { files: [upload(batches[0]!)] });
    const stale = join(office.dataDir, UPLOADS, 'left-over');
    mkdirSync(stale);
    const token = (await office.call('exchange.importPreviewUpload', { files: [upload(batches[1]!)] })).token;
    expect(uploadFolders()).toHaveLength(2);
    expect(existsSync(stale)).toBe(false);

    office.dialogs.openPath = batches[2]!;
    for (let i = 0; i < 20; i += 1) await office.call('exchange.importPreview', {});
    expect(uploadFolders()).toEqual([]);
    expect(await refusalOf(office.call('exchange.importApply', { token }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it.each([
    ['a name with a folder', [{ fileName: '../lo-1.sdc.zip', contentBase64: 'AAAA' }], 'Tên tệp không hợp lệ'],
    ['a file that is not a batch', [{ fileName: 'bao-cao.pdf', contentBase64: 'AAAA' }], 'Tên tệp không hợp lệ'],
    ['an empty file', [{ fileName: 'lo-1.sdc.zip', contentBase64: '' }], 'Tệp rỗng, không có nội dung.'],
    ['content that is not base64', [{ fileName: 'lo-1.sdc.zip', contentBase64: 'không phải base64' }], 'Nội dung tệp không hợp lệ.'],
    ['no file', [], 'Chưa có tệp nào để nhập.'],
    ['more than 50 files', Array.from({ length: 51 }, (_, i) => ({ fileName: `lo-${i}.sdc.zip`, contentBase64: 'AAAA' })), 'Mỗi lần chỉ nhập được tối đa 50 tệp.'],
  ])('refuses an upload with %s, writing nothing', async (_case, files, message) => {
    const refusal = await refusalOf(office.call('exchange.importPreviewUpload', { files }));
    expect(refusal.code).toBe('BAD_INPUT');
    expect(refusal.message).toContain(message);
    expect(uploadFolders()).toEqual([]);
  });

  it('refuses a file over 48 MB but takes one of exactly 48 MB', async () => {
    const content = (bytes: number) => Buffer.alloc(bytes).toString('base64');
    const over = await refusalOf(office.call('exchange.importPreviewUpload', { files: [{ fileName: 'lo-lon.sdc.zip', contentBase64: content(MAX_UPLOAD_BYTES + 1) }] }));
    expect(over).toMatchObject({ code: 'BAD_INPUT', message: 'Tệp lớn hơn 48 MB; hãy dùng nút “Nhập lô dữ liệu” để chọn tệp.' });
    const atLimit = await office.call('exchange.importPreviewUpload', { files: [{ fileName: 'lo-lon.sdc.zip', contentBase64: content(MAX_UPLOAD_BYTES) }] });
    // Accepted for the preview, where the import's own checks find it is no batch.
    expect(atLimit.report.files).toMatchObject([{ fileName: 'lo-lon.sdc.zip', batch: null, result: 'quarantined' }]);
  });
});
