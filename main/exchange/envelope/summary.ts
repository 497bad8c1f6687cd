import type { BatchHeader } from './format';

const kindNames: Record<BatchHeader['kind'], string> = {
  delta: 'bổ sung (các thay đổi kể từ lô trước)',
  snapshot: 'toàn bộ dữ liệu hiện có',
  receipt: 'biên nhận',
  directive: 'văn bản cấp trên gửi xuống (bộ tiêu chí)',
};

/** DOC-TOI.txt: what a person opening the zip by hand needs to know, in Vietnamese. */
export function summaryText(header: BatchHeader): string {
  const covers = header.covers.map((c) => `  - ${c.dataset}, kỳ ${c.period}: ${c.complete ? 'đã đủ' : 'chưa đủ'}`);
  const counts = Object.entries(header.counts).map(([dataset, n]) => `  - ${dataset}: ${n}`);
  return [
    'LÔ DỮ LIỆU SỔ DÂN CHỦ',
    `Đơn vị gửi: ${header.unitName} (mã ${header.unitCode})`,
    `Gửi đến: đơn vị mã ${header.recipientCode}`,
    `Loại lô: ${kindNames[header.kind]}; số thứ tự ${header.seq}`,
    ...(header.part ? [`Phần ${header.part.index}/${header.part.count} của một lô tách nhỏ (các số thứ tự ${header.part.firstSeq}–${header.part.firstSeq + header.part.count - 1}); mỗi phần nhập riêng được.`] : []),
    `Mã lô: ${header.batchId}`,
    `Lập lúc: ${header.createdAt}`,
    ...(header.filter ? [`Chỉ gồm: ${[header.filter.period ? `kỳ ${header.filter.period}` : 'mọi kỳ', header.filter.datasets?.join(', ') ?? 'mọi loại dữ liệu'].join('; ')}`] : []),
    'Kỳ dữ liệu:',
    ...(covers.length ? covers : ['  (không có)']),
    'Số bản ghi:',
    ...(counts.length ? counts : ['  (không có)']),
    `Tệp đính kèm: ${header.files.count} tệp, ${header.files.bytes} byte`,
    `Dấu vân tay khóa ký: ${header.keyFingerprint}`,
    '',
    'Tệp này do phần mềm Sổ Dân Chủ lập và ký. Không sửa, không giải nén rồi nén lại:',
    'mọi thay đổi làm chữ ký mất hiệu lực và cấp trên sẽ không nhập được.',
    '',
  ].join('\n');
}
