import { z } from 'zod';
import { isoDate, requiredText } from './fields';

export const dayOffKinds = ['holiday', 'compensatory', 'swap'] as const;
export const calendarDay = z.object({
  date: z.string(),
  name: z.string(),
  /** off: no work that day; working: a weekend day worked in exchange for a day off. */
  kind: z.enum(['off', 'working']),
  /** computed: from the legal rule; official: the government's announced schedule shipped with the app; ward: adjusted here. */
  source: z.enum(['computed', 'official', 'ward']),
});
export type CalendarDay = z.infer<typeof calendarDay>;

const year = z.number().int().min(2000).max(2100);

export const calendarChannels = {
  'calendar.getYear': { input: z.object({ year }).strict(), output: z.array(calendarDay) },
  'calendar.saveAdjustment': {
    input: z.object({ date: isoDate, kind: z.enum(['off', 'working']), name: requiredText(120) }).strict(),
    output: z.array(calendarDay),
  },
  'calendar.deleteAdjustment': { input: z.object({ date: isoDate }).strict(), output: z.array(calendarDay) },
  'calendar.addWorkingDays': {
    input: z.object({ from: isoDate, days: z.number().int().min(0).max(365) }).strict(),
    output: z.object({ date: z.string() }),
  },
} as const;
