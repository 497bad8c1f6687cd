import type { Permission } from '../api/accounts';
import { budgetReportKey, type AttachableEntity } from '../api/attachments';
import { budgetStages } from '../api/budget';
import * as budgetStore from '../budget/store';
import type { Db } from '../db/database';

export interface AttachableRecord {
  /** A locked record (a disclosed report, a finalized minute) still accepts attachments but keeps the ones it has. */
  locked: boolean;
}

/** What the attachments service needs to know about each kind of record that accepts attachments. */
export interface AttachableEntityRules {
  /** Needed to add or delete the record's attachments. */
  writePermission: Permission;
  /** Needed to see them when records.read is not enough (a petitioner's letter carries personal data). */
  readPermission?: Permission;
  /** The record, or null when there is none with this id. */
  find(db: Db, entityId: string): AttachableRecord | null;
  notFoundMessage: string;
  /** Why an attachment of a locked record cannot be deleted. */
  lockedMessage: string;
}

function findBudgetReport(db: Db, key: string): AttachableRecord | null {
  const [yearText = '', stage = '', versionText = ''] = key.split(':');
  const year = Number(yearText);
  const version = Number(versionText);
  const known = budgetStages.find((name) => name === stage);
  // Only the canonical spelling, so that one report never has its files under two keys.
  if (!known || !Number.isInteger(year) || !Number.isInteger(version) || budgetReportKey({ year, stage: known, version }) !== key) return null;
  const stageRow = budgetStore.stageRows(db, year).find((row) => row.stage === known);
  const report = stageRow ? budgetStore.reportRows(db, stageRow.id).find((row) => row.version === version) : undefined;
  return report ? { locked: report.status !== 'draft' } : null;
}

/** The row a key names when the key is a row id, read with `sql` (one `?` for the id). */
function rowById<T>(db: Db, sql: string, key: string): T | undefined {
  return /^[1-9]\d{0,15}$/.test(key) ? (db.prepare(sql).get(Number(key)) as T | undefined) : undefined;
}

function findMeeting(db: Db, key: string): AttachableRecord | null {
  const row = rowById<{ status: string }>(db, 'SELECT status FROM meeting WHERE id = ?', key);
  return row ? { locked: row.status === 'finalized' } : null;
}

function findCriteriaAssessment(db: Db, key: string): AttachableRecord | null {
  const row = rowById<{ appraised_on: string | null }>(db, 'SELECT appraised_on FROM criteria_assessment WHERE id = ?', key);
  return row ? { locked: row.appraised_on !== null } : null;
}

function findBoardActivity(db: Db, key: string): AttachableRecord | null {
  // A board's minutes and photos stay removable: an activity is never locked.
  return rowById(db, 'SELECT id FROM board_activity WHERE id = ?', key) ? { locked: false } : null;
}

function findPetition(db: Db, key: string): AttachableRecord | null {
  const row = rowById<{ status: string }>(db, 'SELECT status FROM petition WHERE id = ?', key);
  return row ? { locked: row.status === 'closed' } : null;
}

function findDisclosure(db: Db, key: string): AttachableRecord | null {
  const row = rowById<{ status: string }>(db, 'SELECT status FROM disclosure WHERE id = ?', key);
  // Photos of the posting are the proof of a disclosure: kept once it has ended or been replaced.
  return row ? { locked: row.status === 'ended' || row.status === 'reDisclosed' } : null;
}

/** Every record that accepts attachments; a capability adds its entry next to its name in main/api/attachments.ts. */
export const attachableEntities: Record<AttachableEntity, AttachableEntityRules> = {
  budgetReport: {
    writePermission: 'budget.write',
    find: findBudgetReport,
    notFoundMessage: 'Không tìm thấy phiên bản báo cáo công khai ngân sách này.',
    lockedMessage: 'Báo cáo đã công khai nên không xóa được ảnh, bản chụp đã đính kèm. Vẫn có thể đính kèm thêm tệp.',
  },
  meeting: {
    writePermission: 'meetings.write',
    find: findMeeting,
    notFoundMessage: 'Không tìm thấy cuộc họp này.',
    lockedMessage: 'Biên bản đã hoàn thiện nên không xóa được tệp đã đính kèm (bản ký, ảnh). Vẫn có thể đính kèm thêm tệp.',
  },
  criteriaAssessment: {
    writePermission: 'criteria.score',
    find: findCriteriaAssessment,
    notFoundMessage: 'Không tìm thấy hồ sơ tự chấm điểm này.',
    lockedMessage: 'Hồ sơ đã được cấp trên thẩm định nên không xóa được tệp minh chứng đã đính kèm.',
  },
  boardActivity: {
    writePermission: 'boards.write',
    find: findBoardActivity,
    notFoundMessage: 'Không tìm thấy hoạt động kiểm tra, giám sát này.',
    lockedMessage: 'Không xóa được tệp đính kèm của hoạt động này.',
  },
  disclosure: {
    writePermission: 'disclosures.write',
    find: findDisclosure,
    notFoundMessage: 'Không tìm thấy bản ghi công khai này.',
    lockedMessage: 'Bản ghi công khai đã kết thúc nên không xóa được ảnh, bản chụp đã đính kèm. Vẫn có thể đính kèm thêm tệp.',
  },
  petition: {
    writePermission: 'petitions.write',
    readPermission: 'petitions.personalData',
    find: findPetition,
    notFoundMessage: 'Không tìm thấy phản ánh, kiến nghị này.',
    lockedMessage: 'Phản ánh này đã đóng nên không xóa được tệp đã đính kèm. Vẫn có thể đính kèm thêm tệp.',
  },
};
