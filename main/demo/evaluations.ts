import { evaluationSheetInput } from '../api/evaluations';
import type { WriteContext } from '../audit/audit';
import { listSets } from '../evaluations/criteriaSets';
import { addEvidence, openAssessment, saveAppraisal, saveSelfScore } from '../evaluations/selfAssessment';
import { openPeriod, saveSheet } from '../evaluations/service';
import { listMeetings } from '../meetings/queries';
import { vietnamDate } from '../runtime/ports';
import { listStaff } from '../staff/service';

export const DEMO_EVALUATION_GROUP = 'Cán bộ, công chức UBND phường';
const SCHEME_ID = 'nd335-2025';
const EXAMPLE_SET = { setId: 'tiep-can-phap-luat-example', version: 1 };
const TASKS = ['Tiếp nhận, trả kết quả hồ sơ', 'Báo cáo định kỳ của lĩnh vực', 'Tham mưu văn bản chỉ đạo', 'Kiểm tra, đôn đốc tổ dân phố'];

/** A deterministic "random" digit, so that every demo ward looks the same and varied. */
const spread = (a: number, b: number, modulo: number) => (a * 7 + b * 3 + ((a * b) % 4)) % modulo;

/** Monthly sheets of the current year up to last month, scored with a believable spread of grades. */
function seedMonthlySheets(ctx: WriteContext, year: number, lastMonth: number): void {
  const staffIds = listStaff(ctx.db, { includeInactive: false, today: vietnamDate(ctx.clock.now()) }).map((member) => member.id);
  for (let month = 1; month <= lastMonth; month++) {
    const period = openPeriod(ctx, { period: `${year}-${String(month).padStart(2, '0')}`, groupName: DEMO_EVALUATION_GROUP, schemeId: SCHEME_ID, staffMemberIds: staffIds });
    staffIds.forEach((staffMemberId, index) => {
      // The leaders and one specialist work without fault most months; the rest slip here and there.
      const steady = index < 2 || index === 7;
      const slip = steady ? spread(index, month, 5) % 2 : 1 + spread(index, month, 4);
      const generalScores = { politicalCompliance: 3, politicalStance: 3, integrity: 3, lifestyle: 3, assignmentCompliance: slip > 3 ? 2 : 3, workRules: slip > 1 ? 2.5 : 3, workingStyle: 3, publicService: slip > 2 ? 2.5 : 3, initiative: slip > 0 ? 2 : 3, responsibility: 3 };
      const tasks = TASKS.map((title, taskIndex) => ({ title, weight: null, done: true, qualityFailures: taskIndex < slip - 1 ? 1 : 0, delays: taskIndex === slip ? 1 : 0 }));
      saveSheet(ctx, evaluationSheetInput.parse({ periodId: period.id, staffMemberId, generalScores, tasks, selfAssessment: 'Hoàn thành các nhiệm vụ được giao trong tháng.' }));
    });
  }
}

/** Last year's self-assessment against the example set, appraised; this year's partly scored with evidence. */
function seedSelfAssessments(ctx: WriteContext, year: number): void {
  listSets(ctx.db, ctx.clock.now().toISOString());
  const last = openAssessment(ctx, { ...EXAMPLE_SET, year: year - 1 });
  const appraised: Record<string, number> = {};
  last.indicators.forEach((item, index) => {
    const score = item.maxPoints - (index % 3 === 0 ? 1 : 0);
    saveSelfScore(ctx, { assessmentId: last.id, indicatorKey: item.key, score, note: '' });
    appraised[item.key] = index === 4 ? score - 1 : score;
  });
  saveAppraisal(ctx, { assessmentId: last.id, appraisedOn: `${year}-01-20`, appraiser: 'Sở Tư pháp tỉnh Minh Sơn (giả định)', scores: appraised, notes: {} });

  const current = openAssessment(ctx, { ...EXAMPLE_SET, year });
  current.indicators.slice(0, 8).forEach((item, index) => {
    saveSelfScore(ctx, { assessmentId: current.id, indicatorKey: item.key, score: item.maxPoints - (index % 4 === 1 ? 1 : 0), note: index === 2 ? 'Niêm yết tại trụ sở và nhà văn hóa các tổ dân phố.' : '' });
  });
  const disclosureIndicator = current.indicators.find((item) => item.key === 'tc2ct1');
  const meeting = listMeetings(ctx.db, { from: `${year}-01-01`, to: `${year}-12-31`, type: null })[0];
  if (disclosureIndicator && meeting) addEvidence(ctx, { assessmentId: current.id, indicatorKey: disclosureIndicator.key, kind: 'meeting', refId: String(meeting.id) });
}

export function seedDemoEvaluations(ctx: WriteContext): void {
  const today = vietnamDate(ctx.clock.now());
  const year = Number(today.slice(0, 4));
  seedMonthlySheets(ctx, year, Number(today.slice(5, 7)) - 1);
  seedSelfAssessments(ctx, year);
}
