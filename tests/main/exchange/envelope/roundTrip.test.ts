import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { canonicalJson, recordHash } from '../../../../main/exchange/envelope/canonical';
import { readBatchBuffer, readBatchFile } from '../../../../main/exchange/envelope/read';
import { writeBatchFile } from '../../../../main/exchange/envelope/write';
import { FORMAT_VERSION, TAG } from '../../../../main/exchange/envelope/format';
import { attachment, attachmentSha, editJson, rezip, resign, sampleBatch, tempFolder, trusted, unzip, wardSigner } from './support';

describe('writing and reading a batch file', () => {
  it('reads back exactly what was written, with record hashes and the file hash', async () => {
    const folder = tempFolder();
    const written = await writeBatchFile(folder, sampleBatch(), wardSigner);
    const read = await readBatchFile(written.path, trusted);
    if (!read.ok) throw new Error(read.reason.detail);
    expect(read.header).toMatchObject({ ...sampleBatch().header, format: 'so-dan-chu/batch', formatVersion: FORMAT_VERSION, keyFingerprint: wardSigner.fingerprint });
    expect(read.header.counts).toEqual({ budget_disclosures: 2, meeting_minutes: 1 });
    expect(read.header.files).toEqual({ count: 1, bytes: attachment.length });
    const [first] = read.records.budget_disclosures!;
    expect(first).toEqual({ ...sampleBatch().records.budget_disclosures![0], dataset: 'budget_disclosures', hash: recordHash(first!.data) });
    expect(read.records.meeting_minutes).toHaveLength(1);
    expect(Buffer.from(read.files[attachmentSha]!)).toEqual(attachment);
    const fileSha = createHash('sha256').update(readFileSync(written.path)).digest('hex');
    expect(read.fileSha256).toBe(fileSha);
    expect(written).toMatchObject({ fileSha256: fileSha, batchHash: read.batchHash });
  });

  it('writes under the final ASCII name and leaves no temporary file behind', async () => {
    const folder = tempFolder();
    const written = await writeBatchFile(folder, sampleBatch(), wardSigner);
    expect(written.fileName).toBe('26734_DELTA_000042_20260315_0190f5c2.sdc.zip');
    expect(written.fileName).toMatch(/^[\x21-\x7e]+$/);
    expect(readdirSync(folder)).toEqual([written.fileName]);
    await expect(writeBatchFile(folder, sampleBatch(), wardSigner)).rejects.toThrow('không ghi đè');
    expect(readdirSync(folder)).toEqual([written.fileName]);
  });

  it('puts the bag in one base directory with the BagIt files and a Vietnamese summary', async () => {
    const written = await writeBatchFile(tempFolder(), sampleBatch(), wardSigner);
    const bag = await unzip(readFileSync(written.path));
    expect(bag.root).toBe('26734_DELTA_000042_20260315_0190f5c2');
    expect([...bag.files.keys()]).toEqual(expect.arrayContaining([...Object.values(TAG), `data/files/${attachmentSha.slice(0, 2)}/${attachmentSha}`]));
    expect(bag.files.get(TAG.summary)!.toString('utf8')).toContain('Đơn vị gửi: UBND phường Hòa Bình (mã 26734)');
    expect(bag.files.get(TAG.bagInfo)!.toString('utf8')).toMatch(/Payload-Oxum: \d+\.3\n/);
  });

  it('refuses attachment bytes that do not match their hash', async () => {
    const batch = sampleBatch();
    batch.files = { [attachmentSha]: Buffer.from('khác') };
    await expect(writeBatchFile(tempFolder(), batch, wardSigner)).rejects.toThrow('do not hash');
  });

  it('accepts a newer minor version and ignores the fields it does not know', async () => {
    const written = await writeBatchFile(tempFolder(), sampleBatch(), wardSigner);
    const bag = await unzip(readFileSync(written.path));
    editJson(bag, TAG.header, (header) => Object.assign(header, { formatVersion: '1.7', futureField: { any: 1 } }));
    const read = await readBatchBuffer(await rezip(resign(bag, wardSigner)), trusted);
    expect(read.ok && read.header.formatVersion).toBe('1.7');
  });
});

describe('canonical JSON (RFC 8785 subset)', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: [1, { d: 'đ', c: null }], a: true, é: 1.5 })).toBe('{"a":true,"b":[1,{"c":null,"d":"đ"}],"é":1.5}');
    expect(recordHash({ x: 1, y: 2 })).toBe(recordHash({ y: 2, x: 1 }));
    expect(() => canonicalJson({ at: new Date(0) })).toThrow('plain objects');
  });
});
