import { createHash } from 'node:crypto';
import { hasPermission, type AccountRole } from '../api/accounts';
import { attachmentFileMessages, MAX_ATTACHMENT_BYTES, type AttachableEntity, type AttachmentInfo, type AttachmentMediaType } from '../api/attachments';
import type { Parsed } from '../api/contract';
import { AppError } from '../api/errors';
import type { GeneratedFile } from '../api/files';
import { auditedWrite, type WriteContext } from '../audit/audit';
import type { Db } from '../db/database';
import { attachableEntities } from './entities';
import { detectMediaType, savingName } from './fileType';

/** Adding and deleting need the write permission of the attached record, so the service is told the caller's role. */
export interface AttachmentWriteContext extends WriteContext {
  role: AccountRole;
}

interface AttachmentRow {
  id: number;
  entity: AttachableEntity;
  entity_id: string;
  file_name: string;
  media_type: AttachmentMediaType;
  size_bytes: number;
  sha256: string;
  note: string;
  created_at: string;
  created_by: string;
}

const INFO_COLUMNS = `a.id, a.entity, a.entity_id, a.file_name, a.media_type, a.size_bytes, a.sha256, a.note, a.created_at, acc.full_name AS created_by
  FROM attachment a JOIN account acc ON acc.id = a.created_by`;

const NOT_FOUND = 'Không tìm thấy tệp đính kèm này.';

function toInfo(row: AttachmentRow): AttachmentInfo {
  return {
    id: row.id,
    entity: row.entity,
    entityId: row.entity_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    note: row.note,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

/** What the change history keeps of an attachment: everything but its content. */
function auditView(info: AttachmentInfo) {
  return { attachedTo: info.entity, recordId: info.entityId, fileName: info.fileName, mediaType: info.mediaType, sizeBytes: info.sizeBytes, sha256: info.sha256, note: info.note };
}

function attachmentInfo(db: Db, id: number): AttachmentInfo {
  const row = db.prepare(`SELECT ${INFO_COLUMNS} WHERE a.id = ?`).get(id) as AttachmentRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', NOT_FOUND);
  return toInfo(row);
}

const FORBIDDEN = 'Tài khoản của bạn không có quyền thực hiện thao tác này.';

function requireWritePermission(ctx: AttachmentWriteContext, entity: AttachableEntity): void {
  if (!hasPermission(ctx.role, attachableEntities[entity].writePermission)) throw new AppError('FORBIDDEN', FORBIDDEN);
}

function requireReadPermission(role: AccountRole, entity: AttachableEntity): void {
  const needed = attachableEntities[entity].readPermission;
  if (needed && !hasPermission(role, needed)) throw new AppError('FORBIDDEN', FORBIDDEN);
}

function requireRecord(db: Db, entity: AttachableEntity, entityId: string): void {
  const rules = attachableEntities[entity];
  if (!rules.find(db, entityId)) throw new AppError('NOT_FOUND', rules.notFoundMessage);
}

/** The content's real type; an empty, oversized or foreign file is refused by its name. */
function checkedMediaType(fileName: string, content: Buffer): AttachmentMediaType {
  if (content.length === 0) throw new AppError('INVALID_FILE', attachmentFileMessages.empty(fileName));
  if (content.length > MAX_ATTACHMENT_BYTES) throw new AppError('INVALID_FILE', attachmentFileMessages.tooLarge(fileName));
  const mediaType = detectMediaType(content);
  if (!mediaType) throw new AppError('INVALID_FILE', attachmentFileMessages.notImageOrPdf(fileName));
  return mediaType;
}

export function listAttachments(db: Db, role: AccountRole, record: { entity: AttachableEntity; entityId: string }): AttachmentInfo[] {
  requireReadPermission(role, record.entity);
  const rows = db.prepare(`SELECT ${INFO_COLUMNS} WHERE a.entity = ? AND a.entity_id = ? ORDER BY a.id`).all(record.entity, record.entityId) as AttachmentRow[];
  return rows.map(toInfo);
}

export function addAttachment(ctx: AttachmentWriteContext, input: Parsed<'attachments.add'>): AttachmentInfo {
  requireWritePermission(ctx, input.entity);
  requireRecord(ctx.db, input.entity, input.entityId);
  const content = Buffer.from(input.contentBase64, 'base64');
  const mediaType = checkedMediaType(input.fileName, content);
  const sha256 = createHash('sha256').update(content).digest('hex');
  return auditedWrite(ctx, () => {
    const duplicate = ctx.db.prepare('SELECT 1 FROM attachment WHERE entity = ? AND entity_id = ? AND sha256 = ?').get(input.entity, input.entityId, sha256);
    if (duplicate) throw new AppError('CONFLICT', 'Tệp này đã được đính kèm.');
    const id = Number(
      ctx.db
        .prepare(
          `INSERT INTO attachment (entity, entity_id, file_name, media_type, size_bytes, sha256, content, note, created_at, created_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(input.entity, input.entityId, input.fileName, mediaType, content.length, sha256, content, input.note, ctx.clock.now().toISOString(), ctx.actorId).lastInsertRowid,
    );
    const info = attachmentInfo(ctx.db, id);
    return { result: info, change: { action: 'create', entity: 'attachment', entityId: id, after: auditView(info) } };
  });
}

export function getAttachmentFile(db: Db, role: AccountRole, id: number): GeneratedFile {
  const row = db.prepare('SELECT entity, file_name, media_type, content FROM attachment WHERE id = ?').get(id) as
    | { entity: AttachableEntity; file_name: string; media_type: AttachmentMediaType; content: Buffer }
    | undefined;
  if (!row) throw new AppError('NOT_FOUND', NOT_FOUND);
  requireReadPermission(role, row.entity);
  return { fileName: savingName(row.file_name, row.media_type), mediaType: row.media_type, contentBase64: row.content.toString('base64') };
}

/** Deleting keeps a locked record's evidence: the attachments of a disclosed report stay. */
export function deleteAttachment(ctx: AttachmentWriteContext, id: number): null {
  return auditedWrite(ctx, () => {
    const info = attachmentInfo(ctx.db, id);
    requireWritePermission(ctx, info.entity);
    if (attachableEntities[info.entity].find(ctx.db, info.entityId)?.locked) {
      throw new AppError('LOCKED', attachableEntities[info.entity].lockedMessage);
    }
    ctx.db.prepare('DELETE FROM attachment WHERE id = ?').run(id);
    return { result: null, change: { action: 'delete', entity: 'attachment', entityId: id, before: auditView(info) } };
  });
}
