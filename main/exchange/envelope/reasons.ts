/** Why a reader refused a batch file, in the order the checks run (docs/exchange-format.md §9). */
export const REASON_MESSAGES = {
  EMPTY_FILE: 'Tệp rỗng (0 byte): không có dữ liệu để nhập.',
  FILE_TOO_LARGE: 'Tệp lớn hơn giới hạn cho phép của một lô dữ liệu.',
  NOT_A_ZIP: 'Tệp không phải là lô dữ liệu Sổ Dân Chủ (không phải tệp zip).',
  ZIP_DAMAGED: 'Tệp bị cắt cụt hoặc hỏng (không đọc được cấu trúc zip). Hãy chép lại tệp gốc từ USB hoặc thư điện tử.',
  TOO_MANY_ENTRIES: 'Tệp chứa quá nhiều mục nên bị từ chối để bảo vệ máy.',
  UNSAFE_ENTRY_NAME: 'Tệp chứa tên mục không an toàn (đường dẫn tuyệt đối, ổ đĩa, «..», dấu «\\» hoặc ký tự lạ).',
  DUPLICATE_ENTRY: 'Tệp chứa hai mục trùng tên.',
  SYMLINK_ENTRY: 'Tệp chứa liên kết tượng trưng (symlink); lô dữ liệu hợp lệ không bao giờ có.',
  ENCRYPTED_ENTRY: 'Tệp chứa mục bị mã hóa bằng mật khẩu zip; lô dữ liệu hợp lệ không dùng mã hóa zip.',
  UNSUPPORTED_ENTRY: 'Tệp dùng kiểu nén zip không được hỗ trợ.',
  BAG_LAYOUT: 'Tệp zip phải chứa đúng một thư mục gói dữ liệu (BagIt) và không có gì khác.',
  EXPANSION_DECLARED: 'Dung lượng giải nén khai báo trong tệp vượt giới hạn (nghi «bom zip»).',
  EXPANSION_ACTUAL: 'Dữ liệu giải nén vượt giới hạn hoặc nhiều hơn kích thước khai báo (nghi «bom zip»).',
  MISSING_BAG_FILE: 'Thiếu tệp bắt buộc của lô dữ liệu.',
  INVALID_UTF8: 'Tệp văn bản trong lô không phải UTF-8 hợp lệ (tệp bị sửa hoặc hỏng).',
  NOT_A_BAG: 'Tệp bagit.txt không đúng chuẩn BagIt 1.0.',
  MANIFEST_INVALID: 'Danh sách mã băm (manifest) sai cú pháp (tệp bị sửa hoặc hỏng).',
  TAGMANIFEST_MISMATCH: 'Các tệp mô tả lô không khớp với danh sách mã băm đã ký (tệp bị sửa hoặc hỏng).',
  PAYLOAD_NOT_IN_MANIFEST: 'Có tệp dữ liệu không nằm trong danh sách mã băm (bị thêm vào sau khi ký).',
  MANIFEST_ENTRY_MISSING: 'Thiếu tệp dữ liệu có trong danh sách mã băm (bị xóa hoặc mất khi sao chép).',
  PAYLOAD_HASH_MISMATCH: 'Mã băm của tệp dữ liệu không khớp (tệp bị sửa hoặc hỏng khi sao chép).',
  PAYLOAD_OXUM_MISMATCH: 'Tổng dung lượng hoặc số tệp dữ liệu không khớp với bag-info.txt (Payload-Oxum).',
  INVALID_JSON: 'Tệp JSON trong lô sai cú pháp.',
  NOT_A_BATCH: 'Tệp không phải lô dữ liệu Sổ Dân Chủ (batch.json sai định dạng).',
  NEWER_MAJOR_VERSION: 'Lô dữ liệu được tạo theo phiên bản định dạng mới hơn phiên bản phần mềm này đọc được. Hãy cập nhật Sổ Dân Chủ rồi nhập lại.',
  HEADER_INVALID: 'Phần đầu lô dữ liệu (batch.json) thiếu thông tin hoặc sai giá trị.',
  SIGNATURE_FILE_INVALID: 'Tệp chữ ký (signature.ed25519.json) sai định dạng.',
  UNKNOWN_KEY: 'Khóa ký của lô dữ liệu chưa được đăng ký. Hãy đăng ký khóa của đơn vị gửi (đối chiếu phiếu đăng ký khóa) rồi nhập lại.',
  KEY_UNIT_MISMATCH: 'Khóa ký đã đăng ký cho một đơn vị khác với đơn vị ghi trong lô dữ liệu.',
  SIGNATURE_INVALID: 'Chữ ký của lô dữ liệu không hợp lệ (tệp bị sửa sau khi ký hoặc ký bằng khóa khác).',
  INVALID_JSONL: 'Dòng dữ liệu sai cú pháp JSON.',
  RECORD_INVALID: 'Dòng dữ liệu không đúng cấu trúc bản ghi.',
  COUNTS_MISMATCH: 'Số bản ghi hoặc số tệp đính kèm khai báo trong batch.json không khớp với nội dung lô.',
} as const;

export type ReasonCode = keyof typeof REASON_MESSAGES;
export type ReadFailure = { code: ReasonCode; message: string; detail: string };

/** Thrown inside the reader and turned into `{ ok: false, reason }` at its edge; `where` is Vietnamese context for the user. */
export class BatchRejected extends Error {
  constructor(
    readonly code: ReasonCode,
    readonly detail: string,
    readonly where?: string,
  ) {
    super(`${code}: ${detail}`);
  }

  get reason(): ReadFailure {
    const base = REASON_MESSAGES[this.code];
    return { code: this.code, message: this.where ? `${base} (${this.where})` : base, detail: this.detail };
  }
}

export function reject(code: ReasonCode, detail: string, where?: string): never {
  throw new BatchRejected(code, detail, where);
}
