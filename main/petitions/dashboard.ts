import type { DashboardSource } from '../dashboard/service';
import { formatShortDate } from '../documents/vietnamese';
import { categoryLabel } from './rules';

/** Entries due within this many working days show on the dashboard before they are late. */
const PETITION_DUE_SOON_WORKING_DAYS = 3;

interface DueRow {
  id: number;
  received_on: string;
  category: string;
  due_on: string;
}

const title = (row: DueRow) => `Trả lời kiến nghị, phản ánh nhận ngày ${formatShortDate(row.received_on)} (${categoryLabel(row.category)})`;

/** Open entries past their deadline or due within 3 working days, and those answered lately. */
export const petitionsDashboard: DashboardSource = ({ db, today, since, days }) => {
  const horizon = days.addWorkingDays(today, PETITION_DUE_SOON_WORKING_DAYS);
  const due = db
    .prepare("SELECT id, received_on, category, due_on FROM petition WHERE status IN ('received', 'inProgress') AND due_on <= ? ORDER BY due_on, id")
    .all(horizon) as DueRow[];
  const done = db
    .prepare("SELECT id, received_on, category, due_on, answered_on FROM petition WHERE status IN ('answered', 'closed') AND answered_on >= ? ORDER BY answered_on DESC")
    .all(since) as (DueRow & { answered_on: string })[];
  return {
    due: due.map((row) => ({ key: `petitions:${row.id}`, title: title(row), dueDate: row.due_on, overdue: row.due_on < today, capability: 'petitions' })),
    done: done.map((row) => ({ key: `petitions:${row.id}`, title: title(row), doneOn: row.answered_on, onTime: row.answered_on <= row.due_on, capability: 'petitions' })),
  };
};
