import tanHuong from './fixtures/published-tan-huong-104.json';
import { formatAmount } from '../../../main/api/amounts';
import { startWardWithAdmin, type TestApp } from '../support/runtime';

/**
 * A commune's own published revenue estimate (Biểu số 104, see the fixture's "source"), entered through the
 * service into the shipped TT 343 form set the way a clerk would: leaf figures only, the three lines the
 * form leaves open added as detail lines. The section totals the commune published must come out exactly.
 */
const THOUSAND = 1000;
const stage = { year: tanHuong.year, stage: 'estimateSubmitted' as const };

describe('the revenue estimate published by xã Tân Hương (Hà Tĩnh), Biểu số 104', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startWardWithAdmin();
    const builtIn = (await app.call('budget.listFormSets', {})).find((set) => set.builtIn)!;
    await app.call('budget.openYear', { year: tanHuong.year, formSetId: builtIn.id, formSetVersion: builtIn.version });
    let lineCodes: Record<string, string> = {};
    for (const leaf of tanHuong.leaves.filter((l) => l.addUnder)) {
      const form = await app.call('budget.addLine', { ...stage, formCode: '104', parent: leaf.addUnder!, label: leaf.label });
      lineCodes = { ...lineCodes, [leaf.label]: form.lines.find((line) => line.label === leaf.label)!.code };
    }
    const changes = tanHuong.leaves.flatMap((leaf) => {
      const lineCode = leaf.line ?? lineCodes[leaf.label]!;
      return [
        { lineCode, columnKey: tanHuong.columns.estimatedLastYear, amount: leaf.estimatedLastYear * THOUSAND },
        { lineCode, columnKey: tanHuong.columns.estimate, amount: leaf.estimate * THOUSAND },
      ];
    });
    await app.call('budget.saveFigures', { ...stage, formCode: '104', changes });
  });
  afterAll(() => app.dispose());

  it('names its source and the parts of the table that could not be checked', () => {
    expect(tanHuong.source.url).toMatch(/^http:\/\/xatanhuong\.hatinh\.gov\.vn\//);
    expect(tanHuong.source.notFromSource).toContain('TỔNG THU');
  });

  it('computes both section totals the commune published, in both columns, as computed cells', async () => {
    const report = await app.call('budget.getReport', stage);
    const form = report.forms.find((f) => f.form.code === '104')!;
    for (const total of tanHuong.publishedTotals) {
      const cells = form.lines.find((line) => line.code === total.line)!.cells;
      expect({ line: total.line, last: cells[tanHuong.columns.estimatedLastYear], estimate: cells[tanHuong.columns.estimate] }).toEqual({
        line: total.line,
        last: { value: total.estimatedLastYear * THOUSAND, source: 'computed' },
        estimate: { value: total.estimate * THOUSAND, source: 'computed' },
      });
    }
  });

  it('shows the section totals in đồng the vi-VN way and the comparison column as estimate ÷ last year', async () => {
    const report = await app.call('budget.getReport', stage);
    const form = report.forms.find((f) => f.form.code === '104')!;
    const line = form.lines.find((l) => l.code === 'A.I')!;
    expect(formatAmount(line.cells.dtNsx!.value, form.form.displayUnit)).toBe('90.500.000');
    expect(line.cells.ssNsx!.value).toBe(106.5);
  });
});
