import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBatchFile } from '../../../main/exchange/envelope/read';
import { seqRanges } from '../../../main/exchange/inbound/receiptEmail';
import { refusalOf, type TestApp } from '../support/runtime';
import { tempFolder } from './envelope/support';
import { connectedWardAndOffice, importOnWard, pinAt, sendUp, SUPERIOR_PROFILE } from './downlink/support';
import { k7Disclosure } from '../disclosures/fixtures';
import { PROFILE } from './outbound/seed';

type ParsedEml = { headers: string[]; subject: string; body: string; attachment: { fileName: string; bytes: Buffer } };

const fromBase64Lines = (text: string) => Buffer.from(text.replace(/\r\n/g, ''), 'base64');

/** Headers unfolded, the subject's encoded words decoded, the text part and the one attachment decoded from base64. */
function parseEml(eml: string): ParsedEml {
  const [head, ...rest] = eml.split('\r\n\r\n');
  const headers = head!.replace(/\r\n /g, ' ').split('\r\n');
  const subjectLine = headers.find((h) => h.startsWith('Subject: '))!;
  const subject = [...subjectLine.matchAll(/=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=/g)].map((m) => Buffer.from(m[1]!, 'base64').toString('utf8')).join('');
  const boundary = /boundary="([^"]+)"/.exec(head!)![1]!;
  const parts = rest.join('\r\n\r\n').split(`--${boundary}`);
  const contentOf = (part: string) => part.split('\r\n\r\n')[1]!.trim();
  const text = parts.find((p) => p.includes('Content-Type: text/plain'))!;
  const attachment = parts.find((p) => p.includes('Content-Disposition: attachment'))!;
  const fileName = /filename="([^"]+)"/.exec(attachment)![1]!;
  return { headers, subject, body: fromBase64Lines(contentOf(text)).toString('utf8'), attachment: { fileName, bytes: fromBase64Lines(contentOf(attachment)) } };
}

describe('a receipt sent back by e-mail', () => {
  let ward: TestApp;
  let office: TestApp;
  beforeEach(async () => {
    ({ ward, office } = await connectedWardAndOffice({ sent: false }));
  });
  afterEach(() => [ward, office].forEach((app) => app.dispose()));

  it('is a draft to nobody with the signed receipt attached, listing the batches received and the missing numbers', async () => {
    await sendUp(ward, office);
    await ward.call('disclosures.save', { ...k7Disclosure, title: 'Lô số 2 không đến được cấp trên' });
    await ward.call('exchange.exportBatch', { kind: 'delta' });
    await sendUp(ward, office);

    const draft = await office.call('exchange.receiptEmailDraft', { unitCode: PROFILE.code });
    expect(draft.mediaType).toBe('message/rfc822');
    const eml = parseEml(Buffer.from(draft.contentBase64, 'base64').toString('utf8'));
    expect(draft.fileName).toBe(eml.attachment.fileName.replace('.sdc.zip', '.eml'));
    expect(eml.headers.some((h) => h.startsWith('To:'))).toBe(false);
    expect(eml.headers).toContain('X-Unsent: 1');
    expect(eml.headers).toContain('Date: Mon, 02 Mar 2026 09:00:00 +0700');
    expect(eml.subject).toBe(`Giấy báo nhận dữ liệu – ${PROFILE.name} – 02/03/2026`);
    expect(eml.body).toContain(`hãy nhập địa chỉ thư điện tử của ${PROFILE.name}`);
    expect(eml.body).toContain('Các lô dữ liệu đã nhận: số 1, 3 (2 lô).');
    expect(eml.body).toContain('Các số lô còn thiếu: 2.');

    // The receipt is kept in the office's outbox, byte for byte what the mail carries, signed with the office key.
    expect(readFileSync(join(office.dataDir, 'outbox', eml.attachment.fileName))).toEqual(eml.attachment.bytes);
    const file = join(tempFolder(), eml.attachment.fileName);
    writeFileSync(file, eml.attachment.bytes);
    const key = (await office.call('exchange.keyStatus', {}))!;
    const read = await readBatchFile(file, { trustedKeys: () => ({ publicKeyJwkX: key.publicKeyJwkX, unitCode: SUPERIOR_PROFILE.code }) });
    expect(read.ok && read.header).toMatchObject({ kind: 'receipt', recipientCode: PROFILE.code, unitCode: SUPERIOR_PROFILE.code });

    await pinAt(ward, office);
    expect(await importOnWard(ward, file)).toMatchObject({ result: 'applied' });
    expect((await ward.call('exchange.listSent', {})).map((b) => [b.seq, b.receiptStatus])).toEqual([[3, 'received'], [2, 'notAcknowledged'], [1, 'received']]);
  });

  it('says when nothing was received yet, and is refused for a unit never registered', async () => {
    const eml = parseEml(Buffer.from((await office.call('exchange.receiptEmailDraft', { unitCode: PROFILE.code })).contentBase64, 'base64').toString('utf8'));
    expect(eml.body).toContain('chưa nhận được lô dữ liệu nào');
    const refusal = await refusalOf(office.call('exchange.receiptEmailDraft', { unitCode: '99999' }));
    expect(refusal).toMatchObject({ code: 'NOT_FOUND', message: 'Đơn vị này chưa được đăng ký.' });
  });
});

describe('sequence numbers in a sentence', () => {
  it('joins consecutive numbers into ranges', () => {
    expect(seqRanges([1, 2, 3, 5, 7, 8])).toBe('1–3, 5, 7–8');
    expect(seqRanges([4])).toBe('4');
  });
});
