import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../../files/atomicWrite';
import { sha256Hex } from '../envelope/canonical';
import type { ReadBatch } from '../envelope/read';
import { referencedFiles } from '../outbound/attachments';

/** The superior's store of received attachments: `received-files/<sha256[0:2]>/<sha256>` in its data folder. */
export const RECEIVED_FILES = 'received-files';

/** An attachment a record of the batch references but neither the batch nor the store holds. */
export type MissingFile = { dataset: string; recordId: string; sha256: string; name: string; message: string };

export function receivedFilePath(dataDir: string, sha256: string): string {
  return join(dataDir, RECEIVED_FILES, sha256.slice(0, 2), sha256);
}

/**
 * Keeps the attachments of a batch just applied, each under its hash, written once and read-only. The reader has
 * already checked every byte against the signed manifest and against the file's name.
 */
export function storeReceivedFiles(dataDir: string, files: ReadBatch['files']): void {
  for (const [sha256, bytes] of Object.entries(files)) {
    const path = receivedFilePath(dataDir, sha256);
    if (existsSync(path)) continue;
    mkdirSync(join(dataDir, RECEIVED_FILES, sha256.slice(0, 2)), { recursive: true });
    writeFileAtomically(path, bytes);
    chmodSync(path, 0o444);
  }
}

/** A received attachment's bytes, checked against its hash again (a damaged disk); null when not received. */
export function readReceivedFile(dataDir: string, sha256: string): Buffer | null {
  const path = receivedFilePath(dataDir, sha256);
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  if (sha256Hex(bytes) !== sha256) throw new Error(`Tệp đính kèm ${sha256} đã nhận bị hỏng trên đĩa (mã SHA-256 không khớp).`);
  return bytes;
}

/** An attachment a live record of a batch references and the batch does not carry. */
export type UncarriedFile = { dataset: string; recordId: string; sha256: string; name: string };

/** Found while the batch is verified (on the verifier's thread): a walk through every record's data. */
export function uncarriedFiles(read: ReadBatch): UncarriedFile[] {
  return Object.entries(read.records).flatMap(([dataset, lines]) =>
    lines
      .filter((line) => !line.deleted)
      .flatMap((line) =>
        referencedFiles(line.data)
          .filter((ref) => !read.files[ref.sha256])
          .map((ref) => ({ dataset, recordId: line.id, sha256: ref.sha256, name: ref.name })),
      ),
  );
}

/**
 * The uncarried files that were not received before either: the records are applied all the same (the file may
 * come in another part of a split batch, or in a later snapshot).
 */
export function missingFiles(dataDir: string, uncarried: readonly UncarriedFile[]): MissingFile[] {
  return uncarried
    .filter((file) => !existsSync(receivedFilePath(dataDir, file.sha256)))
    .map((file) => ({
      ...file,
      message: `Chưa nhận được tệp đính kèm «${file.name}» của bản ghi ${file.recordId} (${file.dataset}): bản ghi vẫn được nhập; tệp sẽ được lưu khi nhập phần lô chứa nó.`,
    }));
}
