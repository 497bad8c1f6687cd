/** Consultations of the people (Art. 25–28): the period, the opinions received, and the synthesis disclosed as K11. */
import { AppError } from '../api/errors';
import { blankDisclosure, type Consultation, type ConsultationInput, type Disclosure, type ConsultationOpinion, type OpinionInput } from '../api/disclosures';
import { auditedWrite, type WriteContext } from '../audit/audit';
import type { Db } from '../db/database';
import { formatShortDate } from '../documents/vietnamese';
import { getDisclosure } from './queries';
import { builtInDisclosureRules, groupRules, inclusiveDays } from './rules';
import { insertLinkedRecord } from './service';
import type { DatedReadContext } from '../calendar/service';

interface Row {
  id: number;
  subject: string;
  forms_json: string;
  start_date: string;
  end_date: string;
  draft_published_at: string;
  synthesis: string;
  synthesis_date: string | null;
  note: string;
  disclosure_id: number | null;
}

const SELECT = 'SELECT c.*, (SELECT d.id FROM disclosure d WHERE d.consultation_id = c.id) AS disclosure_id FROM consultation c';

type OpinionRow = { id: number; consultation_id: number; source: ConsultationOpinion['source']; author: string; content: string; received_on: string; response: string };

const OPINIONS = 'SELECT o.id, o.consultation_id, o.source, o.author, o.content, o.received_on, o.response FROM consultation_opinion o';

const toOpinion = (row: OpinionRow): ConsultationOpinion => ({ id: row.id, consultationId: row.consultation_id, source: row.source, author: row.author, content: row.content, receivedOn: row.received_on, response: row.response });

function toConsultation(row: Row, opinions: ConsultationOpinion[]): Consultation {
  return {
    id: row.id,
    subject: row.subject,
    forms: JSON.parse(row.forms_json) as Consultation['forms'],
    startDate: row.start_date,
    endDate: row.end_date,
    draftPublishedAt: row.draft_published_at,
    synthesis: row.synthesis,
    synthesisDate: row.synthesis_date,
    note: row.note,
    opinions,
    disclosureId: row.disclosure_id,
  };
}

export function getConsultation(db: Db, id: number): Consultation {
  const row = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as Row | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy đợt lấy ý kiến này.');
  const opinions = db.prepare(`${OPINIONS} WHERE o.consultation_id = ? ORDER BY o.received_on, o.id`).all(id) as OpinionRow[];
  return toConsultation(row, opinions.map(toOpinion));
}

/** The consultations that started in `year`, newest first; their opinions are read in one query. */
export function listConsultations(db: Db, year: number): Consultation[] {
  const rows = db.prepare(`${SELECT} WHERE c.start_date LIKE ? ORDER BY c.start_date DESC, c.id DESC`).all(`${year}-%`) as Row[];
  const opinionRows = db
    .prepare(`${OPINIONS} JOIN consultation c ON c.id = o.consultation_id WHERE c.start_date LIKE ? ORDER BY o.received_on, o.id`)
    .all(`${year}-%`) as OpinionRow[];
  return rows.map((row) => toConsultation(row, opinionRows.filter((opinion) => opinion.consultation_id === row.id).map(toOpinion)));
}

/** Art. 26: the people have at least 20 days (the rule file's number) to give their opinions; a shorter period is refused. */
export function checkConsultationPeriod(startDate: string, endDate: string, minimumDays = builtInDisclosureRules.consultationMinimumDays): void {
  if (endDate < startDate) throw new AppError('BAD_INPUT', 'Ngày kết thúc không được trước ngày bắt đầu.', 'endDate');
  const length = inclusiveDays(startDate, endDate);
  if (length < minimumDays) {
    throw new AppError(
      'BAD_INPUT',
      `Thời gian lấy ý kiến phải ít nhất ${minimumDays} ngày; từ ${formatShortDate(startDate)} đến ${formatShortDate(endDate)} mới ${length} ngày.`,
      'endDate',
    );
  }
}

export function saveConsultation(ctx: WriteContext, input: ConsultationInput): Consultation {
  checkConsultationPeriod(input.startDate, input.endDate);
  if (input.synthesisDate !== null && input.synthesisDate < input.startDate) throw new AppError('BAD_INPUT', 'Ngày lập báo cáo tổng hợp không được trước ngày bắt đầu lấy ý kiến.', 'synthesisDate');
  const values = {
    subject: input.subject,
    forms_json: JSON.stringify([...new Set(input.forms)]),
    start_date: input.startDate,
    end_date: input.endDate,
    draft_published_at: input.draftPublishedAt,
    synthesis: input.synthesis,
    synthesis_date: input.synthesisDate,
    note: input.note,
  };
  return auditedWrite(ctx, () => {
    const before = input.id === undefined ? null : getConsultation(ctx.db, input.id);
    let id = input.id;
    if (id === undefined) {
      id = Number(
        ctx.db
          .prepare('INSERT INTO consultation (subject, forms_json, start_date, end_date, draft_published_at, synthesis, synthesis_date, note) VALUES (@subject, @forms_json, @start_date, @end_date, @draft_published_at, @synthesis, @synthesis_date, @note)')
          .run(values).lastInsertRowid,
      );
    } else {
      ctx.db
        .prepare('UPDATE consultation SET subject = @subject, forms_json = @forms_json, start_date = @start_date, end_date = @end_date, draft_published_at = @draft_published_at, synthesis = @synthesis, synthesis_date = @synthesis_date, note = @note WHERE id = @id')
        .run({ ...values, id });
    }
    const after = getConsultation(ctx.db, id);
    return { result: after, change: { action: before ? 'update' : 'create', entity: 'consultation', entityId: id, before, after } };
  });
}

export function deleteConsultation(ctx: WriteContext, id: number): null {
  const before = getConsultation(ctx.db, id);
  if (before.disclosureId !== null) throw new AppError('CONFLICT', 'Báo cáo tổng hợp của đợt lấy ý kiến này đã vào sổ công khai nên không xóa được đợt lấy ý kiến.');
  return auditedWrite(ctx, () => {
    ctx.db.prepare('DELETE FROM consultation WHERE id = ?').run(id);
    return { result: null, change: { action: 'delete', entity: 'consultation', entityId: id, before } };
  });
}

export function saveOpinion(ctx: WriteContext, input: OpinionInput): Consultation {
  getConsultation(ctx.db, input.consultationId);
  const values = { consultation_id: input.consultationId, source: input.source, author: input.author, content: input.content, received_on: input.receivedOn, response: input.response };
  return auditedWrite(ctx, () => {
    let id = input.id;
    if (id === undefined) {
      id = Number(
        ctx.db
          .prepare('INSERT INTO consultation_opinion (consultation_id, source, author, content, received_on, response) VALUES (@consultation_id, @source, @author, @content, @received_on, @response)')
          .run(values).lastInsertRowid,
      );
    } else {
      const changed = ctx.db
        .prepare('UPDATE consultation_opinion SET source = @source, author = @author, content = @content, received_on = @received_on, response = @response WHERE id = @id AND consultation_id = @consultation_id')
        .run({ ...values, id });
      if (changed.changes === 0) throw new AppError('NOT_FOUND', 'Không tìm thấy ý kiến này.');
    }
    return { result: getConsultation(ctx.db, input.consultationId), change: { action: input.id ? 'update' : 'create', entity: 'consultationOpinion', entityId: id, after: { ...input, id } } };
  });
}

export function deleteOpinion(ctx: WriteContext, id: number): Consultation {
  const before = ctx.db.prepare('SELECT * FROM consultation_opinion WHERE id = ?').get(id) as { consultation_id: number } | undefined;
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy ý kiến này.');
  return auditedWrite(ctx, () => {
    ctx.db.prepare('DELETE FROM consultation_opinion WHERE id = ?').run(id);
    return { result: getConsultation(ctx.db, before.consultation_id), change: { action: 'delete', entity: 'consultationOpinion', entityId: id, before } };
  });
}

/**
 * The synthesis and explanation report is itself disclosed as K11 (Art. 11(11), Art. 28): creates the
 * planned K11 register record linked to the consultation, dated by the report, with the group's default forms.
 */
export function discloseConsultationReport(ctx: WriteContext, read: DatedReadContext, consultationId: number): Disclosure {
  const consultation = getConsultation(ctx.db, consultationId);
  if (consultation.disclosureId !== null) throw new AppError('CONFLICT', 'Báo cáo tổng hợp của đợt lấy ý kiến này đã có trong sổ công khai.');
  if (consultation.synthesis === '' || consultation.synthesisDate === null) {
    throw new AppError('BAD_INPUT', 'Hãy nhập nội dung và ngày lập báo cáo tổng hợp, giải trình ý kiến trước khi đưa vào sổ công khai.');
  }
  const group = groupRules('K11');
  const plannedOn = read.days.addWorkingDays(consultation.synthesisDate, group.deadlineWorkingDays);
  return auditedWrite(ctx, () => {
    const id = insertLinkedRecord(
      ctx,
      {
        ...blankDisclosure,
        group: 'K11',
        title: `Báo cáo tổng hợp, giải trình ý kiến Nhân dân về ${consultation.subject}`,
        summary: consultation.synthesis.slice(0, 4000),
        decisionDate: consultation.synthesisDate,
        channels: group.defaultChannels,
        plannedOn,
      },
      consultationId,
    );
    const after = getDisclosure(read, id);
    return { result: after, change: { action: 'discloseConsultationReport', entity: 'disclosure', entityId: id, after } };
  });
}
