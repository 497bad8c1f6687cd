import type { BudgetStage, ComputedForm, FormLine } from '../../../main/api/budget';
import { nextExtraLineCode, placeCarriedLines } from '../../../main/budget/rules';
import { startWardWithAdmin, type TestApp } from '../support/runtime';

const Y = 2026;
const submitted = { year: Y, stage: 'estimateSubmitted' as const, formCode: '106' };
const approved = { year: Y, stage: 'estimateApproved' as const, formCode: '111' };

const lineOf = (form: ComputedForm, code: string) => form.lines.find((l) => l.code === code)!;
const detailLines = (form: ComputedForm) => form.lines.filter((l) => l.extra).map((l) => [l.code, l.label]);

const detail = (code: string, label: string, parent = 'T'): FormLine => ({ code, parent, label, marker: '-', bold: false, italic: false, openChildren: false, blankColumns: [] });

describe('placing detail lines (pure)', () => {
  it('takes the next number under the parent, ignoring other parents and codes that only look alike', () => {
    expect(nextExtraLineCode('T', [])).toBe('T.x1');
    expect(nextExtraLineCode('T', ['T.x2', 'T.I.x7', 'T.x9a', 'TT.x8', 'T.x10'])).toBe('T.x11');
  });

  it('matches projects of the same name one to one, so two of them in the source stay two lines', () => {
    const carried = {
      figures: { 'T.x1': { tongMuc: 1 }, 'T.x2': { tongMuc: 2 }, T: { tongMuc: 3 } },
      texts: { 'T.x2': { diaDiem: 'Thôn Tây' } },
      extraLines: [detail('T.x1', 'Sửa chữa đường'), detail('T.x2', 'Sửa chữa đường')],
    };
    expect(placeCarriedLines(carried, [detail('T.x4', 'sửa chữa đường ')])).toEqual({
      figures: { 'T.x4': { tongMuc: 1 }, 'T.x5': { tongMuc: 2 }, T: { tongMuc: 3 } },
      texts: { 'T.x5': { diaDiem: 'Thôn Tây' } },
      extraLines: [detail('T.x5', 'Sửa chữa đường')],
    });
  });
});

describe('codes of the clerk’s detail lines', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startWardWithAdmin();
    const set = (await app.call('budget.listFormSets', {})).find((s) => s.id === 'tt343-2016-commune')!;
    await app.call('budget.openYear', { year: Y, formSetId: set.id, formSetVersion: set.version });
  });
  afterEach(() => app.dispose());

  const add = (ref: typeof submitted | typeof approved, label: string, parent = 'T') => app.call('budget.addLine', { ...ref, parent, label });
  const formOf = async (stage: BudgetStage, code: string) => (await app.call('budget.getReport', { year: Y, stage })).forms.find((f) => f.form.code === code)!;
  const carry = () => app.call('budget.carryOver', { year: Y, stage: 'estimateApproved' });

  describe('adding and removing', () => {
    it('gives a line added after a removal a code of its own, and never the removed line’s figures', async () => {
      await add(submitted, 'Nhà văn hóa thôn Bắc');
      await add(submitted, 'Đường liên thôn Đông Hòa');
      await app.call('budget.saveFigures', {
        ...submitted,
        changes: [
          { lineCode: 'T.x1', columnKey: 'tongMuc', amount: 900_000_000 },
          { lineCode: 'T.x2', columnKey: 'tongMuc', amount: 2_000_000_000 },
        ],
      });
      await app.call('budget.removeLine', { ...submitted, lineCode: 'T.x1' });
      const added = await add(submitted, 'Trạm y tế xã');
      expect(detailLines(added)).toEqual([
        ['T.x2', 'Đường liên thôn Đông Hòa'],
        ['T.x3', 'Trạm y tế xã'],
      ]);
      expect(lineOf(added, 'T.x2').cells.tongMuc?.value).toBe(2_000_000_000);
      expect(lineOf(added, 'T.x3').cells.tongMuc?.value).toBeNull();

      await app.call('budget.saveFigures', { ...submitted, changes: [{ lineCode: 'T.x3', columnKey: 'tongMuc', amount: 400_000_000 }] });
      await app.call('budget.removeLine', { ...submitted, lineCode: 'T.x3' });
      const again = await add(submitted, 'Trường mầm non');
      expect(detailLines(again)).toEqual([
        ['T.x2', 'Đường liên thôn Đông Hòa'],
        ['T.x3', 'Trường mầm non'],
      ]);
      expect(lineOf(again, 'T.x3').cells.tongMuc?.value).toBeNull();
      expect(lineOf(again, 'T').cells.tongMuc?.value).toBe(2_000_000_000);
    });

    it('numbers the lines of each parent on their own', async () => {
      const ref = { ...submitted, formCode: '107' };
      await app.call('budget.addLine', { ...ref, parent: 'T.I', label: 'Quỹ đền ơn đáp nghĩa' });
      await app.call('budget.addLine', { ...ref, parent: 'T.II', label: 'Quỹ vì người nghèo' });
      const form = await app.call('budget.addLine', { ...ref, parent: 'T.I', label: 'Quỹ khuyến học' });
      expect(form.lines.filter((l) => l.extra).map((l) => [l.parent, l.code])).toEqual([
        ['T.I', 'T.I.x1'],
        ['T.I', 'T.I.x2'],
        ['T.II', 'T.II.x1'],
      ]);
    });
  });

  describe('carrying projects into a form where the clerk added lines', () => {
    async function submitRoad() {
      await add(submitted, 'Đường liên thôn Đông Hòa');
      await app.call('budget.saveFigures', {
        ...submitted,
        changes: [
          { lineCode: 'T.x1', columnKey: 'diaDiem', text: 'Thôn Đông Hòa' },
          { lineCode: 'T.x1', columnKey: 'tongMuc', amount: 2_000_000_000 },
          { lineCode: 'T.x1', columnKey: 'dtNsx', amount: 600_000_000 },
        ],
      });
    }

    it('keeps the clerk’s own project with its figures and gives the carried project a line of its own, however often it is carried', async () => {
      await submitRoad();
      await add(approved, 'Nhà văn hóa thôn Bắc');
      await app.call('budget.saveFigures', {
        ...approved,
        changes: [
          { lineCode: 'T.x1', columnKey: 'diaDiem', text: 'Thôn Bắc' },
          { lineCode: 'T.x1', columnKey: 'tongMuc', amount: 900_000_000 },
        ],
      });
      expect((await carry()).carriedCells).toBe(3);
      const once = await formOf('estimateApproved', '111');
      expect((await carry()).carriedCells).toBe(3);
      const twice = await formOf('estimateApproved', '111');
      expect(twice).toEqual(once);
      expect(detailLines(twice)).toEqual([
        ['T.x1', 'Nhà văn hóa thôn Bắc'],
        ['T.x2', 'Đường liên thôn Đông Hòa'],
      ]);
      expect(lineOf(twice, 'T.x1').texts).toEqual({ diaDiem: 'Thôn Bắc' });
      expect(lineOf(twice, 'T.x1').cells.tongMuc?.value).toBe(900_000_000);
      expect(lineOf(twice, 'T.x1').cells.dtNsx?.value).toBeNull();
      expect(lineOf(twice, 'T.x2').texts).toEqual({ diaDiem: 'Thôn Đông Hòa' });
      expect(lineOf(twice, 'T.x2').cells.tongMuc?.value).toBe(2_000_000_000);
      expect(lineOf(twice, 'T.x2').cells.dtNsx?.value).toBe(600_000_000);
      expect(lineOf(twice, 'T').cells.tongMuc?.value).toBe(2_900_000_000);
    });

    it('carries a project onto the clerk’s line of the same name, whatever its case, spacing or Unicode composition', async () => {
      await submitRoad();
      await add(submitted, 'Trường mầm non');
      await add(approved, 'Trạm y tế xã');
      await add(approved, ' ĐƯỜNG LIÊN  THÔN ĐÔNG HÒA'.normalize('NFD'));
      await app.call('budget.saveFigures', {
        ...approved,
        changes: [
          { lineCode: 'T.x2', columnKey: 'tongMuc', amount: 1_000_000_000 },
          { lineCode: 'T.x2', columnKey: 'dtHuyDong', amount: 50_000_000 },
        ],
      });
      await carry();
      const form = await formOf('estimateApproved', '111');
      expect(detailLines(form)).toEqual([
        ['T.x1', 'Trạm y tế xã'],
        ['T.x2', 'ĐƯỜNG LIÊN  THÔN ĐÔNG HÒA'.normalize('NFD')],
        ['T.x3', 'Trường mầm non'],
      ]);
      expect(lineOf(form, 'T.x2').texts).toEqual({ diaDiem: 'Thôn Đông Hòa' });
      expect(lineOf(form, 'T.x2').cells.tongMuc?.value).toBe(2_000_000_000);
      expect(lineOf(form, 'T.x2').cells.dtHuyDong?.value).toBe(50_000_000);
    });
  });
});
