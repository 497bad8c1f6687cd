import dongThap2007 from './fixtures/published-dong-thap-2007.json';
import binhThuan2008 from './fixtures/published-binh-thuan-2008.json';
import { formatAmount } from '../../../main/api/amounts';
import { parseFormSet } from '../../../main/budget/formSets';
import { computeForm, type EnteredFigures } from '../../../main/budget/rules';

/**
 * Real published tables (see each fixture's "source": what was copied from the table and what was added).
 * Only the leaf figures are entered; every published total must come out of computeForm exactly.
 */
const fixtures = [
  { name: 'Đồng Tháp, cân đối dự toán ngân sách địa phương 2007', data: dongThap2007 },
  { name: 'Bình Thuận, phần thu của cân đối dự toán ngân sách địa phương 2008', data: binhThuan2008 },
];

const MILLION = 1_000_000;

describe.each(fixtures)('the published table of $name', ({ data }) => {
  const form = parseFormSet(data.formSet).forms[0]!;
  const published = data.publishedInMillionDong.dt as Record<string, number | null>;
  const parents = new Set(form.lines.flatMap((line) => (line.parent === undefined ? [] : [line.parent])));
  const leaves = form.lines.filter((line) => !parents.has(line.code));
  const entered: EnteredFigures = Object.fromEntries(
    leaves.map((line) => {
      const figure = published[line.code];
      return [line.code, { dt: figure == null ? null : figure * MILLION }];
    }),
  );
  const computed = computeForm(form, entered);
  const shown = (code: string) => computed.lines.find((line) => line.code === code)!.cells.dt!;

  it('records where it comes from and when it was read', () => {
    expect(data.source.url).toMatch(/^https:\/\/qlg\.mof\.gov\.vn\//);
    expect(data.source.readOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(form.lines.every((line) => line.code in published)).toBe(true);
  });

  it('reproduces every published total from the leaf figures, with no warning', () => {
    const totals = form.lines.filter((line) => parents.has(line.code));
    expect(totals.length).toBeGreaterThan(3);
    for (const line of totals) {
      expect({ line: line.code, ...shown(line.code) }).toEqual({ line: line.code, value: (published[line.code] ?? 0) * MILLION, source: 'computed' });
    }
  });

  it('keeps the cells the table left blank empty', () => {
    for (const line of form.lines.filter((l) => published[l.code] === null)) expect(shown(line.code).value).toBeNull();
  });
});

describe('the published tables shown in triệu đồng the vi-VN way', () => {
  it('prints the Đồng Tháp revenue and expenditure totals as published, and they balance', () => {
    const form = parseFormSet(dongThap2007.formSet).forms[0]!;
    const leaves: EnteredFigures = {};
    const published = dongThap2007.publishedInMillionDong.dt as Record<string, number>;
    for (const code of ['B.1.a', 'B.1.b', 'B.2.a', 'B.2.b', 'B.3', 'C.I.1', 'C.I.2', 'C.I.3', 'C.I.4', 'C.II', 'C.III']) {
      leaves[code] = { dt: published[code]! * MILLION };
    }
    const lines = computeForm(form, leaves).lines;
    const total = (code: string) => formatAmount(lines.find((line) => line.code === code)!.cells.dt!.value, form.displayUnit);
    // Published as "2,407,437" (triệu đồng, en-US separators on the Ministry's English page).
    expect(total('B')).toBe('2.407.437');
    expect(total('C')).toBe('2.407.437');
    expect(total('C.I')).toBe('1.788.410');
  });
});
