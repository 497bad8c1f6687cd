import { mkdirSync, readFileSync } from 'node:fs';
import { AppError } from '../../api/errors';
import type { Db } from '../../db/database';
import { formatShortDate } from '../../documents/vietnamese';
import { vietnamDate } from '../../runtime/ports';
import { draftMessage, emlName } from '../outbound/email';
import { outboxDir, senderProfile } from '../outbound/export';
import { writeReceipt, type ReceiptContext } from './receipt';
import { gapsOf } from './sequence';

/** «1–3, 5, 7–8». */
export function seqRanges(seqs: readonly number[]): string {
  const ranges: [number, number][] = [];
  for (const seq of seqs) {
    const last = ranges.at(-1);
    if (last && seq === last[1] + 1) last[1] = seq;
    else ranges.push([seq, seq]);
  }
  return ranges.map(([from, to]) => (from === to ? String(from) : `${from}–${to}`)).join(', ');
}

/** What the receipt acknowledges, one paragraph per installation of the unit (usually one). */
function receivedLines(db: Db, unitCode: string): string[] {
  const rows = db.prepare('SELECT installation_id, seq FROM exchange_batch WHERE unit_code = ? ORDER BY installation_id, seq').all(unitCode) as { installation_id: string; seq: number }[];
  const byInstallation = new Map<string, number[]>();
  for (const row of rows) byInstallation.set(row.installation_id, [...(byInstallation.get(row.installation_id) ?? []), row.seq]);
  if (byInstallation.size === 0) return ['Cơ quan chưa nhận được lô dữ liệu nào của đơn vị.'];
  return [...byInstallation].flatMap(([installationId, seqs]) => {
    const gaps = gapsOf(seqs);
    return [
      ...(byInstallation.size > 1 ? [`Máy cài đặt ${installationId}:`] : []),
      `- Các lô dữ liệu đã nhận: số ${seqRanges(seqs)} (${seqs.length} lô).`,
      gaps.length > 0 ? `- Các số lô còn thiếu: ${seqRanges(gaps)}. Đề nghị gửi lại các lô này.` : '- Không thiếu số lô nào.',
    ];
  });
}

/**
 * Writes the unit's signed receipt into the app's outbox (as writeReceipt does into a chosen folder) and returns a
 * draft e-mail with it attached. The draft has no recipient: the officer types the ward's address in the mail program.
 */
export async function receiptEmailDraft(ctx: ReceiptContext, unitCode: string): Promise<{ fileName: string; text: string }> {
  const unit = ctx.db.prepare('SELECT name FROM exchange_unit WHERE unit_code = ?').get(unitCode) as { name: string } | undefined;
  if (!unit) throw new AppError('NOT_FOUND', 'Đơn vị này chưa được đăng ký.');
  const office = senderProfile(ctx.db, ['code']);
  const outbox = outboxDir(ctx.dataDir);
  mkdirSync(outbox, { recursive: true });
  const written = await writeReceipt(ctx, unitCode, outbox);
  const today = formatShortDate(vietnamDate(ctx.clock.now()));
  const body = [
    `[Thư chưa có địa chỉ người nhận: hãy nhập địa chỉ thư điện tử của ${unit.name} trong chương trình thư trước khi gửi.]`,
    '',
    `Kính gửi ${unit.name},`,
    '',
    `${office.name} gửi giấy báo nhận dữ liệu ngày ${today} (tệp ${written.fileName}, có chữ ký số của cơ quan):`,
    ...receivedLines(ctx.db, unitCode),
    '',
    'Đề nghị đơn vị nhập tệp đính kèm vào Sổ Dân Chủ để cập nhật tình trạng các lô đã gửi; không sửa, không nén lại tệp.',
  ].join('\n');
  const text = draftMessage(
    {
      ...(office.email ? { from: office.email } : {}),
      subject: `Giấy báo nhận dữ liệu – ${unit.name} – ${today}`,
      body,
      attachment: { fileName: written.fileName, mediaType: 'application/zip', bytes: readFileSync(written.path) },
    },
    ctx.clock.now(),
  );
  return { fileName: emlName(written.fileName), text };
}
