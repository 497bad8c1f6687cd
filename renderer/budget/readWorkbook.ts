/** The contract carries at most 40 MB of file content. */
export const MAX_WORKBOOK_BYTES = 40 * 1024 * 1024;

/** Why a picked file cannot be sent for import, or null when it can. */
export function workbookProblem(file: File): string | null {
  if (!/\.xlsx$/i.test(file.name)) return 'Chỉ nhận tệp Excel dạng .xlsx. Hãy lưu tệp dưới dạng “Excel Workbook (.xlsx)” rồi chọn lại.';
  if (file.size === 0) return 'Tệp rỗng, không có số liệu để nhập.';
  if (file.size > MAX_WORKBOOK_BYTES) return 'Tệp lớn hơn 40 MB nên không nhập được.';
  return null;
}
