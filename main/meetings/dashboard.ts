import type { DashboardSource, DoneItem, DueItem } from '../dashboard/service';
import type { Db } from '../db/database';
import { meetingTypes, type MeetingType } from '../api/meetings';
import { DUE_SOON_DAYS } from '../budget/dashboard';
import { stepDueDate } from './rules';
import { typeRules } from './ruleSet';

interface MeetingHead {
  id: number;
  type: MeetingType;
  title: string;
  date: string;
  group_name: string | null;
  delivered_on: string | null;
}

function meetingsWithRules(db: Db, types: readonly MeetingType[]): MeetingHead[] {
  if (types.length === 0) return [];
  return db
    .prepare(
      `SELECT m.id, m.type, m.title, m.date, m.delivered_on, g.name AS group_name FROM meeting m LEFT JOIN residential_group g ON g.id = m.residential_group_id
       WHERE m.type IN (${types.map(() => '?').join(', ')})`,
    )
    .all(...types) as MeetingHead[];
}

const typesWith = (has: (type: MeetingType) => boolean): MeetingType[] => meetingTypes.filter(has);

/** Residents' decision records must reach the UBND and the front within 5 working days of the meeting (Art. 20(3)). */
function deliveries({ db, today, since, days }: Parameters<DashboardSource>[0]): { due: DueItem[]; done: DoneItem[] } {
  const horizon = days.addCalendarDays(today, DUE_SOON_DAYS);
  const due: DueItem[] = [];
  const done: DoneItem[] = [];
  for (const meeting of meetingsWithRules(db, typesWith((type) => typeRules(type).deliveryWorkingDays !== null))) {
    const deadline = days.addWorkingDays(meeting.date, typeRules(meeting.type).deliveryWorkingDays!);
    const key = `meeting:${meeting.id}:delivery`;
    const title = `Gửi biên bản "${meeting.title}"${meeting.group_name ? ` (${meeting.group_name})` : ''} đến UBND và Mặt trận`;
    if (meeting.delivered_on === null && meeting.date <= today && deadline <= horizon) due.push({ key, title, dueDate: deadline, overdue: deadline < today, capability: 'meetings' });
    if (meeting.delivered_on !== null && meeting.delivered_on >= since) done.push({ key, title, doneOn: meeting.delivered_on, onTime: meeting.delivered_on <= deadline, capability: 'meetings' });
  }
  return { due, done };
}

/** The staff conference's preparation steps and the 6-monthly reviews of its resolution (Art. 52). */
function preparationSteps({ db, today, since, days }: Parameters<DashboardSource>[0]): { due: DueItem[]; done: DoneItem[] } {
  const horizon = days.addCalendarDays(today, DUE_SOON_DAYS);
  const recorded = db.prepare('SELECT step_key, done_on FROM meeting_preparation WHERE meeting_id = ?');
  const due: DueItem[] = [];
  const done: DoneItem[] = [];
  for (const meeting of meetingsWithRules(db, typesWith((type) => typeRules(type).preparationSteps.length > 0))) {
    const doneOn = new Map((recorded.all(meeting.id) as { step_key: string; done_on: string | null }[]).map((row) => [row.step_key, row.done_on]));
    for (const step of typeRules(meeting.type).preparationSteps) {
      const dueDate = stepDueDate(meeting.date, step);
      const key = `meeting:${meeting.id}:${step.key}`;
      const title = `${step.label} — ${meeting.title}`;
      const finished = doneOn.get(step.key) ?? null;
      if (finished === null && dueDate <= horizon) due.push({ key, title, dueDate, overdue: dueDate < today, capability: 'meetings' });
      if (finished !== null && finished >= since) done.push({ key, title, doneOn: finished, onTime: finished <= dueDate, capability: 'meetings' });
    }
  }
  return { due, done };
}

function followUpTasks({ db, today, since, days }: Parameters<DashboardSource>[0]): { due: DueItem[]; done: DoneItem[] } {
  const horizon = days.addCalendarDays(today, DUE_SOON_DAYS);
  const rows = db
    .prepare(
      `SELECT t.id, t.description, t.owner, t.due_date, t.done_on, m.title FROM meeting_task t JOIN meeting m ON m.id = t.meeting_id
       WHERE t.due_date IS NOT NULL AND ((t.done_on IS NULL AND t.due_date <= ?) OR t.done_on >= ?)`,
    )
    .all(horizon, since) as { id: number; description: string; owner: string; due_date: string; done_on: string | null; title: string }[];
  const item = (row: (typeof rows)[number]) => ({ key: `meetingTask:${row.id}`, title: `${row.description} (${row.owner}) — ${row.title}`, capability: 'meetings' });
  return {
    due: rows.filter((row) => row.done_on === null).map((row) => ({ ...item(row), dueDate: row.due_date, overdue: row.due_date < today })),
    done: rows.filter((row) => row.done_on !== null).map((row) => ({ ...item(row), doneOn: row.done_on!, onTime: row.done_on! <= row.due_date })),
  };
}

/** The meetings' part of the dashboard: decision records to send, conference preparation and reviews, follow-up tasks. */
export const meetingsDashboard: DashboardSource = (input) => {
  const parts = [deliveries(input), preparationSteps(input), followUpTasks(input)];
  return { due: parts.flatMap((part) => part.due), done: parts.flatMap((part) => part.done) };
};
