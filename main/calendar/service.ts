import type { CalendarDay } from '../api/calendar';
import { auditedWrite, type WriteContext } from '../audit/audit';
import type { Db } from '../db/database';
import { calendarDaysForYear, createWorkingDayCalendar, type DayArithmetic } from './workingDays';

/** What reading records with deadlines needs: the database, the day they are judged on, the ward's working days. */
export interface DatedReadContext {
  db: Db;
  today: string;
  days: DayArithmetic;
}

function wardAdjustments(db: Db, year: number): CalendarDay[] {
  return (
    db.prepare("SELECT date, kind, name FROM calendar_adjustment WHERE date LIKE ? ORDER BY date").all(`${year}-%`) as Omit<CalendarDay, 'source'>[]
  ).map((row) => ({ ...row, source: 'ward' as const }));
}

export function yearCalendar(db: Db, year: number): CalendarDay[] {
  return calendarDaysForYear(year, wardAdjustments(db, year));
}

/** The working-day calendar of this ward, with its own adjustments: what deadlines are computed with. */
export function wardWorkingDays(db: Db) {
  return createWorkingDayCalendar((year) => yearCalendar(db, year));
}

export function saveAdjustment(ctx: WriteContext, day: { date: string; kind: CalendarDay['kind']; name: string }): CalendarDay[] {
  return auditedWrite(ctx, () => {
    const before = ctx.db.prepare('SELECT date, kind, name FROM calendar_adjustment WHERE date = ?').get(day.date) ?? null;
    ctx.db
      .prepare('INSERT INTO calendar_adjustment (date, kind, name) VALUES (@date, @kind, @name) ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, name = excluded.name')
      .run(day);
    return {
      result: yearCalendar(ctx.db, Number(day.date.slice(0, 4))),
      change: { action: before ? 'update' : 'create', entity: 'calendarAdjustment', entityId: day.date, before, after: day },
    };
  });
}

export function deleteAdjustment(ctx: WriteContext, date: string): CalendarDay[] {
  return auditedWrite(ctx, () => {
    const before = ctx.db.prepare('SELECT date, kind, name FROM calendar_adjustment WHERE date = ?').get(date) ?? null;
    ctx.db.prepare('DELETE FROM calendar_adjustment WHERE date = ?').run(date);
    return {
      result: yearCalendar(ctx.db, Number(date.slice(0, 4))),
      change: { action: 'delete', entity: 'calendarAdjustment', entityId: date, before },
    };
  });
}
