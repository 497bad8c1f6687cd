import { Readable } from 'node:stream';
import { z } from 'zod';
import type { AttachableEntity } from '../../api/attachments';
import type { Db } from '../../db/database';
import type { AttachmentSource } from '../envelope/write';
import type { ExportKind } from './export';
import type { OutgoingRecord } from './versions';

/**
 * How a record's data names an attachment it carries (docs/exchange-format.md §6.1, §13): the bytes travel as
 * `data/files/<sha256>`, the name and type here, covered by the record hash.
 */
export const attachmentRefSchema = z
  .object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), name: z.string().min(1), mediaType: z.string().min(1), size: z.number().int().min(1) })
  .strict();
export type AttachmentRef = z.infer<typeof attachmentRefSchema>;

type RefRow = { sha256: string; file_name: string; media_type: string; size_bytes: number };

/** For a capability's exchange.ts: the attachments of one of its records, oldest first. */
export function attachmentRefs(db: Db): (entity: AttachableEntity, entityId: string | number) => AttachmentRef[] {
  const rows = db.prepare('SELECT sha256, file_name, media_type, size_bytes FROM attachment WHERE entity = ? AND entity_id = ? ORDER BY id');
  return (entity, entityId) =>
    (rows.all(entity, String(entityId)) as RefRow[]).map((row) => ({ sha256: row.sha256, name: row.file_name, mediaType: row.media_type, size: row.size_bytes }));
}

/** Every attachment reference anywhere in a record's data, in the order met. */
export function referencedFiles(data: unknown): AttachmentRef[] {
  if (Array.isArray(data)) return data.flatMap(referencedFiles);
  if (data === null || typeof data !== 'object') return [];
  if ('sha256' in data) {
    const ref = attachmentRefSchema.safeParse(data);
    if (ref.success) return [ref.data];
  }
  return Object.values(data).flatMap(referencedFiles);
}

export type FileToSend = { sha256: string; size: number };

/**
 * The files the live records of a batch reference and this ward still holds: every one in a snapshot, only those
 * never sent before in a delta. A tombstone carries none.
 */
export function filesToSend(db: Db, records: readonly OutgoingRecord[], kind: ExportKind): FileToSend[] {
  const stored = db.prepare('SELECT size_bytes FROM attachment WHERE sha256 = ? LIMIT 1').pluck();
  const sent = db.prepare('SELECT 1 FROM exchange_sent_file WHERE sha256 = ?');
  const files = new Map<string, number>();
  for (const record of records.filter((r) => !r.deleted)) {
    for (const { sha256 } of referencedFiles(record.data)) {
      const size = stored.get(sha256) as number | undefined;
      if (size !== undefined && !files.has(sha256) && (kind === 'snapshot' || !sent.get(sha256))) files.set(sha256, size);
    }
  }
  return [...files].map(([sha256, size]) => ({ sha256, size }));
}

/** The stored bytes of one attachment, read from the database only when the zip reaches the file. */
export function attachmentSource(db: Db, file: FileToSend): AttachmentSource {
  const content = db.prepare('SELECT content FROM attachment WHERE sha256 = ? LIMIT 1').pluck();
  return {
    size: file.size,
    open: () =>
      Readable.from(
        (function* () {
          yield content.get(file.sha256) as Buffer;
        })(),
        { objectMode: false },
      ),
  };
}

/** Remembers the files a written batch carried; the batch that first carried a file stays its `first_seq`. */
export function rememberSentFiles(db: Db, files: readonly FileToSend[], seq: number): void {
  const insert = db.prepare('INSERT INTO exchange_sent_file (sha256, first_seq) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING');
  for (const file of files) insert.run(file.sha256, seq);
}
