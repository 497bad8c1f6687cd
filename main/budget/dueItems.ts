import type { DoneItemSource, DueItemSource } from '../dashboard/service';
import { stageRules } from './deadlines';
import { getYear, listYears } from './service';

export const DUE_SOON_DAYS = 30;

/** Budget stages not yet disclosed whose deadline is past or within the next 30 days. */
export const budgetDueItems: DueItemSource = ({ db, today, days }) => {
  const horizon = days.addCalendarDays(today, DUE_SOON_DAYS);
  return listYears(db).flatMap(({ year }) =>
    getYear({ db, today, days }, year)
      .stages.filter((s) => s.deadline !== null && (s.status === 'overdue' || ((s.status === 'notStarted' || s.status === 'draft') && s.deadline <= horizon)))
      .map((s) => ({
        key: `budget:${year}:${s.stage}`,
        title: `Công khai ngân sách năm ${year}: ${stageRules.stages[s.stage].label}`,
        dueDate: s.deadline!,
        overdue: s.status === 'overdue',
        capability: 'budget',
      })),
  );
};

/** Stages disclosed since `since`, on time or late: the dashboard shows them as done. */
export const budgetDoneItems: DoneItemSource = ({ db, today, since, days }) =>
  listYears(db).flatMap(({ year }) =>
    getYear({ db, today, days }, year)
      .stages.filter((s) => s.disclosedOn !== null && s.disclosedOn >= since && (s.status === 'disclosedOnTime' || s.status === 'disclosedLate'))
      .map((s) => ({
        key: `budget:${year}:${s.stage}`,
        title: `Công khai ngân sách năm ${year}: ${stageRules.stages[s.stage].label}`,
        doneOn: s.disclosedOn!,
        onTime: s.status === 'disclosedOnTime',
        capability: 'budget',
      })),
  );
