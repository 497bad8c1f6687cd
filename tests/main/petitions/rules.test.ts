import { petitionStatuses } from '../../../main/api/petitions';
import { calendarDaysForYear, createWorkingDayCalendar } from '../../../main/calendar/workingDays';
import { defaultDueOn, isOverdue, transition, type PetitionAction } from '../../../main/petitions/rules';

const days = createWorkingDayCalendar((year) => calendarDaysForYear(year, []));

describe('petition answer deadlines in working days', () => {
  it('skips the five days of Tết 2026 (16–20/02) and the weekends around them', () => {
    // Fri 13/02 + 10 working days: 23–27/02 and 02–06/03.
    expect(defaultDueOn('2026-02-13', 10, days)).toBe('2026-03-06');
  });

  it('skips 30/4 and 1/5 2026', () => {
    // Tue 28/04: 29/04, then 04–08/05 and 11–14/05.
    expect(defaultDueOn('2026-04-28', 10, days)).toBe('2026-05-14');
  });

  it('counts the ward’s own number of working days', () => {
    expect(defaultDueOn('2026-04-28', 3, days)).toBe('2026-05-05');
  });

  it('is overdue only while open and only after the deadline day', () => {
    expect(isOverdue({ status: 'received', dueOn: '2026-03-06' }, '2026-03-06')).toBe(false);
    expect(isOverdue({ status: 'inProgress', dueOn: '2026-03-06' }, '2026-03-07')).toBe(true);
    for (const status of ['answered', 'forwarded', 'closed'] as const) expect(isOverdue({ status, dueOn: '2026-03-06' }, '2027-01-01')).toBe(false);
  });
});

describe('petition status transitions', () => {
  const allowed: Record<PetitionAction, Record<string, string>> = {
    edit: { received: 'received', inProgress: 'inProgress', answered: 'answered', forwarded: 'forwarded' },
    assign: { received: 'inProgress', inProgress: 'inProgress' },
    answer: { received: 'answered', inProgress: 'answered' },
    forward: { received: 'forwarded', inProgress: 'forwarded' },
    close: { received: 'closed', inProgress: 'closed', answered: 'closed', forwarded: 'closed' },
  };

  it.each(Object.keys(allowed) as PetitionAction[])('allows %s exactly from the listed statuses, refusing the others in Vietnamese', (action) => {
    for (const status of petitionStatuses) {
      const result = transition(status, action);
      const next = allowed[action][status];
      if (next) expect(result).toEqual({ ok: true, next });
      else expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^Phản ánh này đã/) });
    }
  });

  it('refuses to answer a closed entry with a clear message', () => {
    expect(transition('closed', 'answer')).toEqual({ ok: false, message: 'Phản ánh này đã đóng, không trả lời được nữa.' });
  });
});
