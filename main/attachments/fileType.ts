import type { AttachmentMediaType } from '../api/attachments';

const startsWith = (content: Buffer, signature: readonly number[]) => signature.every((byte, index) => content[index] === byte);
const asciiAt = (content: Buffer, offset: number, text: string) => content.subarray(offset, offset + text.length).toString('latin1') === text;

/** What the content is, told by its first bytes: a renamed file or a wrong declared type does not count. */
const signatures: { mediaType: AttachmentMediaType; matches(content: Buffer): boolean }[] = [
  { mediaType: 'image/jpeg', matches: (content) => startsWith(content, [0xff, 0xd8, 0xff]) },
  { mediaType: 'image/png', matches: (content) => startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { mediaType: 'image/webp', matches: (content) => asciiAt(content, 0, 'RIFF') && asciiAt(content, 8, 'WEBP') },
  { mediaType: 'application/pdf', matches: (content) => asciiAt(content, 0, '%PDF-') },
];

export function detectMediaType(content: Buffer): AttachmentMediaType | null {
  return signatures.find((signature) => signature.matches(content))?.mediaType ?? null;
}

const extensions: Record<AttachmentMediaType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

const FALLBACK_STEM = 'tep-dinh-kem';

/**
 * The name to save a file under: the original name without Vietnamese marks and with anything but
 * letters, digits, "." and "_" turned into one "-", ending in the extension of the content's real type
 * ("Ảnh niêm yết (1).JPEG" → "Anh-niem-yet-1.jpg").
 */
export function savingName(fileName: string, mediaType: AttachmentMediaType): string {
  const stem = fileName
    .replace(/\.[^.]*$/, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._]+/g, '-')
    .slice(0, 100)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  return `${stem || FALLBACK_STEM}.${extensions[mediaType]}`;
}
