import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgetReportKey, MAX_ATTACHMENT_BYTES, type In } from '../../../main/api';
import { ADMIN, startWardWithAdmin, type TestApp } from '../support/runtime';

const Y = 2026;
const STAGE = 'estimateApproved' as const;
const VERSION_1 = budgetReportKey({ year: Y, stage: STAGE, version: 1 });

/** A real 1×1 PNG and a minimal PDF, as the bytes a scanner or phone would give. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const pdf = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n', 'latin1');
const exe = Buffer.concat([Buffer.from('MZ', 'latin1'), Buffer.alloc(126, 0x90)]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function attachment(bytes: Buffer, fileName: string, entityId = VERSION_1): In<'attachments.add'> {
  return { entity: 'budgetReport', entityId, fileName, contentBase64: bytes.toString('base64') };
}

/** Opens the year and enters one figure of the approved estimate: version 1 of its report exists as a draft. */
async function draftReport(app: TestApp) {
  const set = (await app.call('budget.listFormSets', {})).find((s) => s.builtIn)!;
  await app.call('budget.openYear', { year: Y, formSetId: set.id, formSetVersion: set.version });
  const { form } = (await app.call('budget.getReport', { year: Y, stage: STAGE })).forms[0]!;
  const leaf = form.lines.find((line) => !line.formula && !form.lines.some((child) => child.parent === line.code))!;
  const column = form.columns.find((c) => c.kind === 'money' && !c.formula)!;
  await app.call('budget.saveFigures', { year: Y, stage: STAGE, formCode: form.code, changes: [{ lineCode: leaf.code, columnKey: column.key, amount: 1_000_000 }] });
}

const disclose = (app: TestApp) =>
  app.call('budget.recordDisclosure', { year: Y, stage: STAGE, postedOn: '2026-03-01', channels: ['postingHeadquarters'], postingDays: 30, performedBy: 'Hoàng Thị Duyên' });

const list = (app: TestApp, clientId?: string) => app.call('attachments.list', { entity: 'budgetReport', entityId: VERSION_1 }, clientId);
const attachmentAudit = async (app: TestApp) => app.call('audit.list', { entity: 'attachment' });

describe('attachments of a budget report', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startWardWithAdmin();
    await draftReport(app);
  });
  afterEach(() => app.dispose());

  it('keeps a photo and a scan with their real type, size and checksum, and gives back the same bytes', async () => {
    const photo = await app.call('attachments.add', { ...attachment(png, 'Ảnh bảng tin.png'), note: 'Bảng tin trụ sở UBND' });
    expect(photo).toMatchObject({
      entity: 'budgetReport',
      entityId: VERSION_1,
      fileName: 'Ảnh bảng tin.png',
      mediaType: 'image/png',
      sizeBytes: png.length,
      sha256: sha256(png),
      note: 'Bảng tin trụ sở UBND',
      createdAt: app.clock.now().toISOString(),
      createdBy: ADMIN.fullName,
    });
    // The type comes from the content: a PDF named .jpg is a PDF.
    const scan = await app.call('attachments.add', attachment(pdf, 'ban-chup.jpg'));
    expect(scan).toMatchObject({ mediaType: 'application/pdf', note: '' });
    expect((await list(app)).map((a) => a.fileName)).toEqual(['Ảnh bảng tin.png', 'ban-chup.jpg']);

    const photoFile = await app.call('attachments.get', { id: photo.id });
    expect(photoFile).toMatchObject({ fileName: 'Anh-bang-tin.png', mediaType: 'image/png' });
    expect(sha256(Buffer.from(photoFile.contentBase64, 'base64'))).toBe(photo.sha256);
    // "Mở" saves it through main's save dialog under that name.
    app.dialogs.savePath = join(app.dataDir, photoFile.fileName);
    await app.call('files.save', { fileName: photoFile.fileName, contentBase64: photoFile.contentBase64 });
    expect(readFileSync(app.dialogs.savePath).equals(png)).toBe(true);
    const scanFile = await app.call('attachments.get', { id: scan.id });
    expect(scanFile).toMatchObject({ fileName: 'ban-chup.pdf', mediaType: 'application/pdf' });
    expect(Buffer.from(scanFile.contentBase64, 'base64').equals(pdf)).toBe(true);
  });

  it('refuses foreign, empty, oversized and duplicate files by name, saving nothing', async () => {
    const refusal = async (input: In<'attachments.add'>) => {
      const result = await app.raw('attachments.add', input);
      return result.ok ? null : result.error;
    };
    expect(await refusal(attachment(exe, 'anh-niem-yet.png'))).toEqual({
      code: 'INVALID_FILE',
      message: 'Tệp "anh-niem-yet.png" không phải là ảnh (JPG, PNG, WEBP) hoặc PDF.',
    });
    expect(await refusal({ ...attachment(png, 'rong.png'), contentBase64: '' })).toEqual({ code: 'INVALID_FILE', message: 'Tệp "rong.png" rỗng, không có nội dung.' });
    const oversized = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1);
    png.copy(oversized);
    expect(await refusal(attachment(oversized, 'ảnh lớn.png'))).toEqual({ code: 'INVALID_FILE', message: 'Tệp "ảnh lớn.png" lớn hơn 20 MB.' });
    expect(await refusal(attachment(png, '../../windows/anh.png'))).toMatchObject({ code: 'BAD_INPUT', path: 'fileName' });
    expect(await list(app)).toEqual([]);

    // Exactly 20 MB is accepted.
    const largest = Buffer.alloc(MAX_ATTACHMENT_BYTES);
    png.copy(largest);
    expect(await app.call('attachments.add', attachment(largest, 'anh-lon-nhat.png'))).toMatchObject({ sizeBytes: MAX_ATTACHMENT_BYTES });
    await app.call('attachments.add', attachment(png, 'anh.png'));
    expect(await refusal(attachment(png, 'anh-lan-hai.png'))).toEqual({ code: 'CONFLICT', message: 'Tệp này đã được đính kèm.' });
    expect((await list(app)).map((a) => a.fileName)).toEqual(['anh-lon-nhat.png', 'anh.png']);
    expect(await attachmentAudit(app)).toHaveLength(2);
  });

  it('refuses a record that does not exist', async () => {
    const missing = ['2026:estimateApproved:2', '2027:estimateApproved:1', '2026:executionQ1:1', '2026:estimateApproved:01', 'khong-co'];
    for (const entityId of missing) {
      expect(await app.raw('attachments.add', attachment(png, 'anh.png', entityId))).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', message: 'Không tìm thấy phiên bản báo cáo công khai ngân sách này.' },
      });
    }
    expect(await app.raw('attachments.add', { ...attachment(png, 'anh.png'), entity: 'meetingMinutes' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', path: 'entity' } });
    expect(await app.raw('attachments.get', { id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('lets a viewer list and open attachments but not add or delete them', async () => {
    const photo = await app.call('attachments.add', attachment(png, 'anh.png'));
    await app.call('accounts.create', { username: 'xem', fullName: 'Người Xem', role: 'viewer', password: 'xem-12345678' });
    await app.call('auth.login', { username: 'xem', password: 'xem-12345678' }, 'viewer');
    expect(await list(app, 'viewer')).toHaveLength(1);
    expect((await app.call('attachments.get', { id: photo.id }, 'viewer')).contentBase64).toBe(png.toString('base64'));
    const forbidden = { ok: false, error: { code: 'FORBIDDEN' } };
    expect(await app.raw('attachments.add', attachment(pdf, 'scan.pdf'), 'viewer')).toMatchObject(forbidden);
    expect(await app.raw('attachments.delete', { id: photo.id }, 'viewer')).toMatchObject(forbidden);
    expect(await app.raw('attachments.list', { entity: 'budgetReport', entityId: VERSION_1 }, 'stranger')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await list(app)).toHaveLength(1);
  });

  it('deletes from a draft, accepts the photo of the posted notice after disclosure, and keeps it', async () => {
    const draftScan = await app.call('attachments.add', { ...attachment(pdf, 'du-thao.pdf'), note: 'Bản nháp' });
    expect(await app.call('attachments.delete', { id: draftScan.id })).toBeNull();
    expect(await list(app)).toEqual([]);

    await disclose(app);
    const posted = await app.call('attachments.add', attachment(png, 'niem-yet.png'));
    expect(await app.raw('attachments.delete', { id: posted.id })).toEqual({
      ok: false,
      error: { code: 'LOCKED', message: 'Báo cáo đã công khai nên không xóa được ảnh, bản chụp đã đính kèm. Vẫn có thể đính kèm thêm tệp.' },
    });
    // A correction supersedes version 1: its evidence stays locked.
    await app.call('budget.startCorrection', { year: Y, stage: STAGE, reason: 'Sửa số liệu' });
    expect(await app.raw('attachments.delete', { id: posted.id })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect((await list(app)).map((a) => a.id)).toEqual([posted.id]);
    expect(await app.call('attachments.list', { entity: 'budgetReport', entityId: budgetReportKey({ year: Y, stage: STAGE, version: 2 }) })).toEqual([]);
  });

  it('records every addition and deletion in the change history, without the content', async () => {
    const scan = await app.call('attachments.add', { ...attachment(pdf, 'ban-chup.pdf'), note: 'Bản chụp thông báo' });
    await app.call('attachments.delete', { id: scan.id });
    const described = { attachedTo: 'budgetReport', recordId: VERSION_1, fileName: 'ban-chup.pdf', mediaType: 'application/pdf', sizeBytes: pdf.length, sha256: sha256(pdf), note: 'Bản chụp thông báo' };
    const entries = await attachmentAudit(app);
    expect(entries.map(({ action, entityId, actor, before, after }) => ({ action, entityId, actor, before, after }))).toEqual([
      { action: 'delete', entityId: String(scan.id), actor: ADMIN.fullName, before: described, after: null },
      { action: 'create', entityId: String(scan.id), actor: ADMIN.fullName, before: null, after: described },
    ]);
  });

  it('survive a backup and a restore, being stored inside the database', async () => {
    const photo = await app.call('attachments.add', attachment(png, 'niem-yet.png'));
    const snapshot = await app.call('backup.create', {});
    app.clock.advance(60_000);
    await app.call('attachments.delete', { id: photo.id });
    expect(await list(app)).toEqual([]);

    await app.call('backup.restore', { fileName: snapshot.fileName });
    await app.call('auth.login', { username: ADMIN.username, password: ADMIN.password });
    expect(await list(app)).toEqual([photo]);
    const file = await app.call('attachments.get', { id: photo.id });
    expect(sha256(Buffer.from(file.contentBase64, 'base64'))).toBe(sha256(png));
  });
});
