import { safeFileName } from '../../../main/api';
import { detectMediaType, savingName as rawSavingName } from '../../../main/attachments/fileType';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

describe('attachment file types', () => {
  it('are told by the first bytes of the content', () => {
    expect(detectMediaType(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'))).toBe('image/jpeg');
    expect(detectMediaType(bytes([0x89], 'PNG\r\n', [0x1a], '\n', 'IHDR'))).toBe('image/png');
    expect(detectMediaType(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
    expect(detectMediaType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('refuse anything else, including near misses', () => {
    expect(detectMediaType(bytes('MZ', [0x90, 0, 3]))).toBeNull();
    expect(detectMediaType(bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '))).toBeNull();
    expect(detectMediaType(bytes([0x89], 'PNG'))).toBeNull();
    expect(detectMediaType(bytes(' %PDF-1.7'))).toBeNull();
    expect(detectMediaType(Buffer.alloc(0))).toBeNull();
  });
});

/** Every name must pass files.save, which carries it to the save dialog. */
function savingName(...args: Parameters<typeof rawSavingName>): string {
  const name = rawSavingName(...args);
  expect(safeFileName.safeParse(name).success, name).toBe(true);
  return name;
}

describe('the name an attachment is saved under', () => {
  it('is ASCII without Vietnamese marks, with the extension of its real type', () => {
    expect(savingName('Ảnh niêm yết (1).JPEG', 'image/jpeg')).toBe('Anh-niem-yet-1.jpg');
    expect(savingName('Đống Đa - bảng tin.pdf', 'image/png')).toBe('Dong-Da-bang-tin.png');
    expect(savingName('scan.2026.01.10', 'application/pdf')).toBe('scan.2026.01.pdf');
  });

  it('falls back to a plain name when nothing readable is left, and stays short', () => {
    expect(savingName('ảnh', 'image/webp')).toBe('anh.webp');
    expect(savingName('——.png', 'image/png')).toBe('tep-dinh-kem.png');
    expect(savingName('.png', 'image/png')).toBe('tep-dinh-kem.png');
    const long = savingName(`${'a'.repeat(300)}.pdf`, 'application/pdf');
    expect(long).toMatch(/^a{100}\.pdf$/);
  });
});
