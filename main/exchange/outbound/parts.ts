import type { FileToSend } from './attachments';

/** A part fits one e-mail: common mail servers refuse larger messages once base64 adds a third. */
export const DEFAULT_PART_BYTES = 20 * 1024 * 1024;
/** What a part holds besides its records and files: the tag files and the zip's own headers, generously. */
const PART_OVERHEAD_BYTES = 64 * 1024;

/**
 * Spreads the files of a batch over parts of at most `partBytes` (docs/exchange-format.md §13): the records go in
 * the first part, the files largest first into the first part with room (first-fit decreasing); a file larger
 * than a part goes alone in its own. One part when everything fits.
 */
export function planParts(recordBytes: number, files: readonly FileToSend[], partBytes: number): FileToSend[][] {
  const parts = [{ used: PART_OVERHEAD_BYTES + recordBytes, files: [] as FileToSend[] }];
  const largestFirst = [...files].sort((a, b) => b.size - a.size || (a.sha256 < b.sha256 ? -1 : 1));
  for (const file of largestFirst) {
    let part = parts.find((p) => p.used + file.size <= partBytes);
    if (!part) {
      part = { used: PART_OVERHEAD_BYTES, files: [] };
      parts.push(part);
    }
    part.files.push(file);
    part.used += file.size;
  }
  return parts.map((p) => p.files);
}
