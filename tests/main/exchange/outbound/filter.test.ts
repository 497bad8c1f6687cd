import { readdirSync, rmSync } from 'node:fs';
import type { In, Out } from '../../../../main/api';
import { readBatchFile, type ReadBatch } from '../../../../main/exchange/envelope/read';
import { NOTHING_NEW_IN_SLICE } from '../../../../main/exchange/outbound/export';
import { periodWithin } from '../../../../main/exchange/outbound/filter';
import { Q1, Q2, wardWithRecords } from '../../reports/fixtures';
import { makeTempDir, refusalOf, SAMPLE_PROFILE, type TestApp } from '../../support/runtime';
import { importOnWard, pinAt, registerAt, sendUp, shareUsb, startSuperior, startWard } from '../downlink/support';
import { PROFILE } from './seed';

type Written = Extract<Out<'exchange.exportBatch'>, { status: 'written' }>;

async function exported(app: TestApp, input: In<'exchange.exportBatch'>): Promise<Written> {
  const outcome = await app.call('exchange.exportBatch', input);
  if (outcome.status !== 'written') throw new Error(outcome.message);
  return outcome;
}

/** Reads a written batch back as the superior would, trusting the ward's key. */
async function readBack(app: TestApp, path: string, unitCode: string): Promise<ReadBatch> {
  const key = (await app.call('exchange.keyStatus', {}))!;
  const read = await readBatchFile(path, { trustedKeys: (fp) => (fp === key.fingerprint ? { publicKeyJwkX: key.publicKeyJwkX, unitCode } : undefined) });
  if (!read.ok) throw new Error(read.reason.message);
  return read;
}

const datasetsOf = (batch: ReadBatch) => Object.keys(batch.records).sort();

describe('a period lies inside a filter period', () => {
  it('when it is the same period or one of its quarters, halves or months; a year lies only in itself', () => {
    expect(['2026', '2026H1', '2026Q1', '2026Q2', '202603', '202606'].filter((p) => periodWithin(p, '2026H1'))).toEqual(['2026H1', '2026Q1', '2026Q2', '202603', '202606']);
    expect(['2026', '2026Q1', '2025Q1', '202604', null].filter((p) => periodWithin(p, '2026Q1'))).toEqual(['2026Q1']);
    expect(['2026', '2026Q4', '2025'].filter((p) => periodWithin(p, '2026'))).toEqual(['2026', '2026Q4']);
  });
});

describe('exporting one period or some datasets only', () => {
  let app: TestApp;
  let usb: string;
  /** On 2 July 2026: a K7 disclosure and a petition of 2026, and the finalized reports of 2026Q1 and 2026Q2. */
  beforeEach(async () => {
    app = await wardWithRecords();
    usb = makeTempDir('sdc-usb-');
    app.dialogs.folderPath = usb;
    await app.call('quarterlyReport.open', Q1);
    await app.call('quarterlyReport.finalize', Q1);
    await app.call('quarterlyReport.open', Q2);
    await app.call('quarterlyReport.finalize', Q2);
  });
  afterEach(() => {
    app.dispose();
    rmSync(usb, { recursive: true, force: true });
  });
  const read = async (written: Written) => readBack(app, written.path, SAMPLE_PROFILE.code);
  const periodsOf = (batch: ReadBatch) => batch.header.covers.map((c) => `${c.dataset} ${c.period}`);

  it('sends only the quarter asked for and leaves the other records for the next delta', async () => {
    const quarter = await exported(app, { kind: 'delta', period: '2026Q1' });
    const first = await read(quarter);
    expect(datasetsOf(first)).toEqual(['quarterly_reports']);
    expect(first.records.quarterly_reports!.map((r) => r.data.quarter)).toEqual([1]);
    expect(first.header.filter).toEqual({ period: '2026Q1' });
    expect(periodsOf(first)).toEqual(['quarterly_reports 2026Q1']);
    expect(quarter.batch).toMatchObject({ seq: 1, counts: { quarterly_reports: 1 }, filter: { period: '2026Q1' } });
    expect(await app.call('exchange.exportBatch', { kind: 'delta', period: '2026Q1' })).toEqual({ status: 'nothingNew', message: NOTHING_NEW_IN_SLICE });

    const rest = await read(await exported(app, { kind: 'delta' }));
    expect(rest.header.filter).toBeUndefined();
    expect(periodsOf(rest)).toEqual(['disclosures 2026', 'petitions 2026', 'quarterly_reports 2026Q2']);
    expect(rest.records.quarterly_reports!.map((r) => [r.data.quarter, r.ver])).toEqual([[2, 1]]);
    expect((await app.call('exchange.listSent', {})).map((b) => [b.seq, b.filter ?? null])).toEqual([[2, null], [1, { period: '2026Q1' }]]);
  });

  it('sends only the datasets asked for, every period of them, and the others later', async () => {
    const petitions = await read(await exported(app, { kind: 'delta', datasets: ['petitions', 'disclosures'] }));
    expect(datasetsOf(petitions)).toEqual(['disclosures', 'petitions']);
    expect(petitions.header.filter).toEqual({ datasets: ['disclosures', 'petitions'] });

    const rest = await read(await exported(app, { kind: 'delta' }));
    expect(datasetsOf(rest)).toEqual(['quarterly_reports']);
    expect(rest.records.quarterly_reports).toHaveLength(2);
  });

  it('writes a snapshot of the slice: every record and tombstone in it, complete for its periods only', async () => {
    const board = await app.call('boards.save', { kind: 'inspection', from: '2026-01-01', to: '2029-12-31' });
    await exported(app, { kind: 'delta' });
    await app.call('boards.delete', { id: board.id });

    const slice = await exported(app, { kind: 'snapshot', period: '2026', datasets: ['quarterly_reports', 'boards'] });
    const snapshot = await read(slice);
    expect(snapshot.header.counts).toEqual({ boards: 1, quarterly_reports: 2 });
    expect(snapshot.records.boards).toEqual([expect.objectContaining({ deleted: true, ver: 2 })]);
    expect(snapshot.header.covers).toEqual([
      { dataset: 'boards', period: '2026', complete: true },
      { dataset: 'quarterly_reports', period: '2026Q1', complete: true },
      { dataset: 'quarterly_reports', period: '2026Q2', complete: true },
    ]);
    expect(slice.batch.filter).toEqual({ period: '2026', datasets: ['boards', 'quarterly_reports'] });
    // Naming every dataset is no filter at all.
    const all = await read(await exported(app, { kind: 'snapshot', datasets: (await app.call('exchange.datasets', {})).map((d) => d.dataset) }));
    expect(all.header.filter).toBeUndefined();
  });

  it('refuses a malformed period or an unknown dataset in Vietnamese, before the folder dialog, without taking a number', async () => {
    app.dialogs.folderPath = null;
    for (const period of ['2026Q5', '2026-03', '202613', '']) {
      expect(await refusalOf(app.call('exchange.exportBatch', { kind: 'snapshot', period }))).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining(`Kỳ «${period}» không hợp lệ`) });
    }
    expect(await refusalOf(app.call('exchange.exportBatch', { kind: 'delta', datasets: ['disclosures', 'meetings'] }))).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('Không có loại dữ liệu «meetings»') });
    expect((await refusalOf(app.call('exchange.exportBatch', { kind: 'delta', datasets: [] }))).message).toBe('Hãy chọn ít nhất một loại dữ liệu để gửi.');
    app.dialogs.folderPath = usb;
    expect((await exported(app, { kind: 'delta' })).batch.seq).toBe(1);
    expect(readdirSync(usb)).toHaveLength(1);
  });

  it('lists each dataset with its label and the periods its records have', async () => {
    const datasets = await app.call('exchange.datasets', {});
    expect(datasets.find((d) => d.dataset === 'quarterly_reports')).toEqual({ dataset: 'quarterly_reports', label: 'Báo cáo quý kết quả thực hiện dân chủ ở cơ sở', periods: ['2026Q1', '2026Q2'] });
    expect(datasets.find((d) => d.dataset === 'meeting_minutes')).toMatchObject({ label: 'Biên bản hội nghị, cuộc họp', periods: [] });
  });
});

describe('the receipt a ward saw last', () => {
  it('is named in the next batch it sends: the newest receipt imported from its superior', async () => {
    const [ward, office] = await Promise.all([startWard(), startSuperior()]);
    try {
      shareUsb(ward, office);
      await registerAt(office, ward);
      await pinAt(ward, office);
      const first = await sendUp(ward, office);
      expect((await readBack(ward, first.path, PROFILE.code)).header.lastReceiptSeen).toBeNull();

      const receipt = await importOnWard(ward, (await office.call('exchange.writeReceipt', { unitCode: PROFILE.code })).path);
      const second = await sendUp(ward, office);
      expect((await readBack(ward, second.path, PROFILE.code)).header.lastReceiptSeen).toBe(receipt.batch!.batchId);

      const newer = await importOnWard(ward, (await office.call('exchange.writeReceipt', { unitCode: PROFILE.code })).path);
      expect(newer.batch!.seq).toBeGreaterThan(receipt.batch!.seq);
      const third = await sendUp(ward, office);
      expect((await readBack(ward, third.path, PROFILE.code)).header.lastReceiptSeen).toBe(newer.batch!.batchId);
    } finally {
      ward.dispose();
      office.dispose();
    }
  });
});
