import { AppError } from '../api/errors';
import { quarterLabel, type QuarterlyReport, type ReportSectionKey } from '../api/reports';
import { auditedWrite, type Change, type WriteContext } from '../audit/audit';
import { quarterRange } from '../disclosures/queries';
import { registerDocument } from '../documents/register';
import { compileQuarter, currentRow, reportRows, requireQuarterlyReport, type QuarterRef, type ReportReadContext, type ReportRow } from './queries';

const entity = 'quarterlyReport';

function changeReport(ctx: WriteContext, ref: QuarterRef, write: () => Change): QuarterlyReport {
  auditedWrite(ctx, () => ({ result: null, change: write() }));
  return requireQuarterlyReport(ctx.db, ref);
}

/** The draft a change applies to; a finalized report refuses with the way to correct it. */
function draftOf(ctx: WriteContext, ref: QuarterRef, what: string): ReportRow {
  const row = currentRow(ctx.db, ref);
  if (row.status === 'finalized') {
    throw new AppError(
      'CONFLICT',
      `Báo cáo ${quarterLabel(ref.year, ref.quarter)} đã hoàn thành (số ${row.number}) nên không ${what} được. Muốn sửa, hãy tạo bản điều chỉnh và ghi lý do: bản đã hoàn thành vẫn được giữ nguyên.`,
    );
  }
  return row;
}

/** Compiles the quarter's report as a draft from the records; a quarter that has not begun has nothing to report. */
export function openQuarterlyReport(ctx: WriteContext, read: ReportReadContext, ref: QuarterRef): QuarterlyReport {
  if (reportRows(ctx.db, ref).length > 0) return requireQuarterlyReport(ctx.db, ref);
  const [from] = quarterRange(ref.year, ref.quarter);
  if (from > read.today) throw new AppError('BAD_INPUT', `Chưa lập được báo cáo ${quarterLabel(ref.year, ref.quarter)} vì quý này chưa bắt đầu.`);
  const sections = JSON.stringify(compileQuarter(read, ref));
  const now = ctx.clock.now().toISOString();
  return changeReport(ctx, ref, () => {
    const { lastInsertRowid } = ctx.db
      .prepare("INSERT INTO quarterly_report (year, quarter, version, status, sections_json, compiled_at, created_at) VALUES (?, ?, 1, 'draft', ?, ?, ?)")
      .run(ref.year, ref.quarter, sections, now, now);
    return { action: 'open', entity, entityId: Number(lastInsertRowid), after: { ...ref, version: 1 } };
  });
}

/** Compiles the draft's figures again; rewritten narratives stay, the others follow the new figures. */
export function refreshQuarterlyReport(ctx: WriteContext, read: ReportReadContext, ref: QuarterRef): QuarterlyReport {
  const row = draftOf(ctx, ref, 'cập nhật số liệu');
  const sections = JSON.stringify(compileQuarter(read, ref));
  return changeReport(ctx, ref, () => {
    ctx.db.prepare('UPDATE quarterly_report SET sections_json = ?, compiled_at = ? WHERE id = ?').run(sections, ctx.clock.now().toISOString(), row.id);
    return { action: 'refresh', entity, entityId: row.id };
  });
}

/** Rewrites a section's narrative; an empty text goes back to the sentence compiled from the figures. */
export function saveNarrative(ctx: WriteContext, input: QuarterRef & { section: ReportSectionKey; text: string }): QuarterlyReport {
  const row = draftOf(ctx, input, 'sửa nội dung');
  return changeReport(ctx, input, () => {
    const before = ctx.db.prepare('SELECT text FROM quarterly_report_narrative WHERE report_id = ? AND section = ?').get(row.id, input.section) as { text: string } | undefined;
    if (input.text === '') ctx.db.prepare('DELETE FROM quarterly_report_narrative WHERE report_id = ? AND section = ?').run(row.id, input.section);
    else {
      ctx.db
        .prepare('INSERT INTO quarterly_report_narrative (report_id, section, text, edited) VALUES (?, ?, ?, 1) ON CONFLICT (report_id, section) DO UPDATE SET text = excluded.text, edited = 1')
        .run(row.id, input.section, input.text);
    }
    return { action: 'saveNarrative', entity, entityId: row.id, before: { section: input.section, text: before?.text ?? null }, after: { section: input.section, text: input.text } };
  });
}

/**
 * Finalizes the draft as it stands: the next "…/BC-UBND" number of the year, dated today, and every
 * section's narrative written down, so that neither the figures nor the text can change afterwards.
 */
export function finalizeQuarterlyReport(ctx: WriteContext, read: ReportReadContext, ref: QuarterRef): QuarterlyReport {
  const row = draftOf(ctx, ref, 'hoàn thành lại');
  const draft = requireQuarterlyReport(ctx.db, ref);
  return changeReport(ctx, ref, () => {
    const { symbol } = registerDocument(ctx, {
      typeCode: 'BC',
      issuerCode: 'UBND',
      title: `Báo cáo kết quả thực hiện dân chủ ở cơ sở ${quarterLabel(ref.year, ref.quarter)}`,
      issuedOn: read.today,
      entity,
      entityId: row.id,
    });
    const keep = ctx.db.prepare('INSERT INTO quarterly_report_narrative (report_id, section, text, edited) VALUES (?, ?, ?, 0) ON CONFLICT (report_id, section) DO NOTHING');
    for (const section of draft.sections) keep.run(row.id, section.key, section.narrative);
    const finalizedAt = ctx.clock.now().toISOString();
    ctx.db
      .prepare("UPDATE quarterly_report SET status = 'finalized', number = ?, issued_on = ?, finalized_at = ?, finalized_by = ? WHERE id = ?")
      .run(symbol, read.today, finalizedAt, ctx.actorId, row.id);
    return { action: 'finalize', entity, entityId: row.id, after: { ...ref, version: row.version, number: symbol, issuedOn: read.today } };
  });
}

/** Opens the next version from the finalized one, narratives included; the finalized version stays as it is. */
export function startCorrection(ctx: WriteContext, input: QuarterRef & { reason: string }): QuarterlyReport {
  const row = currentRow(ctx.db, input);
  if (row.status !== 'finalized') throw new AppError('CONFLICT', 'Báo cáo chưa hoàn thành nên có thể sửa trực tiếp, không cần tạo bản điều chỉnh.');
  const now = ctx.clock.now().toISOString();
  return changeReport(ctx, input, () => {
    const id = Number(
      ctx.db
        .prepare("INSERT INTO quarterly_report (year, quarter, version, status, sections_json, compiled_at, correction_reason, created_at) VALUES (?, ?, ?, 'draft', ?, ?, ?, ?)")
        .run(row.year, row.quarter, row.version + 1, row.sections_json, row.compiled_at, input.reason, now).lastInsertRowid,
    );
    ctx.db.prepare('INSERT INTO quarterly_report_narrative (report_id, section, text, edited) SELECT ?, section, text, edited FROM quarterly_report_narrative WHERE report_id = ?').run(id, row.id);
    return { action: 'startCorrection', entity, entityId: id, after: { version: row.version + 1, reason: input.reason } };
  });
}
