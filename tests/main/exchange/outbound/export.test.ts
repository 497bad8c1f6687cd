import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportOutcome, SentBatchView } from '../../../../main/api/exchange';
import type { RecordLine } from '../../../../main/exchange/envelope/format';
import { readBatchFile, type ReadBatch } from '../../../../main/exchange/envelope/read';
import { NOTHING_NEW, OUTBOX } from '../../../../main/exchange/outbound/export';
import { parseEnrolment } from '../../../../main/exchange/signing/enrolment';
import { k7Disclosure } from '../../disclosures/fixtures';
import { makeTempDir, refusalOf, startWardWithAdmin, type TestApp } from '../../support/runtime';
import { addStaff, finalizedConference, PROFILE } from './seed';

function written(outcome: ExportOutcome): { path: string; batch: SentBatchView } {
  if (outcome.status !== 'written') throw new Error(`expected a batch, got: ${outcome.message}`);
  return outcome;
}

describe('exporting batches for the superior office', () => {
  let app: TestApp;
  let usb: string;
  beforeEach(async () => {
    app = await startWardWithAdmin();
    await app.call('ward.saveProfile', PROFILE);
    usb = makeTempDir('sdc-usb-');
    app.dialogs.folderPath = usb;
  });
  afterEach(() => {
    app.dispose();
    rmSync(usb, { recursive: true, force: true });
  });

  /** Reads a written batch back as the superior would, trusting this installation's key. */
  async function readBack(path: string): Promise<ReadBatch> {
    const key = (await app.call('exchange.keyStatus', {}))!;
    const result = await readBatchFile(path, { trustedKeys: (fp) => (fp === key.fingerprint ? { publicKeyJwkX: key.publicKeyJwkX, unitCode: PROFILE.code } : undefined) });
    if (!result.ok) throw new Error(result.reason.message);
    return result;
  }
  const exportDelta = async () => written(await app.call('exchange.exportBatch', { kind: 'delta' }));
  const lines = (batch: ReadBatch, dataset: string): RecordLine[] => batch.records[dataset] ?? [];

  it('writes a signed delta the superior reads back with the installation key, and says so when nothing is new', async () => {
    const disclosure = await app.call('disclosures.save', k7Disclosure);
    const first = await exportDelta();
    const batch = await readBack(first.path);
    expect(batch.header).toMatchObject({ kind: 'delta', unitCode: '00001', unitName: PROFILE.name, recipientCode: '01', seq: 1, prevBatchHash: null, appVersion: '0.0.0-test' });
    expect(batch.header.createdAt).toBe('2026-03-02T09:00:00+07:00');
    expect(batch.header.covers).toEqual([{ dataset: 'disclosures', period: '2026', complete: false }]);
    expect(lines(batch, 'disclosures')).toEqual([expect.objectContaining({ id: expect.stringMatching(new RegExp(`:${disclosure.id}$`)), ver: 1, deleted: false, unitCode: '00001' })]);
    expect(first.batch).toMatchObject({ seq: 1, kind: 'delta', fileName: first.path.split('/').at(-1), batchHash: batch.batchHash, fileSha256: batch.fileSha256, counts: { disclosures: 1 }, receiptStatus: 'notAcknowledged' });
    expect(readFileSync(join(app.dataDir, OUTBOX, first.batch.fileName))).toEqual(readFileSync(first.path));

    expect(await app.call('exchange.exportBatch', { kind: 'delta' })).toEqual({ status: 'nothingNew', message: NOTHING_NEW });
    await app.call('disclosures.save', { ...k7Disclosure, title: 'Danh sách hộ nghèo năm 2026 (bổ sung)' });
    expect((await exportDelta()).batch.seq).toBe(2);
  });

  it('sends a corrected meeting again as version 2, alone; a deleted record as a tombstone with its last data', async () => {
    const meeting = await finalizedConference(app, await addStaff(app, 3));
    const board = await app.call('boards.save', { kind: 'inspection', from: '2025-01-01', to: '2029-12-31' });
    const first = await readBack((await exportDelta()).path);
    expect(Object.keys(first.records).sort()).toEqual(['boards', 'meeting_minutes']);

    await app.call('meetings.startCorrection', { meetingId: meeting.id, reason: 'Ghi sai giờ kết thúc' });
    await app.call('meetings.finalize', { meetingId: meeting.id });
    const second = await readBack((await exportDelta()).path);
    expect(Object.keys(second.records)).toEqual(['meeting_minutes']);
    expect(lines(second, 'meeting_minutes')).toEqual([expect.objectContaining({ id: lines(first, 'meeting_minutes')[0]!.id, ver: 2, deleted: false, data: expect.objectContaining({ minutesVersion: 2 }) })]);

    await app.call('boards.delete', { id: board.id });
    const third = await readBack((await exportDelta()).path);
    expect(Object.keys(third.records)).toEqual(['boards']);
    expect(lines(third, 'boards')).toEqual([{ ...lines(first, 'boards')[0]!, ver: 2, deleted: true }]);

    const snapshot = await readBack(written(await app.call('exchange.exportBatch', { kind: 'snapshot' })).path);
    expect(snapshot.header).toMatchObject({ kind: 'snapshot', seq: 4, prevBatchHash: third.batchHash });
    expect(snapshot.header.counts).toEqual({ budget_stages: 0, meeting_minutes: 1, evaluation_grades: 0, criteria_assessments: 0, disclosures: 0, petitions: 0, boards: 1, quarterly_reports: 0 });
    expect(lines(snapshot, 'meeting_minutes')[0]).toMatchObject({ ver: 2, deleted: false });
    expect(lines(snapshot, 'boards')[0]).toMatchObject({ ver: 2, deleted: true });
    expect(snapshot.header.covers).toContainEqual({ dataset: 'meeting_minutes', period: '2026', complete: true });
  });

  it('numbers batches 1, 2, 3… chained by hash, across a restart, and takes no number when the folder dialog is cancelled', async () => {
    await app.call('disclosures.save', k7Disclosure);
    const first = await exportDelta();
    await app.restart();
    await app.call('auth.login', { username: 'quantri', password: 'mat-khau-manh-1' });
    app.dialogs.folderPath = null;
    await app.call('disclosures.save', { ...k7Disclosure, title: 'Danh sách hộ cận nghèo năm 2026' });
    expect(await refusalOf(app.call('exchange.exportBatch', { kind: 'delta' }))).toMatchObject({ code: 'CANCELLED' });
    app.dialogs.folderPath = usb;
    const second = await exportDelta();
    expect(second.batch).toMatchObject({ seq: 2, prevBatchHash: first.batch.batchHash });
    expect((await app.call('exchange.listSent', {})).map((b) => b.seq)).toEqual([2, 1]);
  });

  it('refuses a second export while one is being written, so the same changes never go out under two numbers', async () => {
    await app.call('disclosures.save', k7Disclosure);
    const [one, two] = await Promise.all([app.raw('exchange.exportBatch', { kind: 'delta' }), app.raw('exchange.exportBatch', { kind: 'delta' })]);
    const written = [one, two].filter((r) => r.ok && (r.value as ExportOutcome).status === 'written');
    const other = [one, two].find((r) => !written.includes(r));
    expect(written).toHaveLength(1);
    // Depending on timing the other one is refused while the first is written, or finds nothing new after it.
    expect(other).toSatisfy((r: typeof one) => (r.ok ? (r.value as ExportOutcome).status === 'nothingNew' : r.error.code === 'CONFLICT'));
    expect(await app.call('exchange.listSent', {})).toHaveLength(1);
  });

  it('writes a sent batch again byte for byte into another folder, never over an existing file', async () => {
    await app.call('disclosures.save', k7Disclosure);
    const { path, batch } = await exportDelta();
    const other = makeTempDir('sdc-usb2-');
    try {
      app.dialogs.folderPath = other;
      const again = await app.call('exchange.rewriteBatch', { seq: batch.seq });
      expect(readFileSync(again.path)).toEqual(readFileSync(path));
      expect((await refusalOf(app.call('exchange.rewriteBatch', { seq: batch.seq }))).message).toContain('không ghi đè');
      expect(await refusalOf(app.call('exchange.rewriteBatch', { seq: 9 }))).toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('creates one signing key only, and its enrolment file carries the same fingerprint', async () => {
    expect(await app.call('exchange.keyStatus', {})).toBeNull();
    const key = await app.call('exchange.createKey', {});
    expect(key.fingerprint).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
    expect(await refusalOf(app.call('exchange.createKey', {}))).toMatchObject({ code: 'CONFLICT' });
    const file = await app.call('exchange.enrolmentFile', {});
    expect(file).toMatchObject({ fileName: 'enrol-00001.json', fingerprint: key.fingerprint });
    const parsed = parseEnrolment(Buffer.from(file.contentBase64, 'base64').toString('utf8'));
    expect(parsed).toMatchObject({ ok: true, enrolment: { unitCode: '00001', unitName: PROFILE.name, publicKeyJwkX: key.publicKeyJwkX, fingerprint: key.fingerprint } });
    expect(readdirSync(app.dataDir)).toContain('secret-store.key');
  });

  it('drafts an e-mail to the superior with the batch attached in base64, and sends a batch over 20 MB to the USB route', async () => {
    await app.call('disclosures.save', k7Disclosure);
    const { path, batch } = await exportDelta();
    const draft = await app.call('exchange.emailDraft', { seq: batch.seq });
    expect(draft).toMatchObject({ fileName: batch.fileName.replace('.sdc.zip', '.eml'), mediaType: 'message/rfc822' });
    const eml = Buffer.from(draft.contentBase64, 'base64').toString('utf8');
    const [head, ...rest] = eml.split('\r\n\r\n');
    const headers = head!.replace(/\r\n /g, ' ').split('\r\n');
    expect(headers).toContain(`To: ${PROFILE.superiorEmail}`);
    expect(headers).toContain('Date: Mon, 02 Mar 2026 09:00:00 +0700');
    const subject = headers.find((h) => h.startsWith('Subject: '))!;
    const decoded = [...subject.matchAll(/=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=/g)].map((m) => Buffer.from(m[1]!, 'base64').toString('utf8')).join('');
    expect(decoded).toBe(`Lô dữ liệu số 1 của ${PROFILE.name}`);
    expect(subject.split(' ').every((word) => word.length <= 75)).toBe(true);
    const boundary = /boundary="([^"]+)"/.exec(head!)![1]!;
    const parts = rest.join('\r\n\r\n').split(`--${boundary}`);
    const attachment = parts.find((p) => p.includes('Content-Disposition: attachment'))!;
    expect(attachment).toContain(`filename="${batch.fileName}"`);
    const [, body] = attachment.split('\r\n\r\n');
    expect(body!.trim().split('\r\n').every((line) => line.length <= 76)).toBe(true);
    expect(Buffer.from(body!.replace(/\r\n/g, ''), 'base64')).toEqual(readFileSync(path));

    writeFileSync(join(app.dataDir, OUTBOX, batch.fileName), Buffer.alloc(21 * 1024 * 1024));
    expect((await refusalOf(app.call('exchange.emailDraft', { seq: batch.seq }))).message).toContain('USB');
  });
});
