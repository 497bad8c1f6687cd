import type { CompletenessMatrix, ConsolidatedTables, ConsolidationPeriod, ConsolidationView } from '../api/consolidation';
import type { GeneratedFile } from '../api/files';
import { builtInFormSets } from '../budget/formSets';
import type { Db } from '../db/database';
import { documentMediaTypes } from '../documents/mediaTypes';
import { renderXlsx } from '../documents/xlsx';
import type { Clock } from '../runtime/ports';
import { getProfile } from '../ward/service';
import { buildMatrix, vietnamDay } from './completeness';
import { coversOf, criteriaSetNames, problemsOf, recordsOf, registeredUnits } from './queries';
import { expectedColumns, shippedSchedule, type ScheduleEntry } from './schedule';
import { budgetRows, criteriaRows, gradeRows, meetingRows } from './tables';
import { viewWorkbook } from './workbooks';

export type ConsolidationContext = { db: Db; clock: Clock };

/** The completeness matrix of every registered unit for the chosen year (and quarter). */
export function completeness(ctx: ConsolidationContext, period: ConsolidationPeriod, schedule: readonly ScheduleEntry[] = shippedSchedule()): CompletenessMatrix {
  const columns = expectedColumns(schedule, period.year, period.quarter);
  const periods = [...new Set(columns.map((c) => c.period))];
  return buildMatrix({
    ...period,
    columns,
    units: registeredUnits(ctx.db),
    covers: coversOf(ctx.db, periods),
    problems: problemsOf(ctx.db, periods),
    today: vietnamDay(ctx.clock.now().toISOString()),
  });
}

export function consolidatedTables(db: Db, year: number): ConsolidatedTables {
  return {
    year,
    budget: budgetRows(recordsOf(db, 'budget_stages', year), builtInFormSets()),
    meetings: meetingRows(recordsOf(db, 'meeting_minutes', year)),
    grades: gradeRows(recordsOf(db, 'evaluation_grades', year)),
    criteria: criteriaRows(recordsOf(db, 'criteria_assessments', year), criteriaSetNames(db)),
  };
}

export async function exportView(ctx: ConsolidationContext, input: ConsolidationPeriod & { view: ConsolidationView }): Promise<GeneratedFile> {
  const { view, ...period } = input;
  const issuer = getProfile(ctx.db)?.name ?? 'Cơ quan cấp trên';
  const document = viewWorkbook(view, issuer, completeness(ctx, period), consolidatedTables(ctx.db, period.year));
  const content = await renderXlsx(document);
  const suffix = period.quarter === null ? `${period.year}` : `${period.year}-q${period.quarter}`;
  return { fileName: `tong-hop-${view}-${suffix}.xlsx`, mediaType: documentMediaTypes.xlsx, contentBase64: content.toString('base64') };
}
