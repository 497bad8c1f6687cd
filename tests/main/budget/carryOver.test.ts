import { carryRules } from '../../../main/budget/carryOver';
import { builtInFormSets } from '../../../main/budget/formSets';
import { carryOver } from '../../../main/budget/rules';
import type { ComputedForm } from '../../../main/api/budget';
import { startWardWithAdmin, type TestApp } from '../support/runtime';

const cell = (form: ComputedForm | undefined, line: string, column: string) => form?.lines.find((l) => l.code === line)?.cells[column]?.value;

describe('carrying figures over', () => {
  it('names only forms and columns that exist in the shipped form set, money into money and text into text', () => {
    for (const set of builtInFormSets()) {
      const rules = carryRules[set.id] ?? [];
      expect(rules.length).toBeGreaterThan(0);
      for (const rule of rules) {
        const to = set.forms.find((f) => f.code === rule.to);
        const from = set.forms.find((f) => f.code === rule.from.form);
        expect(to, `form ${rule.to}`).toBeDefined();
        expect(from, `form ${rule.from.form}`).toBeDefined();
        for (const [target, source] of Object.entries(rule.columns)) {
          const kind = from!.columns.find((c) => c.key === source)?.kind;
          expect(['money', 'text'], `${rule.from.form}.${source}`).toContain(kind);
          expect(to!.columns.find((c) => c.key === target)?.kind, `${rule.to}.${target}`).toBe(kind);
        }
        expect(() => carryOver(from!, {}, to!, rule.columns), `${rule.from.form} → ${rule.to}`).not.toThrow();
      }
    }
  });

  describe('through the service', () => {
    let app: TestApp;
    beforeEach(async () => (app = await startWardWithAdmin()));
    afterEach(() => app.dispose());

    async function open(year: number) {
      const set = (await app.call('budget.listFormSets', {}))[0]!;
      await app.call('budget.openYear', { year, formSetId: set.id, formSetVersion: set.version });
    }
    const leafOf = (form: ComputedForm) => {
      const parents = new Set(form.form.lines.map((l) => l.parent));
      return form.form.lines.find((l) => l.parent && !parents.has(l.code) && !l.formula)!.code;
    };

    it("fills the execution forms' annual estimate from the approved estimate, and same-period-last-year from last year", async () => {
      await open(2025);
      await open(2026);
      const approved = (await app.call('budget.getReport', { year: 2026, stage: 'estimateApproved' })).forms.find((f) => f.form.code === '108')!;
      const leaf = leafOf(approved);
      await app.call('budget.saveFigures', { year: 2026, stage: 'estimateApproved', formCode: '108', changes: [{ lineCode: leaf, columnKey: 'dt', amount: 900_000_000 }] });
      await app.call('budget.saveFigures', { year: 2025, stage: 'executionQ1', formCode: '113', changes: [{ lineCode: leaf, columnKey: 'uth', amount: 200_000_000 }] });

      const { report, carriedCells } = await app.call('budget.carryOver', { year: 2026, stage: 'executionQ1' });
      expect(carriedCells).toBe(2);
      const balance = report.forms.find((f) => f.form.code === '113');
      expect(cell(balance, leaf, 'dt')).toBe(900_000_000);
      expect(cell(balance, leaf, 'cungKy')).toBe(200_000_000);
      await app.call('budget.saveFigures', { year: 2026, stage: 'executionQ1', formCode: '113', changes: [{ lineCode: leaf, columnKey: 'uth', amount: 300_000_000 }] });
      const again = (await app.call('budget.getReport', { year: 2026, stage: 'executionQ1' })).forms.find((f) => f.form.code === '113');
      expect(cell(again, leaf, 'ssDt')).toBe(33.3);
      expect(cell(again, leaf, 'ssCungKy')).toBe(150);
    });

    it('says so in Vietnamese when there is nothing to carry', async () => {
      await open(2026);
      expect(await app.raw('budget.carryOver', { year: 2026, stage: 'finalAccounts' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('Chưa có số liệu nào để chuyển sang') } });
    });
  });
});
