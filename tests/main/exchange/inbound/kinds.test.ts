import { readFileSync } from 'node:fs';
import { writeBatchFile } from '../../../../main/exchange/envelope/write';
import { listQuarantine, putInQuarantine } from '../../../../main/exchange/inbound/folders';
import { importFiles } from '../../../../main/exchange/inbound/import';
import { registerUnit } from '../../../../main/exchange/inbound/registry';
import { retryQuarantined } from '../../../../main/exchange/inbound/retry';
import type { TestApp } from '../../support/runtime';
import { connectedWardAndOffice, dump as dumpApp } from '../downlink/support';
import { PROFILE } from '../outbound/seed';
import { batchId, dump, enrolmentOf, installation, superior, type Installation, writeBatch } from './support';

const DIRECTIVE_MESSAGE = 'Tệp là văn bản (bộ tiêu chí, bộ biểu mẫu) cấp trên gửi xuống xã, phường, không phải lô dữ liệu của xã, phường.';
const RECEIPT_MESSAGE = 'Tệp là giấy báo nhận cấp trên gửi xuống xã, phường, không phải lô dữ liệu của xã, phường.';

/** A file of the given kind, signed by `inst`, addressed to every ward as the superior's directives are. */
function writeKind(folder: string, inst: Installation, kind: 'directive' | 'receipt') {
  return writeBatchFile(folder, {
    header: {
      kind, batchId: batchId(), unitCode: inst.unitCode, unitName: 'Sở Nội vụ', installationId: inst.installationId, recipientCode: 'ALL',
      seq: 1, prevBatchHash: null, createdAt: '2026-03-15T09:30:00+07:00', appVersion: '0.1.0', covers: [], lastReceiptSeen: null,
    },
    records: { [`${kind}s`]: [{ id: 'x1', unitCode: inst.unitCode, ver: 1, deleted: false, schemaVersion: 1, data: { note: 'gửi xuống' } }] },
    files: {},
  }, inst.signer);
}

describe('files a superior writes for its wards, imported on the superior', () => {
  it.each([
    ['directive', 'DIRECTIVE_NOT_IMPORTABLE', DIRECTIVE_MESSAGE],
    ['receipt', 'RECEIPT_NOT_IMPORTABLE', RECEIPT_MESSAGE],
  ] as const)('refuses a %s signed by an unregistered key with its reason instead of quarantining it for the key', async (kind, code, message) => {
    const ctx = superior();
    const file = await writeKind(ctx.dir, installation('SNV-01', 'office'), kind);
    const before = dump(ctx.db);
    const report = await importFiles(ctx, [file.path], { dryRun: false });
    expect(report.files[0]).toMatchObject({ result: 'rejected', reason: { code, message }, quarantinedAs: null, batch: null });
    expect(listQuarantine(ctx.dataDir)).toEqual([]);
    expect(dump(ctx.db)).toBe(before);
  });

  it('refuses a directive signed by a registered key too, and still quarantines a ward batch whose key is unknown', async () => {
    const ctx = superior();
    const ward = installation('26734', 'inst-1');
    registerUnit(ctx, enrolmentOf(ward));
    const directive = await writeKind(ctx.dir, ward, 'directive');
    const stranger = await writeBatch(ctx.dir, installation('26735', 'inst-9'), 1, [{ id: 'r1', ver: 1, data: { a: 1 } }]);
    const report = await importFiles(ctx, [directive.path, stranger.path], { dryRun: true });
    expect(report.files.map((f) => [f.result, f.reason?.code])).toEqual([['rejected', 'DIRECTIVE_NOT_IMPORTABLE'], ['quarantined', 'UNKNOWN_KEY']]);
  });

  it('lets a directive quarantined for its key before this rule leave the quarantine on retry', async () => {
    const ctx = superior();
    const file = await writeKind(ctx.dir, installation('SNV-01', 'office'), 'directive');
    const note = { fileName: file.fileName, fileSha256: file.fileSha256, code: 'UNKNOWN_KEY', message: 'Khóa ký chưa được đăng ký.', detail: '', at: '2026-03-15T02:30:00.000Z', operator: 'kiểm thử' };
    putInQuarantine(ctx.dataDir, note, readFileSync(file.path));
    const report = await retryQuarantined(ctx);
    expect(report.files[0]).toMatchObject({ result: 'rejected', reason: { code: 'DIRECTIVE_NOT_IMPORTABLE' } });
    expect(listQuarantine(ctx.dataDir)).toEqual([]);
  });
});

describe("the office's own files, imported back by mistake through the app", () => {
  let ward: TestApp;
  let office: TestApp;
  beforeEach(async () => {
    ({ ward, office } = await connectedWardAndOffice({ sent: true }));
  });
  afterEach(() => [ward, office].forEach((app) => app.dispose()));

  async function importBack(path: string) {
    office.dialogs.openPath = path;
    const preview = await office.call('exchange.importPreview', {});
    return { preview: preview.report.files[0], applied: (await office.call('exchange.importApply', { token: preview.token })).files[0] };
  }

  it('refuses its own receipt and its own directive, changes nothing and quarantines nothing', async () => {
    const receipt = await office.call('exchange.writeReceipt', { unitCode: PROFILE.code });
    const shipped = (await office.call('criteria.listSets', {})).find((set) => set.origin === 'builtIn')!;
    const directive = await office.call('exchange.writeDirective', { sets: [{ setId: shipped.id, version: shipped.version }] });
    const before = dumpApp(office);
    for (const [path, message] of [[receipt.path, RECEIPT_MESSAGE], [directive.path, DIRECTIVE_MESSAGE]] as const) {
      const { preview, applied } = await importBack(path);
      expect(preview).toMatchObject({ result: 'rejected', reason: { message } });
      expect(applied).toMatchObject({ result: 'rejected', reason: { message } });
    }
    expect(await office.call('exchange.quarantine', {})).toEqual([]);
    expect(dumpApp(office)).toBe(before);
  });
});
