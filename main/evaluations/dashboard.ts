import type { DashboardSource } from '../dashboard/service';
import { DUE_SOON_DAYS } from '../budget/dashboard';
import { DISCLOSURE_WORKING_DAYS } from './closing';

/** Closed years whose results the staff must see within 5 working days of the decision (Art. 47), and those disclosed lately. */
export const evaluationsDashboard: DashboardSource = ({ db, today, since, days }) => {
  const horizon = days.addCalendarDays(today, DUE_SOON_DAYS);
  const rows = db.prepare('SELECT year, group_name, decided_on, disclosed_on FROM evaluation_year').all() as {
    year: number;
    group_name: string;
    decided_on: string;
    disclosed_on: string | null;
  }[];
  const items = rows.map((row) => ({
    ...row,
    key: `evaluations:${row.year}:${row.group_name}`,
    title: `Công khai kết quả đánh giá, xếp loại năm ${row.year} (${row.group_name})`,
    dueDate: days.addWorkingDays(row.decided_on, DISCLOSURE_WORKING_DAYS),
  }));
  return {
    due: items
      .filter((item) => item.disclosed_on === null && item.dueDate <= horizon)
      .map((item) => ({ key: item.key, title: item.title, dueDate: item.dueDate, overdue: item.dueDate < today, capability: 'evaluations' })),
    done: items
      .filter((item) => item.disclosed_on !== null && item.disclosed_on >= since)
      .map((item) => ({ key: item.key, title: item.title, doneOn: item.disclosed_on!, onTime: item.disclosed_on! <= item.dueDate, capability: 'evaluations' })),
  };
};
