import type { BudgetStage, ComputedForm } from '../../../main/api/budget';
import { builtInFormSets } from '../../../main/budget/formSets';
import { carryOver } from '../../../main/budget/rules';
import { startWardWithAdmin, type TestApp } from '../support/runtime';

const Y = 2026;
const set = builtInFormSets().find((s) => s.id === 'tt343-2016-commune')!;
const shippedForm = (code: string) => set.forms.find((f) => f.code === code)!;

describe('carrying the investment projects over (Biểu 106 → 111 → 119)', () => {
  it('refuses a rule that carries a text column into a money column or the other way round', () => {
    expect(() => carryOver(shippedForm('111'), {}, shippedForm('119'), { tongMuc: 'diaDiem' })).toThrow(
      'Không chuyển được cột "Địa điểm xây dựng" của Biểu 111 sang cột "Tổng mức đầu tư (dự toán được duyệt)" của Biểu 119: chữ chỉ chuyển sang cột chữ, số tiền chỉ chuyển sang cột số tiền.',
    );
    expect(() => carryOver(shippedForm('111'), {}, shippedForm('119'), { ghiChu: 'luyKe' })).toThrow('chữ chỉ chuyển sang cột chữ');
    expect(() => carryOver(shippedForm('111'), {}, shippedForm('119'), { diaDiem: 'noiDung' })).toThrow('Biểu 111 không có cột chữ mã "noiDung".');
  });

  describe('through the service', () => {
    let app: TestApp;
    beforeEach(async () => {
      app = await startWardWithAdmin();
      await app.call('budget.openYear', { year: Y, formSetId: set.id, formSetVersion: set.version });
    });
    afterEach(() => app.dispose());

    const formOf = async (stage: BudgetStage, code: string) => (await app.call('budget.getReport', { year: Y, stage })).forms.find((f) => f.form.code === code)!;
    const lineOf = (form: ComputedForm, code: string) => form.lines.find((l) => l.code === code)!;
    const values = (form: ComputedForm, code: string, keys: string[]) => Object.fromEntries(keys.map((key) => [key, lineOf(form, code).cells[key]?.value ?? null]));
    const carry = (stage: BudgetStage) => app.call('budget.carryOver', { year: Y, stage });

    async function submitTwoProjects() {
      const ref = { year: Y, stage: 'estimateSubmitted' as const, formCode: '106' };
      await app.call('budget.addLine', { ...ref, parent: 'T', label: 'Nhà văn hóa thôn Đông Hòa' });
      await app.call('budget.addLine', { ...ref, parent: 'T', label: 'Đường bê tông thôn Tây' });
      await app.call('budget.saveFigures', {
        ...ref,
        changes: [
          { lineCode: 'T.x1', columnKey: 'diaDiem', text: 'Thôn Đông Hòa' },
          { lineCode: 'T.x1', columnKey: 'thoiGian', text: '2026–2027' },
          { lineCode: 'T.x1', columnKey: 'tongMuc', amount: 3_500_000_000 },
          { lineCode: 'T.x1', columnKey: 'luyKe', amount: 500_000_000 },
          { lineCode: 'T.x1', columnKey: 'dtNsx', amount: 1_000_000_000 },
          { lineCode: 'T.x1', columnKey: 'dtBoSung', amount: 800_000_000 },
          { lineCode: 'T.x1', columnKey: 'ghiChu', text: 'Chuyển tiếp' },
          { lineCode: 'T.x2', columnKey: 'diaDiem', text: 'Thôn Tây' },
          { lineCode: 'T.x2', columnKey: 'thoiGian', text: '2026' },
          { lineCode: 'T.x2', columnKey: 'tongMuc', amount: 1_200_000_000 },
          { lineCode: 'T.x2', columnKey: 'dtNsx', amount: 700_000_000 },
          { lineCode: 'T.x2', columnKey: 'dtHuyDong', amount: 300_000_000 },
        ],
      });
    }

    it('copies the submitted projects into the approved estimate, then their place, dates, total investment and capital allocated before the year into the final accounts', async () => {
      await submitTwoProjects();
      expect((await carry('estimateApproved')).carriedCells).toBe(12);
      const approved = await formOf('estimateApproved', '111');
      expect(approved.lines.map((l) => [l.code, l.label])).toEqual([
        ['T', 'TỔNG SỐ'],
        ['T.x1', 'Nhà văn hóa thôn Đông Hòa'],
        ['T.x2', 'Đường bê tông thôn Tây'],
      ]);
      expect(lineOf(approved, 'T.x1').texts).toEqual({ diaDiem: 'Thôn Đông Hòa', thoiGian: '2026–2027', ghiChu: 'Chuyển tiếp' });
      expect(lineOf(approved, 'T.x2').texts).toEqual({ diaDiem: 'Thôn Tây', thoiGian: '2026' });
      const money = ['tongMuc', 'luyKe', 'dtTong', 'dtNsx', 'dtBoSung', 'dtHuyDong'];
      expect(values(approved, 'T.x1', money)).toEqual({ tongMuc: 3_500_000_000, luyKe: 500_000_000, dtTong: 1_800_000_000, dtNsx: 1_000_000_000, dtBoSung: 800_000_000, dtHuyDong: null });
      expect(values(approved, 'T', money)).toEqual({ tongMuc: 4_700_000_000, luyKe: 500_000_000, dtTong: 2_800_000_000, dtNsx: 1_700_000_000, dtBoSung: 800_000_000, dtHuyDong: 300_000_000 });
      const [logged] = (await app.call('audit.list', { entity: 'budgetReport' })).filter((entry) => entry.action === 'carryOver');
      expect(logged!.after).toEqual({
        cells: 12,
        addedLines: [
          { form: '111', code: 'T.x1', label: 'Nhà văn hóa thôn Đông Hòa' },
          { form: '111', code: 'T.x2', label: 'Đường bê tông thôn Tây' },
        ],
      });

      await app.call('budget.saveFigures', {
        year: Y,
        stage: 'estimateApproved',
        formCode: '111',
        changes: [
          { lineCode: 'T.x2', columnKey: 'thoiGian', text: '2026–2027' },
          { lineCode: 'T.x2', columnKey: 'tongMuc', amount: 1_500_000_000 },
        ],
      });
      expect((await carry('finalAccounts')).carriedCells).toBe(7);
      const final = await formOf('finalAccounts', '119');
      expect(final.lines.map((l) => l.code)).toEqual(['T', 'T.x1', 'T.x2']);
      expect(lineOf(final, 'T.x1').texts).toEqual({ diaDiem: 'Thôn Đông Hòa', thoiGian: '2026–2027' });
      expect(lineOf(final, 'T.x2').texts).toEqual({ diaDiem: 'Thôn Tây', thoiGian: '2026–2027' });
      const finalMoney = ['tongMuc', 'luyKe', 'qtTong', 'qtNsx', 'qtBoSung', 'qtHuyDong'];
      expect(values(final, 'T.x2', finalMoney)).toEqual({ tongMuc: 1_500_000_000, luyKe: null, qtTong: null, qtNsx: null, qtBoSung: null, qtHuyDong: null });
      expect(values(final, 'T', finalMoney)).toEqual({ tongMuc: 5_000_000_000, luyKe: 500_000_000, qtTong: null, qtNsx: null, qtBoSung: null, qtHuyDong: null });
    });

    it('counts a carried text as a carried cell, and still says there is nothing to carry when no text or figure was entered', async () => {
      await app.call('budget.addLine', { year: Y, stage: 'estimateSubmitted', formCode: '106', parent: 'T', label: 'Trạm y tế xã' });
      expect(await app.raw('budget.carryOver', { year: Y, stage: 'estimateApproved' })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', message: 'Chưa có số liệu nào để chuyển sang: các giai đoạn hoặc năm nguồn chưa được nhập.' },
      });
      await app.call('budget.saveFigures', { year: Y, stage: 'estimateSubmitted', formCode: '106', changes: [{ lineCode: 'T.x1', columnKey: 'diaDiem', text: 'Trung tâm xã' }] });
      expect((await carry('estimateApproved')).carriedCells).toBe(1);
      expect(lineOf(await formOf('estimateApproved', '111'), 'T.x1').texts).toEqual({ diaDiem: 'Trung tâm xã' });
    });

    it('refuses to carry into a stage whose report is disclosed, leaving its projects as they were', async () => {
      await submitTwoProjects();
      await carry('estimateApproved');
      await app.call('budget.saveFigures', { year: Y, stage: 'estimateApproved', formCode: '111', changes: [{ lineCode: 'T.x1', columnKey: 'diaDiem', text: 'Thôn Đông Hòa mới' }] });
      await app.call('budget.recordDisclosure', {
        year: Y,
        stage: 'estimateApproved',
        postedOn: '2026-12-20',
        channels: ['postingHeadquarters', 'noticeToPartyAndOrganisations', 'noticeToGroupHeads'],
        postingDays: 30,
        performedBy: 'Lê Thị Hoa',
        note: '',
      });
      expect(await app.raw('budget.carryOver', { year: Y, stage: 'estimateApproved' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      expect(lineOf(await formOf('estimateApproved', '111'), 'T.x1').texts?.diaDiem).toBe('Thôn Đông Hòa mới');
    });
  });
});
