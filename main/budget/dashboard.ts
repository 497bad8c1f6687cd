import type { DashboardSource } from '../dashboard/service';
import { stageRules } from './deadlines';
import { getYear, listYears } from './service';

export const DUE_SOON_DAYS = 30;

/**
 * The budget's part of the dashboard, from one pass over the open years: stages not yet disclosed whose
 * deadline is past or within 30 days (due), and stages disclosed since `since` (done, on time or late).
 */
export const budgetDashboard: DashboardSource = ({ db, today, since, days }) => {
  const horizon = days.addCalendarDays(today, DUE_SOON_DAYS);
  const stages = listYears(db).flatMap(({ year }) =>
    getYear({ db, today, days }, year).stages.map((stage) => ({ ...stage, year, key: `budget:${year}:${stage.stage}`, title: `Công khai ngân sách năm ${year}: ${stageRules.stages[stage.stage].label}` })),
  );
  return {
    due: stages
      .filter((s) => s.deadline !== null && (s.status === 'overdue' || ((s.status === 'notStarted' || s.status === 'draft') && s.deadline <= horizon)))
      .map((s) => ({ key: s.key, title: s.title, dueDate: s.deadline!, overdue: s.status === 'overdue', capability: 'budget' })),
    done: stages
      .filter((s) => s.disclosedOn !== null && s.disclosedOn >= since && (s.status === 'disclosedOnTime' || s.status === 'disclosedLate'))
      .map((s) => ({ key: s.key, title: s.title, doneOn: s.disclosedOn!, onTime: s.status === 'disclosedOnTime', capability: 'budget' })),
  };
};
