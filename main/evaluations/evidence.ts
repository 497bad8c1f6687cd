/**
 * The ward's own records that an indicator's score can point to: a meeting (with its minutes number
 * once finalized), a disclosed budget report, an attached file. Labels are read from the records each
 * time, so that a renamed meeting shows its current title and a deleted record says so.
 */
import { AppError } from '../api/errors';
import { budgetStages, type BudgetStage } from '../api/budget';
import type { EvidenceKind, EvidenceRecord } from '../api/criteria';
import { stageSubject } from '../budget/documents';
import type { Db } from '../db/database';
import { formatShortDate } from '../documents/vietnamese';

type Row = Record<string, unknown>;

const MEETING_SELECT = `SELECT m.id, m.title, m.date,
  (SELECT minutes_number FROM minutes_version v WHERE v.meeting_id = m.id ORDER BY v.version DESC LIMIT 1) AS minutes_number
  FROM meeting m`;

function meetingEvidence(row: Row): EvidenceRecord {
  const minutes = row.minutes_number ? `, biên bản số ${String(row.minutes_number)}` : '';
  return { kind: 'meeting', refId: String(row.id), label: `${String(row.title)} (${formatShortDate(String(row.date))}${minutes})`, date: String(row.date) };
}

const REPORT_SELECT = `SELECT s.year, s.stage, r.version, d.posted_on
  FROM budget_report r JOIN budget_stage s ON s.id = r.stage_id JOIN budget_disclosure d ON d.report_id = r.id`;

function reportEvidence(row: Row): EvidenceRecord {
  const stage = row.stage as BudgetStage;
  const version = Number(row.version) > 1 ? ` (bản điều chỉnh lần ${Number(row.version) - 1})` : '';
  const subject = stageSubject[stage];
  return {
    kind: 'budgetReport',
    refId: `${Number(row.year)}:${stage}:${Number(row.version)}`,
    label: `Công khai ${subject} năm ${Number(row.year)}${version}, niêm yết ngày ${formatShortDate(String(row.posted_on))}`,
    date: String(row.posted_on),
  };
}

const entityNames: Record<string, string> = { meeting: 'cuộc họp', budgetReport: 'báo cáo ngân sách', criteriaAssessment: 'hồ sơ tự chấm điểm' };
const ATTACHMENT_SELECT = 'SELECT id, entity, file_name, created_at FROM attachment';

function attachmentEvidence(row: Row): EvidenceRecord {
  const owner = entityNames[String(row.entity)] ?? 'hồ sơ';
  return { kind: 'attachment', refId: String(row.id), label: `Tệp "${String(row.file_name)}" (đính kèm ${owner})`, date: String(row.created_at).slice(0, 10) };
}

/** The year's meetings, disclosed budget reports and attached files, newest first within each kind. */
export function evidenceCandidates(db: Db, year: number): EvidenceRecord[] {
  const pattern = `${year}-%`;
  const meetings = db.prepare(`${MEETING_SELECT} WHERE m.date LIKE ? ORDER BY m.date DESC, m.id DESC`).all(pattern) as Row[];
  const reports = db.prepare(`${REPORT_SELECT} WHERE s.year = ? OR d.posted_on LIKE ? ORDER BY d.posted_on DESC`).all(year, pattern) as Row[];
  const files = db.prepare(`${ATTACHMENT_SELECT} WHERE created_at LIKE ? ORDER BY created_at DESC, id DESC`).all(pattern) as Row[];
  return [...meetings.map(meetingEvidence), ...reports.map(reportEvidence), ...files.map(attachmentEvidence)];
}

function parseReportRef(refId: string): { year: number; stage: BudgetStage; version: number } | null {
  const [year, stage, version] = refId.split(':');
  const known = budgetStages.find((name) => name === stage);
  if (!known || !/^\d{4}$/.test(year ?? '') || !/^[1-9]\d{0,5}$/.test(version ?? '')) return null;
  return { year: Number(year), stage: known, version: Number(version) };
}

/** The record a link points to, or null when it does not exist (any more). */
function findEvidence(db: Db, kind: EvidenceKind, refId: string): EvidenceRecord | null {
  if (kind === 'budgetReport') {
    const ref = parseReportRef(refId);
    const row = ref && (db.prepare(`${REPORT_SELECT} WHERE s.year = ? AND s.stage = ? AND r.version = ?`).get(ref.year, ref.stage, ref.version) as Row | undefined);
    return row ? reportEvidence(row) : null;
  }
  if (!/^[1-9]\d{0,15}$/.test(refId)) return null;
  const row = kind === 'meeting' ? (db.prepare(`${MEETING_SELECT} WHERE m.id = ?`).get(Number(refId)) as Row | undefined) : (db.prepare(`${ATTACHMENT_SELECT} WHERE id = ?`).get(Number(refId)) as Row | undefined);
  if (!row) return null;
  return kind === 'meeting' ? meetingEvidence(row) : attachmentEvidence(row);
}

const missingLabels: Record<EvidenceKind, string> = {
  meeting: 'Cuộc họp đã bị xóa',
  budgetReport: 'Báo cáo công khai ngân sách không còn',
  attachment: 'Tệp đính kèm đã bị xóa',
};

/** What a stored link shows: the record, or a line saying it is gone. */
export function evidenceOrMissing(db: Db, kind: EvidenceKind, refId: string): EvidenceRecord {
  return findEvidence(db, kind, refId) ?? { kind, refId, label: missingLabels[kind], date: null };
}

export function requireEvidence(db: Db, kind: EvidenceKind, refId: string): EvidenceRecord {
  const found = findEvidence(db, kind, refId);
  if (!found) throw new AppError('NOT_FOUND', `${missingLabels[kind]} hoặc không tồn tại; không gắn làm minh chứng được.`);
  return found;
}
