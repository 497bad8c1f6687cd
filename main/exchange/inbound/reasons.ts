/** Why the import refused a file or a line after the envelope accepted it (the envelope's own codes: envelope/reasons.ts). */
export const IMPORT_MESSAGES = {
  UNREADABLE: 'Không đọc được tệp (không tồn tại hoặc không có quyền đọc).',
  ALREADY_RECEIVED: 'Đã nhận tệp này trước đây; không có gì thay đổi.',
  DUPLICATE_BATCH: 'Đã nhận lô dữ liệu này trước đây (cùng nội dung, tệp khác); không có gì thay đổi.',
  KEY_REVOKED: 'Khóa ký của lô dữ liệu đã bị thu hồi nên lô không được nhập. Hãy đề nghị đơn vị gửi lại lô ký bằng khóa mới đã đăng ký.',
  NO_OFFICE_CODE: 'Chưa khai báo mã đơn vị của cơ quan này (Thông tin đơn vị) nên chưa kiểm tra được lô gửi cho ai.',
  WRONG_RECIPIENT: 'Lô dữ liệu gửi cho một đơn vị khác, không phải cơ quan này.',
  INSTALLATION_MISMATCH: 'Khóa ký được đăng ký cho một máy cài đặt khác với máy ghi trong lô dữ liệu.',
  RECEIPT_NOT_IMPORTABLE: 'Tệp là giấy báo nhận cấp trên gửi xuống xã, phường, không phải lô dữ liệu của xã, phường.',
  DIRECTIVE_NOT_IMPORTABLE: 'Tệp là văn bản (bộ tiêu chí, bộ biểu mẫu) cấp trên gửi xuống xã, phường, không phải lô dữ liệu của xã, phường.',
  FORK: 'Số thứ tự lô này của máy gửi đã được nhận với nội dung khác (có thể do cài lại hoặc khôi phục dữ liệu): lô được giữ lại để xem xét, chưa nhập.',
  OTHER_UNIT: 'Bản ghi ghi đơn vị sở hữu khác với đơn vị ký lô dữ liệu.',
  ID_OF_OTHER_UNIT: 'Mã bản ghi này đã thuộc về bản ghi của một đơn vị khác.',
  UNKNOWN_DATASET: 'Loại dữ liệu này không có trong danh mục của phần mềm.',
  NEWER_SCHEMA: 'Bản ghi theo cấu trúc mới hơn phiên bản phần mềm này đọc được. Hãy cập nhật Sổ Dân Chủ rồi nhập lại.',
} as const;

export type ImportCode = keyof typeof IMPORT_MESSAGES;

export function importMessage(code: ImportCode, where?: string): string {
  return where ? `${IMPORT_MESSAGES[code]} (${where})` : IMPORT_MESSAGES[code];
}
