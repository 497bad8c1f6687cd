import { REASON_MESSAGES, type ReadFailure } from '../envelope/reasons';
import { IMPORT_MESSAGES } from '../inbound/reasons';

/** Why a ward refused a file from its superior after (or instead of) the envelope's own reasons. */
export const DOWNLINK_MESSAGES = {
  ALREADY_RECEIVED: IMPORT_MESSAGES.ALREADY_RECEIVED,
  UNKNOWN_KEY: 'Tệp không được ký bằng khóa của cơ quan cấp trên đã ghi nhận. Nếu cấp trên đã đổi khóa, hãy ghi nhận khóa mới theo phiếu đăng ký có chữ ký, đóng dấu rồi nhập lại.',
  KEY_UNIT_MISMATCH: 'Tệp ghi đơn vị gửi khác với cơ quan cấp trên đã ghi nhận khóa.',
  INSTALLATION_MISMATCH: 'Khóa của cấp trên được ghi nhận cho một máy cài đặt khác với máy ghi trong tệp.',
  NOT_FROM_SUPERIOR: 'Tệp là lô dữ liệu gửi lên cấp trên, không phải giấy báo nhận hay bộ tiêu chí cấp trên gửi xuống.',
  NO_UNIT_CODE: 'Chưa khai báo mã đơn vị (Thông tin đơn vị) nên chưa kiểm tra được tệp gửi cho ai.',
  WRONG_RECIPIENT: 'Tệp cấp trên gửi cho một đơn vị khác, không phải đơn vị này.',
} as const;
export type DownlinkCode = keyof typeof DOWNLINK_MESSAGES;
export type Reason = { code: string; message: string; detail: string };

export function downlinkReason(code: DownlinkCode, detail: string, where?: string): Reason {
  return { code, message: where ? `${DOWNLINK_MESSAGES[code]} (${where})` : DOWNLINK_MESSAGES[code], detail };
}

/** The envelope's reason, in the ward's words where the superior-side wording would mislead ("register the unit's key"). */
export function envelopeReason(reason: ReadFailure): Reason {
  const code = reason.code;
  if (code !== 'UNKNOWN_KEY' && code !== 'KEY_UNIT_MISMATCH') return reason;
  return { ...reason, message: reason.message.replace(REASON_MESSAGES[code], DOWNLINK_MESSAGES[code]) };
}
