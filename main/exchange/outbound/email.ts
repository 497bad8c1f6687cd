import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AppError } from '../../api/errors';
import type { Db } from '../../db/database';
import type { Clock } from '../../runtime/ports';
import { keptBatchPath, senderProfile, vietnamWallClock, type SentBatch } from './export';
import { DEFAULT_PART_BYTES } from './parts';

/** Above this a batch goes by USB: the part size a batch is split at by default, for the same mail servers. */
export const EMAIL_MAX_BYTES = DEFAULT_PART_BYTES;
const CRLF = '\r\n';

/** Base64 in lines of 76 characters (RFC 2045). */
function base64Lines(bytes: Uint8Array): string {
  return (Buffer.from(bytes).toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);
}

/** RFC 2047 encoded words of at most 75 characters, never splitting a character, folded onto continuation lines. */
export function encodedWords(text: string): string {
  const words: string[] = [];
  let chunk = '';
  for (const character of text) {
    if (Buffer.byteLength(chunk + character, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += character;
  }
  words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date in Vietnam's offset: `Mon, 02 Mar 2026 09:00:00 +0700`. */
function mailDate(instant: Date): string {
  const local = vietnamWallClock(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return `${DAYS[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} ${time} +0700`;
}

/** «số 12», or «số 12 (phần 1/3)» for a part of a split batch. */
const numbered = (batch: SentBatch): string => `số ${batch.seq}${batch.part ? ` (phần ${batch.part.index}/${batch.part.count})` : ''}`;

/** A draft message with one attachment; without `to`, the operator fills in the address in the mail program. */
export type DraftMessage = {
  from?: string;
  to?: string;
  subject: string;
  /** Plain text, lines separated by \n. */
  body: string;
  attachment: { fileName: string; mediaType: string; bytes: Uint8Array };
};

/** The .eml text (RFC 5322, MIME multipart), marked unsent so the mail program opens it as a draft. */
export function draftMessage(message: DraftMessage, now: Date): string {
  const boundary = `sdc-${randomBytes(12).toString('hex')}`;
  const { fileName, mediaType, bytes } = message.attachment;
  const lines = [
    ...(message.from ? [`From: ${message.from}`] : []),
    ...(message.to ? [`To: ${message.to}`] : []),
    `Subject: ${encodedWords(message.subject)}`,
    `Date: ${mailDate(now)}`,
    'MIME-Version: 1.0',
    'X-Unsent: 1',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(Buffer.from(message.body, 'utf8')),
    `--${boundary}`,
    `Content-Type: ${mediaType}; name="${fileName}"`,
    `Content-Disposition: attachment; filename="${fileName}"`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(bytes),
    `--${boundary}--`,
    '',
  ];
  return lines.join(CRLF);
}

/** A batch file's .eml name: `<batch>.eml`. */
export const emlName = (batchFileName: string): string => batchFileName.replace(/\.sdc\.zip$/, '.eml');

/**
 * A draft e-mail (.eml, opened by the mail program for the operator to send) to the superior office, with the
 * batch file attached: one part of a split batch per message, each part having its own seq. A file over 20 MB
 * (a single attachment larger than a part) is refused with the advice to use a USB stick.
 */
export function emailDraft(ctx: { db: Db; dataDir: string; clock: Clock }, seq: number): { fileName: string; text: string } {
  const profile = senderProfile(ctx.db);
  if (!profile.superiorEmail) throw new AppError('CONFLICT', 'Chưa khai báo địa chỉ thư điện tử của cơ quan cấp trên. Hãy nhập trong mục Thông tin đơn vị.');
  const { batch, path } = keptBatchPath(ctx, seq);
  const bytes = readFileSync(path);
  if (bytes.byteLength > EMAIL_MAX_BYTES) {
    throw new AppError('CONFLICT', `Lô số ${seq} nặng ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB, quá 20 MB nên không gửi được qua thư điện tử. Hãy ghi lô vào USB và chuyển trực tiếp.`);
  }
  const body = [
    `Kính gửi ${profile.superiorName},`,
    '',
    `${profile.name} (mã ${profile.code}) gửi lô dữ liệu ${numbered(batch)} lập lúc ${batch.createdAt}, tệp ${batch.fileName}.`,
    ...(batch.part ? [`Lô được tách thành ${batch.part.count} phần, mỗi phần một thư; các phần nhập theo thứ tự nào cũng được.`] : []),
    `Mã SHA-256 của tệp: ${batch.fileSha256}.`,
    'Đề nghị nhập tệp đính kèm vào Sổ Dân Chủ; không sửa, không nén lại tệp.',
  ].join('\n');
  const text = draftMessage(
    {
      ...(profile.email ? { from: profile.email } : {}),
      to: profile.superiorEmail,
      subject: `Lô dữ liệu ${numbered(batch)} của ${profile.name}`,
      body,
      attachment: { fileName: batch.fileName, mediaType: 'application/zip', bytes },
    },
    ctx.clock.now(),
  );
  return { fileName: emlName(batch.fileName), text };
}
