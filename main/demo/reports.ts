import type { WriteContext } from '../audit/audit';
import { wardWorkingDays } from '../calendar/service';
import { finalizeQuarterlyReport, openQuarterlyReport, saveNarrative } from '../reports/service';
import { vietnamDate } from '../runtime/ports';

/** The last finished quarter's report, finalized, and the current quarter's as a draft, both compiled from the demo records. */
export function seedDemoReports(ctx: WriteContext): void {
  const today = vietnamDate(ctx.clock.now());
  const read = { db: ctx.db, today, days: wardWorkingDays(ctx.db) };
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const finished = quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
  openQuarterlyReport(ctx, read, finished);
  saveNarrative(ctx, {
    ...finished,
    section: 'groupMeetings',
    text: 'Các tổ dân phố duy trì họp định kỳ; Ủy ban nhân dân phường cử cán bộ dự và tiếp thu ý kiến của Nhân dân tại các cuộc họp (dữ liệu mẫu).',
  });
  finalizeQuarterlyReport(ctx, read, finished);
  openQuarterlyReport(ctx, read, { year, quarter });
}
