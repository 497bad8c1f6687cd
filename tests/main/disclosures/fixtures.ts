import type { In } from '../../../main/api';
import type { TestApp } from '../support/runtime';

/** A K7 list disclosed on 2 March 2026: posted 30 days, broadcast 2 days (one short of the minimum). */
export const k7Disclosure: In<'disclosures.save'> = {
  group: 'K7',
  title: 'Danh sách hộ nghèo, hộ cận nghèo năm 2026',
  summary: 'Kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm 2025.',
  decisionNumber: '15/QĐ-UBND',
  decisionDate: '2026-02-26',
  channels: ['posting', 'loudspeaker'],
  disclosedOn: '2026-03-02',
  postingFrom: '2026-03-02',
  postingTo: '2026-03-31',
  loudspeakerDays: 2,
  postedAtHeadquarters: true,
  status: 'posted',
  owner: 'Trần Thị Bình',
};

/** Opens 2026 and discloses the approved estimate on 3 March 2026: a K2 row kept by the budget screen. */
export async function discloseBudgetEstimate(app: TestApp): Promise<void> {
  const set = (await app.call('budget.listFormSets', {})).find((s) => s.builtIn)!;
  await app.call('budget.openYear', { year: 2026, formSetId: set.id, formSetVersion: set.version });
  const { form } = (await app.call('budget.getReport', { year: 2026, stage: 'estimateApproved' })).forms[0]!;
  const leaf = form.lines.find((line) => !line.formula && !form.lines.some((child) => child.parent === line.code))!;
  const column = form.columns.find((c) => c.kind === 'money' && !c.formula)!;
  await app.call('budget.saveFigures', { year: 2026, stage: 'estimateApproved', formCode: form.code, changes: [{ lineCode: leaf.code, columnKey: column.key, amount: 1_000_000 }] });
  await app.call('budget.recordDisclosure', {
    year: 2026,
    stage: 'estimateApproved',
    postedOn: '2026-03-03',
    channels: ['postingHeadquarters', 'loudspeaker'],
    postingDays: 30,
    performedBy: 'Hoàng Thị Duyên',
  });
}
