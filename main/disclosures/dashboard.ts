import type { DashboardSource, DoneItem, DueItem } from '../dashboard/service';
import { disclosureDeadline, groupRules } from './rules';

/** "Due soon" is counted in working days, the way the deadlines themselves are. */
export const DUE_SOON_WORKING_DAYS = 5;

interface Row {
  id: number;
  content_group: Parameters<typeof groupRules>[0];
  title: string;
  decision_date: string | null;
  planned_on: string | null;
  disclosed_on: string | null;
  posting_to: string | null;
  status: string;
}

/**
 * Disclosures due within 5 working days (the deadline after the decision, or the planned date) and overdue
 * ones; postings that end within 5 working days; what was disclosed lately.
 */
export const disclosuresDashboard: DashboardSource = ({ db, today, since, days }) => {
  const horizon = days.addWorkingDays(today, DUE_SOON_WORKING_DAYS);
  // Only the rows one of the three lists can take: the register grows every year and this runs on each home-screen load.
  const rows = db
    .prepare(
      "SELECT id, content_group, title, decision_date, planned_on, disclosed_on, posting_to, status FROM disclosure WHERE status = 'planned' OR (status = 'posted' AND posting_to BETWEEN ? AND ?) OR disclosed_on >= ?",
    )
    .all(today, horizon, since) as Row[];
  const due: DueItem[] = [];
  const done: DoneItem[] = [];
  for (const row of rows) {
    const deadline = disclosureDeadline(groupRules(row.content_group), row.decision_date, days);
    const dueDate = deadline ?? row.planned_on;
    const key = `disclosure:${row.id}`;
    const title = `Công khai (${row.content_group}): ${row.title}`;
    if (row.status === 'planned' && dueDate !== null && dueDate <= horizon) due.push({ key, title, dueDate, overdue: dueDate < today, capability: 'disclosures' });
    if (row.status === 'posted' && row.posting_to !== null && row.posting_to >= today && row.posting_to <= horizon) {
      due.push({ key: `${key}:postingEnds`, title: `Kết thúc niêm yết (${row.content_group}): ${row.title}`, dueDate: row.posting_to, overdue: false, capability: 'disclosures' });
    }
    if (row.disclosed_on !== null && row.disclosed_on >= since) {
      done.push({ key, title, doneOn: row.disclosed_on, onTime: deadline === null || row.disclosed_on <= deadline, capability: 'disclosures' });
    }
  }
  return { due, done };
};

