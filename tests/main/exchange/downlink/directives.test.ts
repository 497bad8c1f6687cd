import type { CriteriaSet } from '../../../../main/api/evaluations';
import { readBatchFile } from '../../../../main/exchange/envelope/read';
import { refusalOf, type TestApp } from '../../support/runtime';
import { PROFILE } from '../outbound/seed';
import { dump, importOnWard, pinAt, registerAt, sendUp, shareUsb, startSuperior, startWard, SUPERIOR_PROFILE } from './support';

function criteriaSet(id: string, overrides: Partial<CriteriaSet> = {}): CriteriaSet {
  const indicator = { key: 'c1i1', label: 'Công khai ngân sách', maxPoints: 100, guidance: '', evidenceHints: [] };
  return {
    id, version: 1, name: `Bộ tiêu chí ${id}`, issuer: 'Sở Nội vụ', legalBasis: 'Quyết định số 12/QĐ-SNV', example: false, note: '', maxPoints: 100,
    criteria: [{ key: 'c1', label: 'Tiêu chí 1: Công khai', maxPoints: 100, guidance: '', indicators: [indicator] }],
    ratingBands: [], passRule: { minTotal: 60, minCriterionPercent: 50 }, ...overrides,
  };
}

const setFile = (definition: CriteriaSet) => JSON.stringify({ format: 'so-dan-chu/criteria-set', formatVersion: 1, status: 'published', definition });

describe('criteria sets travel down to the wards in a signed directive', () => {
  let ward: TestApp;
  let office: TestApp;
  beforeEach(async () => {
    [ward, office] = await Promise.all([startWard(), startSuperior()]);
    shareUsb(ward, office);
    await pinAt(ward, office);
  });
  afterEach(() => {
    ward.dispose();
    office.dispose();
  });

  async function publish(definition: CriteriaSet): Promise<void> {
    await office.call('criteria.saveDraft', { definition });
    await office.call('criteria.publish', { setId: definition.id, version: definition.version });
  }
  const importedSets = async () => (await ward.call('criteria.listSets', {})).filter((set) => set.origin === 'imported').map((set) => `${set.id}:${set.version}`);

  it('writes every published set for ALL wards under the office sequence; the ward adds them, and the same file twice changes nothing', async () => {
    await publish(criteriaSet('dan-chu-co-so'));
    await publish(criteriaSet('cong-khai'));
    await office.call('criteria.saveDraft', { definition: criteriaSet('du-thao') });
    await registerAt(office, ward);
    await sendUp(ward, office);
    await office.call('exchange.writeReceipt', { unitCode: PROFILE.code });

    const written = await office.call('exchange.writeDirective', {});
    expect(written).toMatchObject({ sets: 2, fileName: expect.stringMatching(/^01_DIRECTIVE_000002_/) });
    const key = (await office.call('exchange.keyStatus', {}))!;
    const read = await readBatchFile(written.path, { trustedKeys: () => ({ publicKeyJwkX: key.publicKeyJwkX, unitCode: SUPERIOR_PROFILE.code }) });
    expect(read.ok && read.header).toMatchObject({ kind: 'directive', recipientCode: 'ALL', seq: 2, formatVersion: '1.1', counts: { criteria_sets: 2 } });

    const report = await importOnWard(ward, written.path);
    expect(report).toMatchObject({ result: 'applied', batch: { kind: 'directive', seq: 2 } });
    expect(report.criteriaSets.map((s) => [s.setId, s.version, s.outcome])).toEqual([['cong-khai', 1, 'added'], ['dan-chu-co-so', 1, 'added']]);
    expect(await importedSets()).toEqual(['cong-khai:1', 'dan-chu-co-so:1']);
    expect((await ward.call('criteria.getSet', { setId: 'cong-khai', version: 1 })).definition).toEqual(criteriaSet('cong-khai'));

    const before = dump(ward);
    expect(await importOnWard(ward, written.path)).toMatchObject({ result: 'alreadyReceived', criteriaSets: [] });
    expect(dump(ward)).toBe(before);
  });

  it('reports a set already present, and refuses per line a set whose version the ward holds with other content', async () => {
    await ward.call('criteria.importSet', { content: setFile(criteriaSet('cong-khai', { name: 'Nội dung khác đã nhận trước' })) });
    await publish(criteriaSet('cong-khai'));
    await publish(criteriaSet('dan-chu-co-so'));
    const first = await office.call('exchange.writeDirective', { sets: [{ setId: 'dan-chu-co-so', version: 1 }] });
    expect((await importOnWard(ward, first.path)).criteriaSets).toMatchObject([{ setId: 'dan-chu-co-so', outcome: 'added' }]);

    const both = await office.call('exchange.writeDirective', {});
    const report = await importOnWard(ward, both.path);
    expect(report.result).toBe('applied');
    expect(report.criteriaSets).toEqual([
      expect.objectContaining({ line: 1, setId: 'cong-khai', outcome: 'refused', message: expect.stringContaining('với nội dung khác tệp này') }),
      expect.objectContaining({ line: 2, setId: 'dan-chu-co-so', outcome: 'alreadyPresent' }),
    ]);
    expect((await ward.call('criteria.getSet', { setId: 'cong-khai', version: 1 })).name).toBe('Nội dung khác đã nhận trước');
  });

  it('refuses to write a directive with nothing published or with a draft, and refuses a clerk', async () => {
    expect(await refusalOf(office.call('exchange.writeDirective', {}))).toMatchObject({ code: 'CONFLICT', message: 'Chưa có bộ tiêu chí nào đã ban hành để gửi xuống xã, phường.' });
    await office.call('criteria.saveDraft', { definition: criteriaSet('du-thao') });
    expect(await refusalOf(office.call('exchange.writeDirective', { sets: [{ setId: 'du-thao', version: 1 }] }))).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('chưa ban hành') });
    await office.call('accounts.create', { username: 'vanthu', fullName: 'Văn thư', role: 'clerk', password: 'mat-khau-van-thu-1' });
    await office.call('auth.login', { username: 'vanthu', password: 'mat-khau-van-thu-1' }, 'clerk');
    expect(await refusalOf(office.call('exchange.writeDirective', {}, 'clerk'))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
