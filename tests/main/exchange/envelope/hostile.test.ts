import { readFileSync } from 'node:fs';
import { readBatchBuffer, readBatchFile } from '../../../../main/exchange/envelope/read';
import type { ReadOptions, ReadResult } from '../../../../main/exchange/envelope/read';
import { TAG } from '../../../../main/exchange/envelope/format';
import { writeBatchFile } from '../../../../main/exchange/envelope/write';
import type { Unzipped } from './support';
import { attachmentSha, centralHeader, editJson, otherSigner, patchBytes, resign, rezip, sampleBatch, save, tempFolder, trusted, unzip, wardSigner } from './support';

let folder: string;
let good: Buffer;
const records = 'data/records/budget_disclosures.jsonl';
const attachmentPath = `data/files/${attachmentSha.slice(0, 2)}/${attachmentSha}`;

beforeAll(async () => {
  folder = tempFolder();
  good = readFileSync((await writeBatchFile(folder, sampleBatch(), wardSigner)).path);
});

async function goodBag(): Promise<Unzipped> {
  return unzip(good);
}

function expectRejected(result: ReadResult, code: string, message: string): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.reason.code).toBe(code);
  expect(result.reason.message).toContain(message);
}

const read = (zip: Buffer, options: ReadOptions = trusted): Promise<ReadResult> => readBatchBuffer(zip, options);

describe('the file itself', () => {
  it('refuses an empty file', async () => {
    expectRejected(await readBatchFile(save(folder, 'empty.sdc.zip', Buffer.alloc(0)), trusted), 'EMPTY_FILE', 'Tệp rỗng');
  });

  it('refuses a text file renamed to .zip', async () => {
    expectRejected(await readBatchFile(save(folder, 'note.sdc.zip', Buffer.from('Báo cáo quý 1\n')), trusted), 'NOT_A_ZIP', 'không phải tệp zip');
  });

  it('refuses a truncated file', async () => {
    const result = await readBatchFile(save(folder, 'cut.sdc.zip', good.subarray(0, Math.floor(good.length / 2))), trusted);
    expectRejected(result, 'ZIP_DAMAGED', 'Tệp bị cắt cụt hoặc hỏng (không đọc được cấu trúc zip)');
  });

  it('refuses a file over the size limit without reading it', async () => {
    const result = await readBatchFile(save(folder, 'big.sdc.zip', good), { ...trusted, limits: { maxFileBytes: 1000 } });
    expectRejected(result, 'FILE_TOO_LARGE', 'lớn hơn giới hạn');
    expect(result.ok || result.fileSha256).toBeNull();
  });
});

describe('zip entries', () => {
  it('refuses thousands of entries before reading any of them', async () => {
    const extra = Array.from({ length: 3000 }, (_, i) => ({ name: `26734_DELTA_000042_20260315_0190f5c2/data/x/${i}`, bytes: Buffer.alloc(0) }));
    const result = await read(await rezip(await goodBag(), extra), { ...trusted, limits: { maxEntries: 2000 } });
    expectRejected(result, 'TOO_MANY_ENTRIES', 'quá nhiều mục');
    expect(result.ok || result.reason.detail).toBe('3010 entries > 2000');
  }, 30_000);

  it.each([
    ['a parent segment', '../zzzzzzz', 'parent segment'],
    ['an absolute path', '/zzzzzzzzz', 'absolute path'],
    ['a drive letter', 'C:/zzzzzzz', 'drive letter'],
    ['a backslash', 'qq\\zzzzzzz', 'backslash'],
    ['a Vietnamese letter', 'qq/\u00e2zzzzzz', 'characters outside'],
  ])('refuses an entry name with %s', async (_, unsafe, why) => {
    const zip = patchBytes(await rezip(await goodBag(), [{ name: 'qqQzzzzzzz', bytes: Buffer.from('x') }]), 'qqQzzzzzzz', unsafe);
    const result = await read(zip);
    expectRejected(result, 'UNSAFE_ENTRY_NAME', 'tên mục không an toàn');
    expect(result.ok || result.reason.detail).toContain(why);
  });

  it('refuses a symlink entry', async () => {
    const bag = await goodBag();
    const zip = await rezip(bag, [{ name: `${bag.root}/data/link`, bytes: Buffer.from('/etc/passwd'), mode: 0o120777 }]);
    expectRejected(await read(zip), 'SYMLINK_ENTRY', 'liên kết tượng trưng');
  });

  it('refuses an encrypted entry', async () => {
    const bag = await goodBag();
    const zip = await rezip(bag);
    const header = centralHeader(zip, `${bag.root}/${TAG.summary}`);
    zip.writeUInt16LE(zip.readUInt16LE(header + 8) | 1, header + 8);
    expectRejected(await read(zip), 'ENCRYPTED_ENTRY', 'mã hóa bằng mật khẩu zip');
  });

  it('refuses duplicate entry names, also when only the letter case differs', async () => {
    const bag = await goodBag();
    for (const name of [`${bag.root}/${TAG.summary}`, `${bag.root}/doc-toi.txt`]) {
      expectRejected(await read(await rezip(bag, [{ name, bytes: Buffer.from('x') }])), 'DUPLICATE_ENTRY', 'trùng tên');
    }
  });

  it('refuses a file beside the bag directory', async () => {
    expectRejected(await read(await rezip(await goodBag(), [{ name: 'readme.txt', bytes: Buffer.from('x') }])), 'BAG_LAYOUT', 'đúng một thư mục');
  });
});

describe('zip bombs', () => {
  const zeros = Buffer.alloc(50 * 1024 * 1024);

  it('refuses 50 MB of zeros by its declared size and by its compression ratio', async () => {
    const bag = await goodBag();
    const zip = await rezip(bag, [{ name: `${bag.root}/data/files/00/zeros`, bytes: zeros }]);
    expectRejected(await read(zip, { ...trusted, limits: { maxEntryBytes: 10 * 1024 * 1024 } }), 'EXPANSION_DECLARED', 'bom zip');
    const result = await read(zip);
    expectRejected(result, 'EXPANSION_DECLARED', 'bom zip');
    expect(result.ok || result.reason.detail).toMatch(/ratio/);
  });

  it('stops inflating as soon as an entry yields more than it declared', async () => {
    const bag = await goodBag();
    const name = `${bag.root}/data/files/00/zeros`;
    const zip = await rezip(bag, [{ name, bytes: zeros }]);
    zip.writeUInt32LE(1000, centralHeader(zip, name) + 24);
    expectRejected(await read(zip), 'EXPANSION_ACTUAL', 'bom zip');
  });

  it('refuses entries whose declared sizes add up to more than the limit', async () => {
    const result = await read(good, { ...trusted, limits: { maxTotalBytes: 500 } });
    expectRejected(result, 'EXPANSION_DECLARED', 'bom zip');
    expect(result.ok || result.reason.detail).toMatch(/^total \d+ bytes > 500$/);
  });
});

describe('the bag', () => {
  it('refuses a bag without its Vietnamese summary', async () => {
    const bag = await goodBag();
    bag.files.delete(TAG.summary);
    expectRejected(await read(await rezip(bag)), 'MISSING_BAG_FILE', 'DOC-TOI.txt');
  });

  it('refuses a record file with one byte changed', async () => {
    const bag = await goodBag();
    const bytes = Buffer.from(bag.files.get(records)!);
    bytes[bytes.indexOf('1234567')] = '9'.charCodeAt(0);
    bag.files.set(records, bytes);
    expectRejected(await read(await rezip(bag)), 'PAYLOAD_HASH_MISMATCH', records);
  });

  it('refuses a changed tag file', async () => {
    const bag = await goodBag();
    editJson(bag, TAG.header, (header) => Object.assign(header, { seq: 43 }));
    expectRejected(await read(await rezip(bag)), 'TAGMANIFEST_MISMATCH', 'danh sách mã băm đã ký');
  });

  it('refuses a payload file added after signing and one that went missing', async () => {
    const added = await goodBag();
    added.files.set('data/files/ab/extra', Buffer.from('thêm'));
    expectRejected(await read(await rezip(added)), 'PAYLOAD_NOT_IN_MANIFEST', 'data/files/ab/extra');
    const removed = await goodBag();
    removed.files.delete(attachmentPath);
    expectRejected(await read(await rezip(removed)), 'MANIFEST_ENTRY_MISSING', attachmentPath);
  });

  it('refuses a Payload-Oxum that does not match the payload', async () => {
    const bag = await goodBag();
    bag.files.set(TAG.bagInfo, Buffer.from(bag.files.get(TAG.bagInfo)!.toString('utf8').replace(/Payload-Oxum: \d+/, 'Payload-Oxum: 1')));
    expectRejected(await read(await rezip(resign(bag, wardSigner))), 'PAYLOAD_OXUM_MISMATCH', 'Payload-Oxum');
  });

  it('refuses invalid UTF-8 in a record file, naming the file', async () => {
    const bag = await goodBag();
    const bytes = Buffer.from(bag.files.get(records)!);
    bytes.set([0xc3, 0x28], bytes.indexOf('Dự'));
    bag.files.set(records, bytes);
    expectRejected(await read(await rezip(resign(bag, wardSigner, true))), 'INVALID_UTF8', `tệp ${records}`);
  });

  it('refuses a broken JSON line, naming its line number', async () => {
    const bag = await goodBag();
    const lines = bag.files.get(records)!.toString('utf8').split('\n');
    lines[1] = lines[1]!.slice(0, -1);
    bag.files.set(records, Buffer.from(lines.join('\n')));
    expectRejected(await read(await rezip(resign(bag, wardSigner, true))), 'INVALID_JSONL', `tệp ${records}, dòng 2`);
  });

  it('refuses a record whose hash does not match its data', async () => {
    const bag = await goodBag();
    bag.files.set(records, Buffer.from(bag.files.get(records)!.toString('utf8').replace('Dự toán', 'Dự toan')));
    expectRejected(await read(await rezip(resign(bag, wardSigner, true))), 'RECORD_INVALID', 'dòng 1');
  });
});

describe('the header', () => {
  it('refuses a newer major format version, saying which', async () => {
    const bag = await goodBag();
    editJson(bag, TAG.header, (header) => Object.assign(header, { formatVersion: '2.0', kind: 'something-new' }));
    const result = await read(await rezip(resign(bag, wardSigner)));
    expectRejected(result, 'NEWER_MAJOR_VERSION', 'Hãy cập nhật Sổ Dân Chủ');
    expect(result.ok || result.reason.message).toContain('lô theo định dạng 2.0, phần mềm này đọc được 1.x');
  });

  it('refuses a header that fails the schema', async () => {
    const bag = await goodBag();
    editJson(bag, TAG.header, (header) => Object.assign(header, { seq: -1 }));
    const result = await read(await rezip(resign(bag, wardSigner)));
    expectRejected(result, 'HEADER_INVALID', 'batch.json');
    expect(result.ok || result.reason.detail).toMatch(/^seq:/);
  });

  it('refuses a header that lies about the record count', async () => {
    const bag = await goodBag();
    editJson(bag, TAG.header, (header) => Object.assign(header, { counts: { budget_disclosures: 5, meeting_minutes: 1 } }));
    expectRejected(await read(await rezip(resign(bag, wardSigner))), 'COUNTS_MISMATCH', 'dữ liệu budget_disclosures');
  });

  it('refuses a header that lies about the attachments', async () => {
    const bag = await goodBag();
    editJson(bag, TAG.header, (header) => Object.assign(header, { files: { count: 0, bytes: 0 } }));
    expectRejected(await read(await rezip(resign(bag, wardSigner))), 'COUNTS_MISMATCH', 'tệp đính kèm');
  });
});

describe('the signature', () => {
  it('refuses a key nobody registered, showing its fingerprint', async () => {
    expectRejected(await read(good, { trustedKeys: () => undefined }), 'UNKNOWN_KEY', `dấu vân tay ${wardSigner.fingerprint}`);
  });

  it('refuses a registered key that belongs to another unit', async () => {
    const elsewhere: ReadOptions = { trustedKeys: () => ({ publicKeyJwkX: wardSigner.publicKeyJwkX, unitCode: '99999' }) };
    expectRejected(await read(good, elsewhere), 'KEY_UNIT_MISMATCH', 'đơn vị khác');
  });

  it('refuses a signature made by another key under the ward key’s name', async () => {
    const impostor = { ...otherSigner, fingerprint: wardSigner.fingerprint, publicKeyJwkX: wardSigner.publicKeyJwkX };
    expectRejected(await read(await rezip(resign(await goodBag(), impostor))), 'SIGNATURE_INVALID', 'Chữ ký của lô dữ liệu không hợp lệ');
  });

  it('refuses a bag re-signed by another (even registered) key without changing the header', async () => {
    const both: ReadOptions = {
      trustedKeys: (fp) => {
        const signer = [wardSigner, otherSigner].find((s) => s.fingerprint === fp);
        return signer && { publicKeyJwkX: signer.publicKeyJwkX, unitCode: '26734' };
      },
    };
    expectRejected(await read(await rezip(resign(await goodBag(), otherSigner)), both), 'SIGNATURE_INVALID', 'không hợp lệ');
  });
});
