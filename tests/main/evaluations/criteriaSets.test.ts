import type { CriteriaSet } from '../../../main/api/evaluations';
import { openDatabase } from '../../../main/db/database';
import { ADMIN, startTestApp, startWardWithAdmin, type TestApp, refusalOf } from '../support/runtime';

const EXAMPLE = { setId: 'tiep-can-phap-luat-example', version: 1 };

/** A small set: two criteria of 50, pass with 60 in total and half of each criterion. */
function smallSet(overrides: Partial<CriteriaSet> = {}): CriteriaSet {
  return {
    id: 'dan-chu-co-so',
    version: 1,
    name: 'Bộ tiêu chí thực hiện dân chủ ở cơ sở',
    issuer: 'Sở Nội vụ',
    legalBasis: 'Quyết định số 12/QĐ-SNV',
    example: false,
    note: '',
    maxPoints: 100,
    criteria: [
      { key: 'c1', label: 'Tiêu chí 1: Công khai', maxPoints: 50, guidance: '', indicators: [{ key: 'c1i1', label: 'Công khai ngân sách', maxPoints: 50, guidance: '', evidenceHints: [] }] },
      {
        key: 'c2',
        label: 'Tiêu chí 2: Hội nghị',
        maxPoints: 50,
        guidance: '',
        indicators: [
          { key: 'c2i1', label: 'Hội nghị cán bộ, công chức', maxPoints: 30, guidance: '', evidenceHints: ['Biên bản hội nghị'] },
          { key: 'c2i2', label: 'Hội nghị nhân dân', maxPoints: 20, guidance: '', evidenceHints: [] },
        ],
      },
    ],
    ratingBands: [],
    passRule: { minTotal: 60, minCriterionPercent: 50 },
    ...overrides,
  };
}

async function startSuperior(): Promise<TestApp> {
  const app = await startTestApp();
  await app.call('setup.createAdministrator', { ...ADMIN, installationRole: 'superior' });
  return app;
}

function fileText(file: { contentBase64: string }): string {
  return Buffer.from(file.contentBase64, 'base64').toString('utf8');
}

describe('criteria sets', () => {
  const apps: TestApp[] = [];
  afterEach(() => apps.splice(0).forEach((app) => app.dispose()));
  const track = (app: TestApp) => (apps.push(app), app);

  it('the shipped example is stored once, published and marked as an example', async () => {
    const app = track(await startWardWithAdmin());
    const first = await app.call('criteria.listSets', {});
    const again = await app.call('criteria.listSets', {});
    expect(again).toEqual(first);
    expect(first).toEqual([expect.objectContaining({ id: EXAMPLE.setId, version: 1, origin: 'builtIn', status: 'published', example: true, maxPoints: 100 })]);
    const stored = await app.call('criteria.getSet', EXAMPLE);
    expect(stored.definition.criteria).toHaveLength(5);
  });

  it('a superior writes a draft, publishes it, and an edit of the published version is refused', async () => {
    const app = track(await startSuperior());
    await app.call('criteria.saveDraft', { definition: smallSet() });
    const edited = await app.call('criteria.saveDraft', { definition: smallSet({ name: 'Bộ tiêu chí (sửa)' }) });
    expect(edited).toMatchObject({ status: 'draft', origin: 'authored', name: 'Bộ tiêu chí (sửa)' });
    await app.call('criteria.publish', { setId: 'dan-chu-co-so', version: 1 });

    const refused = await refusalOf(app.call('criteria.saveDraft', { definition: smallSet() }));
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('đã ban hành') });
    expect(await refusalOf(app.call('criteria.deleteDraft', { setId: 'dan-chu-co-so', version: 1 }))).toMatchObject({ code: 'CONFLICT' });
    const next = await app.call('criteria.saveDraft', { definition: smallSet({ version: 2 }) });
    expect(next).toMatchObject({ version: 2, status: 'draft' });
    await app.call('criteria.deleteDraft', { setId: 'dan-chu-co-so', version: 2 });
    expect((await app.call('criteria.listSets', {})).map((set) => `${set.id}@${set.version}:${set.status}`)).toContain('dan-chu-co-so@1:published');
  });

  it('a set whose indicators do not add up to their criterion is refused by the contract, naming the criterion', async () => {
    const app = track(await startSuperior());
    const broken = smallSet();
    broken.criteria[1]!.indicators[1]!.maxPoints = 15;
    const result = await app.raw('criteria.saveDraft', { definition: broken });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toContain('Tổng điểm tối đa các chỉ tiêu của tiêu chí "Tiêu chí 2: Hội nghị" là 45');
  });

  it('a ward cannot author a set', async () => {
    const app = track(await startWardWithAdmin());
    expect(await refusalOf(app.call('criteria.saveDraft', { definition: smallSet() }))).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('Chỉ cơ quan cấp trên'),
    });
  });

  it('the superior exports the published set; the ward imports it once, the same file twice is "already there"', async () => {
    const superior = track(await startSuperior());
    await superior.call('criteria.saveDraft', { definition: smallSet() });
    await superior.call('criteria.publish', { setId: 'dan-chu-co-so', version: 1 });
    const file = await superior.call('criteria.exportSet', { setId: 'dan-chu-co-so', version: 1 });
    expect(file.fileName).toBe('bo-tieu-chi-dan-chu-co-so-v1.json');

    const ward = track(await startWardWithAdmin());
    const imported = await ward.call('criteria.importSet', { content: fileText(file) });
    expect(imported).toMatchObject({ alreadyPresent: false, set: { id: 'dan-chu-co-so', origin: 'imported', status: 'published' } });
    expect(await ward.call('criteria.importSet', { content: fileText(file) })).toMatchObject({ alreadyPresent: true });
    expect((await ward.call('criteria.getSet', { setId: 'dan-chu-co-so', version: 1 })).definition).toEqual(smallSet());
  });

  it('refuses bad set files with a Vietnamese reason and stores nothing', async () => {
    const superior = track(await startSuperior());
    await superior.call('criteria.saveDraft', { definition: smallSet() });
    const draftFile = fileText(await superior.call('criteria.exportSet', { setId: 'dan-chu-co-so', version: 1 }));
    const published = JSON.parse(draftFile) as Record<string, unknown>;
    published.status = 'published';
    const changed = JSON.parse(JSON.stringify(published)) as { definition: CriteriaSet };
    changed.definition.name = 'Nội dung khác';

    const ward = track(await startWardWithAdmin());
    await ward.call('criteria.importSet', { content: JSON.stringify(published) });
    const cases: [string, string][] = [
      ['{"format":', 'không đọc được nội dung JSON'],
      ['{"hello": 1}', 'không phải là tệp bộ tiêu chí'],
      [draftFile, 'bản dự thảo'],
      [JSON.stringify({ ...published, formatVersion: 2 }), 'phiên bản phần mềm mới hơn'],
      [JSON.stringify({ ...published, definition: { ...smallSet(), version: 3, maxPoints: 90 } }), 'khác tổng điểm 90'],
      [JSON.stringify(changed), 'với nội dung khác'],
    ];
    for (const [content, reason] of cases) {
      expect(await refusalOf(ward.call('criteria.importSet', { content }))).toMatchObject({ message: expect.stringContaining(reason) });
    }
    expect((await ward.call('criteria.listSets', {})).map((set) => set.id)).toEqual(['dan-chu-co-so', EXAMPLE.setId]);
  });

  it('only administrators import sets', async () => {
    const app = track(await startWardWithAdmin());
    await app.call('accounts.create', { username: 'vanthu', fullName: 'Văn thư', role: 'clerk', password: 'mat-khau-vt-1' });
    await app.call('auth.login', { username: 'vanthu', password: 'mat-khau-vt-1' }, 'clerk');
    const result = await app.raw('criteria.importSet', { content: '{}' }, 'clerk');
    expect(!result.ok && result.error.code).toBe('FORBIDDEN');
  });

  it('a published version cannot be changed or deleted even by writing to the file directly', async () => {
    const superior = track(await startSuperior());
    await superior.call('criteria.saveDraft', { definition: smallSet() });
    await superior.call('criteria.publish', { setId: 'dan-chu-co-so', version: 1 });
    const db = openDatabase(`${superior.dataDir}/ward.sqlite`);
    try {
      expect(() => db.prepare("UPDATE criteria_set SET definition_json = '{}' WHERE id = 'dan-chu-co-so'").run()).toThrow(/immutable/);
      expect(() => db.prepare("DELETE FROM criteria_set WHERE id = 'dan-chu-co-so'").run()).toThrow(/immutable/);
    } finally {
      db.close();
    }
  });
});
