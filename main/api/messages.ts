import { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

/** Vietnamese wording for every validation failure the contract can raise. */
export function vietnameseMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'Chưa nhập thông tin bắt buộc.' : 'Giá trị không đúng kiểu.';
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Không được để trống.' : `Cần ít nhất ${issue.minimum} ký tự.`;
      if (issue.origin === 'array') return `Cần ít nhất ${issue.minimum} mục.`;
      return `Giá trị phải từ ${issue.minimum} trở lên.`;
    case 'too_big':
      if (issue.origin === 'string') return `Không được dài quá ${issue.maximum} ký tự.`;
      if (issue.origin === 'array') return `Không được quá ${issue.maximum} mục.`;
      return `Giá trị không được lớn hơn ${issue.maximum}.`;
    case 'invalid_format':
      if (issue.format === 'email') return 'Địa chỉ email không hợp lệ.';
      if (issue.format === 'regex') return 'Sai định dạng.';
      return 'Sai định dạng.';
    case 'invalid_value':
      return 'Giá trị không nằm trong danh sách cho phép.';
    case 'unrecognized_keys':
      return `Có trường không được phép: ${issue.keys.join(', ')}.`;
    case 'not_multiple_of':
      return 'Phải là số nguyên.';
    default:
      return 'Dữ liệu không hợp lệ.';
  }
}

z.config({ customError: (issue) => issue.message ?? vietnameseMessage(issue) });
