import { readdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { sha256Hex } from '../../../../main/exchange/envelope/canonical';
import { readBatchFile } from '../../../../main/exchange/envelope/read';
import { writeBatchFile, type AttachmentSource } from '../../../../main/exchange/envelope/write';
import { sampleBatch, tempFolder, trusted, wardSigner } from '../envelope/support';
import { pdf } from './support';

/** A source yielding `bytes` in chunks of 64 KiB, opened only when the zip reaches it. */
function chunked(bytes: Buffer): AttachmentSource & { opened: number } {
  const source = {
    opened: 0,
    size: bytes.length,
    open() {
      source.opened += 1;
      return Readable.from(Array.from({ length: Math.ceil(bytes.length / 65_536) }, (_, i) => bytes.subarray(i * 65_536, (i + 1) * 65_536)));
    },
  };
  return source;
}

describe('streaming attachments into a batch file', () => {
  it('writes a streamed file stored as it is, opened once, and reads back the same bytes', async () => {
    const scan = pdf(3 * 1024 * 1024 + 17);
    const sha = sha256Hex(scan);
    const source = chunked(scan);
    const written = await writeBatchFile(tempFolder(), { ...sampleBatch(), files: { [sha]: source } }, wardSigner);
    const read = await readBatchFile(written.path, trusted);
    if (!read.ok) throw new Error(read.reason.detail);
    expect(sha256Hex(read.files[sha]!)).toBe(sha);
    expect(read.header.files).toEqual({ count: 1, bytes: scan.length });
    expect(source.opened).toBe(1);
  });

  it('refuses a source whose bytes do not hash to its name, or that fails, and leaves no file behind', async () => {
    const folder = tempFolder();
    const declared = sha256Hex(Buffer.from('khác'));
    await expect(writeBatchFile(folder, { ...sampleBatch(), files: { [declared]: chunked(pdf(100_000)) } }, wardSigner)).rejects.toThrow('do not hash');
    const broken: AttachmentSource = { size: 10, open: () => new Readable({ read() { this.destroy(new Error('ổ đĩa hỏng')); } }) };
    await expect(writeBatchFile(folder, { ...sampleBatch(), files: { [declared]: broken } }, wardSigner)).rejects.toThrow('ổ đĩa hỏng');
    const short: AttachmentSource = { size: 200_000, open: () => Readable.from([pdf(100_000)]) };
    await expect(writeBatchFile(folder, { ...sampleBatch(), files: { [declared]: short } }, wardSigner)).rejects.toThrow();
    expect(readdirSync(folder)).toEqual([]);
  });
});
