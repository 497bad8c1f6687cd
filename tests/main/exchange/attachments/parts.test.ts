import { readFileSync, rmSync, statSync } from 'node:fs';
import { sha256Hex } from '../../../../main/exchange/envelope/canonical';
import { TAG } from '../../../../main/exchange/envelope/format';
import type { WrittenPart } from '../../../../main/exchange/outbound/export';
import { unzip } from '../envelope/support';
import { consolidated } from '../inbound/support';
import { PROFILE } from '../outbound/seed';
import { disclosureWithFiles, exportParts, importAll, pdf, readPart, startWard, storedFiles, superiorOf, type Ward } from './support';

const PART_BYTES = 1024 * 1024;
const SMALL = 300_000;
const LARGE = 1_300_000;

/** The attachment of an e-mail draft, decoded. */
function emlAttachment(eml: string): { fileName: string; bytes: Buffer; subject: string } {
  const [head, ...rest] = eml.split('\r\n\r\n');
  const subjectLine = head!.replace(/\r\n /g, ' ').split('\r\n').find((h) => h.startsWith('Subject: '))!;
  const subject = [...subjectLine.matchAll(/=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=/g)].map((m) => Buffer.from(m[1]!, 'base64').toString('utf8')).join('');
  const boundary = /boundary="([^"]+)"/.exec(head!)![1]!;
  const attachment = rest.join('\r\n\r\n').split(`--${boundary}`).find((p) => p.includes('Content-Disposition: attachment'))!;
  const fileName = /filename="([^"]+)"/.exec(attachment)![1]!;
  return { fileName, subject, bytes: Buffer.from(attachment.split('\r\n\r\n')[1]!.replace(/\r\n/g, ''), 'base64') };
}

describe('a batch too large for one file, written in parts', () => {
  let ward: Ward;
  let shas: string[];
  let parts: WrittenPart[];
  beforeAll(async () => {
    ward = await startWard();
    await ward.app.call('ward.saveProfile', { ...PROFILE, superiorCode: 'SNV-01', superiorEmail: 'vanthu@sonoivu.hanoi.gov.vn' });
    ({ shas } = await disclosureWithFiles(ward, [...Array.from({ length: 10 }, () => pdf(SMALL)), pdf(LARGE)]));
    parts = await exportParts(ward, 'snapshot', PART_BYTES);
  });
  afterAll(() => {
    ward.db.close();
    ward.app.dispose();
    rmSync(ward.usb, { recursive: true, force: true });
  });

  it('writes signed parts with consecutive numbers, each verifying alone, the records in the first, every file once', async () => {
    const count = parts.length;
    expect(count).toBeGreaterThanOrEqual(4);
    const reads = await Promise.all(parts.map((part) => readPart(ward, part.path)));
    expect(reads.map((r) => r.header.seq)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(reads.map((r) => r.header.part)).toEqual(Array.from({ length: count }, (_, i) => ({ index: i + 1, count, firstSeq: 1 })));
    expect(reads.map((r) => r.header.prevBatchHash)).toEqual([null, ...reads.slice(0, -1).map((r) => r.batchHash)]);
    expect(reads[0]!.records.disclosures).toHaveLength(1);
    expect(reads.slice(1).every((r) => Object.keys(r.records).length === 0 && r.header.covers.length === 0)).toBe(true);
    const carried = reads.flatMap((r) => Object.keys(r.files));
    expect(carried.sort()).toEqual([...shas].sort());

    for (const [index, part] of parts.entries()) {
      const bag = await unzip(readFileSync(part.path));
      expect(bag.files.get(TAG.bagInfo)!.toString('utf8')).toContain(`Bag-Count: ${index + 1} of ${count}\n`);
      expect(bag.files.get(TAG.summary)!.toString('utf8')).toContain(`Phần ${index + 1}/${count}`);
    }
    // Only the file larger than a part makes its part larger than a part, and it travels alone.
    const oversized = reads.filter((_, index) => statSync(parts[index]!.path).size > PART_BYTES);
    expect(oversized.map((r) => Object.values(r.files).map((f) => f.byteLength))).toEqual([[LARGE]]);
  });

  it('lists each part as sent, with its place in the batch', async () => {
    const sent = await ward.app.call('exchange.listSent', {});
    expect(sent.map((b) => [b.seq, b.kind, b.part])).toEqual(parts.map((_, i) => [i + 1, 'snapshot', { index: i + 1, count: parts.length }]).reverse());
    expect(sent.at(-1)!.counts).toMatchObject({ disclosures: 1 });
    expect(sent[0]!.counts).toEqual({});
  });

  it('drafts one e-mail per part, each carrying its part only and saying which part it is', async () => {
    for (const [index, part] of parts.entries()) {
      const draft = await ward.app.call('exchange.emailDraft', { seq: part.batch.seq });
      const mail = emlAttachment(Buffer.from(draft.contentBase64, 'base64').toString('utf8'));
      expect(mail.fileName).toBe(part.batch.fileName);
      // Hashes compared: toEqual on megabyte buffers walks them byte by byte.
      expect(sha256Hex(mail.bytes)).toBe(part.batch.fileSha256);
      expect(mail.subject).toBe(`Lô dữ liệu số ${part.batch.seq} (phần ${index + 1}/${parts.length}) của ${PROFILE.name}`);
    }
  });

  it('gives the superior the same records and files whatever order the parts are imported in', async () => {
    const paths = parts.map((p) => p.path);
    const orders = [paths, [...paths].reverse(), [paths[2]!, paths[0]!, ...paths.slice(3), paths[1]!]];
    const states: unknown[] = [];
    for (const order of orders) {
      const office = await superiorOf(ward);
      const report = await importAll(office, order);
      expect(report.files.map((f) => f.result)).toEqual(order.map(() => 'applied'));
      expect(report.files.at(-1)!.gaps).toEqual([]);
      expect(storedFiles(office.dataDir)).toEqual([...shas].sort());
      states.push(consolidated(office.db));
    }
    expect(states[1]).toEqual(states[0]);
    expect(states[2]).toEqual(states[0]);
  });

  it('applies the records part before the files arrive and lists the files still to come, in Vietnamese', async () => {
    const office = await superiorOf(ward);
    const [first] = (await importAll(office, [parts[0]!.path])).files;
    const inFirst = Object.keys((await readPart(ward, parts[0]!.path)).files);
    expect(first).toMatchObject({ result: 'applied', counts: { new: 1 } });
    expect(first!.missingFiles!.map((m) => m.sha256).sort()).toEqual(shas.filter((sha) => !inFirst.includes(sha)).sort());
    expect(first!.missingFiles![0]!.message).toMatch(/^Chưa nhận được tệp đính kèm «Ảnh niêm yết \d+\.pdf» của bản ghi .+ \(disclosures\): bản ghi vẫn được nhập/);
    const [second] = (await importAll(office, [parts[1]!.path])).files;
    expect(second!.missingFiles).toBeUndefined();
  });
});
