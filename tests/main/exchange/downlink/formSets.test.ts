import { readdirSync } from 'node:fs';
import type { FormSet } from '../../../../main/api/budget';
import { builtInFormSets } from '../../../../main/budget/formSets';
import { readBatchFile } from '../../../../main/exchange/envelope/read';
import { writeBatchFile } from '../../../../main/exchange/envelope/write';
import { refusalOf, type TestApp } from '../../support/runtime';
import { tempFolder } from '../envelope/support';
import { batchId, enrolmentOf, installation } from '../inbound/support';
import { dbOf, dump, importOnWard, pinAt, shareUsb, startSuperior, startWard, SUPERIOR_PROFILE } from './support';

/** A province's own form set: the TT 343 forms under its own id, name and version. */
function provinceSet(overrides: Partial<FormSet> = {}): FormSet {
  const [tt343] = builtInFormSets();
  return { ...tt343!, id: 'tinh-ha-noi-2026', version: 1, name: 'Bộ biểu công khai ngân sách xã của thành phố Hà Nội', source: 'Quyết định số 5/QĐ-UBND', verified: true, ...overrides };
}

/** The province set with one line under a parent that does not exist. */
function malformedSet(): FormSet {
  const set = provinceSet({ id: 'tinh-ha-noi-loi' });
  const [form] = set.forms;
  form!.lines = form!.lines.map((line) => (line.code === 'A.I' ? { ...line, parent: 'KHONG-CO' } : line));
  return set;
}

const text = (set: FormSet) => JSON.stringify(set);

function formSetRows(app: TestApp): unknown[] {
  const db = dbOf(app);
  try {
    return db.prepare('SELECT * FROM budget_form_set ORDER BY id, version').all();
  } finally {
    db.close();
  }
}

describe('budget form sets travel down to the wards in a signed directive', () => {
  let ward: TestApp;
  let office: TestApp;
  let usb: string;
  beforeEach(async () => {
    [ward, office] = await Promise.all([startWard(), startSuperior()]);
    usb = shareUsb(ward, office);
    await pinAt(ward, office);
  });
  afterEach(() => {
    ward.dispose();
    office.dispose();
  });

  const wardFormSets = async () => (await ward.call('budget.listFormSets', {})).map((set) => `${set.id}:${set.version}`);

  it('carries a province form set the ward can open a year with; the same directive twice changes nothing', async () => {
    const written = await office.call('exchange.writeDirective', { formSets: [text(provinceSet())] });
    expect(written).toMatchObject({ sets: 0, formSets: 1 });
    const key = (await office.call('exchange.keyStatus', {}))!;
    const read = await readBatchFile(written.path, { trustedKeys: () => ({ publicKeyJwkX: key.publicKeyJwkX, unitCode: SUPERIOR_PROFILE.code }) });
    expect(read.ok && read.header).toMatchObject({ kind: 'directive', seq: 1, formatVersion: '1.1', counts: { budget_form_sets: 1 } });
    expect(read.ok && read.records.budget_form_sets?.[0]).toMatchObject({ id: 'tinh-ha-noi-2026:1', data: provinceSet() });

    const report = await importOnWard(ward, written.path);
    expect(report).toMatchObject({ result: 'applied', criteriaSets: [], unknownLines: [] });
    expect(report.formSets).toEqual([{ line: 1, formSetId: 'tinh-ha-noi-2026', version: 1, name: provinceSet().name, outcome: 'added', message: 'Đã thêm.' }]);
    expect(await wardFormSets()).toEqual(['tt343-2016-commune:1', 'tinh-ha-noi-2026:1']);
    const opened = await ward.call('budget.openYear', { year: 2027, formSetId: 'tinh-ha-noi-2026', formSetVersion: 1 });
    expect(opened).toMatchObject({ formSetName: provinceSet().name, formSetVerified: true });

    const before = dump(ward);
    expect(await importOnWard(ward, written.path)).toMatchObject({ result: 'alreadyReceived', formSets: [] });
    expect(dump(ward)).toBe(before);

    const stored = formSetRows(ward);
    const again = await office.call('exchange.writeDirective', { formSets: [text(provinceSet())] });
    expect((await importOnWard(ward, again.path)).formSets).toMatchObject([{ formSetId: 'tinh-ha-noi-2026', outcome: 'alreadyPresent', message: 'Đã có trong máy.' }]);
    expect(formSetRows(ward)).toEqual(stored);
  });

  it('refuses a malformed form set on the superior before writing: no file, no sequence number', async () => {
    const refusal = await refusalOf(office.call('exchange.writeDirective', { formSets: [text(provinceSet()), text(malformedSet())] }));
    expect(refusal.code).toBe('INVALID_FILE');
    expect(refusal.message).toContain('Bộ biểu mẫu ngân sách thứ 2 chưa gửi được');
    expect(refusal.message).toContain('Biểu 103, dòng "A.I": dòng cha "KHONG-CO" không tồn tại.');
    expect(await refusalOf(office.call('exchange.writeDirective', { formSets: ['{ "id": '] }))).toMatchObject({ code: 'INVALID_FILE', message: expect.stringContaining('JSON') });
    expect(await refusalOf(office.call('exchange.writeDirective', { formSets: [text(provinceSet()), text(provinceSet({ name: 'Bản khác' }))] })))
      .toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('được chọn hai lần') });
    expect(readdirSync(usb)).toEqual([]);

    const written = await office.call('exchange.writeDirective', { formSets: [text(provinceSet())] });
    expect(written.fileName).toMatch(/^01_DIRECTIVE_000001_/);
  });

  it('refuses per line a version the ward holds with other content, and applies the other lines', async () => {
    await ward.call('budget.importFormSet', { json: text(provinceSet({ name: 'Bản cũ đã nhập tay' })) });
    const other = provinceSet({ id: 'tinh-ha-noi-2027' });
    const written = await office.call('exchange.writeDirective', { formSets: [text(provinceSet()), text(other)] });

    const report = await importOnWard(ward, written.path);
    expect(report.result).toBe('applied');
    expect(report.formSets).toEqual([
      expect.objectContaining({ line: 1, formSetId: 'tinh-ha-noi-2026', outcome: 'refused', message: expect.stringContaining('đã có trong máy với nội dung khác') }),
      expect.objectContaining({ line: 2, formSetId: 'tinh-ha-noi-2027', outcome: 'added' }),
    ]);
    expect(await wardFormSets()).toEqual(['tt343-2016-commune:1', 'tinh-ha-noi-2026:1', 'tinh-ha-noi-2027:1']);
    const kept = await ward.call('budget.openYear', { year: 2027, formSetId: 'tinh-ha-noi-2026', formSetVersion: 1 });
    expect(kept.formSetName).toBe('Bản cũ đã nhập tay');
  });

  it('applies what it knows of a newer superior\'s directive and reports each line of a dataset it does not know', async () => {
    const newer = installation('SNV-02', 'office-newer');
    await ward.call('exchange.pinSuperior', { content: enrolmentOf(newer), replace: true });
    const line = (id: string, data: Record<string, unknown>) => ({ id, unitCode: newer.unitCode, ver: 1, deleted: false, schemaVersion: 1, data });
    const header = {
      kind: 'directive' as const, batchId: batchId(), unitCode: newer.unitCode, unitName: 'Sở Nội vụ', installationId: newer.installationId, recipientCode: 'ALL',
      seq: 1, prevBatchHash: null, createdAt: '2026-03-15T09:30:00+07:00', appVersion: '9.0.0', covers: [], lastReceiptSeen: null,
    };
    const records = { budget_form_sets: [line('tinh-ha-noi-2026:1', provinceSet())], future_rules: [line('r-1', { a: 1 }), line('r-2', { a: 2 })] };
    const written = await writeBatchFile(tempFolder(), { header, records, files: {} }, newer.signer);

    const report = await importOnWard(ward, written.path);
    expect(report).toMatchObject({ result: 'applied', formSets: [{ formSetId: 'tinh-ha-noi-2026', outcome: 'added' }] });
    expect(report.unknownLines).toEqual([
      { dataset: 'future_rules', line: 1, recordId: 'r-1', code: 'UNKNOWN_DATASET', message: 'Loại dữ liệu này không có trong danh mục của phần mềm. (future_rules, dòng 1)' },
      { dataset: 'future_rules', line: 2, recordId: 'r-2', code: 'UNKNOWN_DATASET', message: 'Loại dữ liệu này không có trong danh mục của phần mềm. (future_rules, dòng 2)' },
    ]);
  });
});
