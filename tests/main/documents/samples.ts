import { wardIssuer, type DocumentModel, type Table } from '../../../main/documents/model';

/** A few lines of a ward budget estimate, with grouped headers, a numbering row and a formula total. */
export const budgetTable: Table = {
  caption: 'DỰ TOÁN THU, CHI NGÂN SÁCH XÃ NĂM 2026',
  sheetName: 'Dự toán thu chi 2026',
  unitNote: 'Đơn vị tính: đồng',
  columns: [
    { kind: 'text', widthMm: 12, align: 'center' },
    { kind: 'text', widthMm: 63 },
    { kind: 'money', widthMm: 32 },
    { kind: 'money', widthMm: 32 },
    { kind: 'percent', widthMm: 26 },
  ],
  header: [
    [{ text: 'STT', rowSpan: 2 }, { text: 'Nội dung', rowSpan: 2 }, { text: 'Dự toán', colSpan: 2 }, { text: 'So sánh (%)', rowSpan: 2 }],
    [{ text: 'Năm 2025' }, { text: 'Năm 2026' }],
  ],
  numbering: ['A', 'B', '1', '2', '3=2/1'],
  rows: [
    { cells: ['I', 'Tổng thu ngân sách xã', 10_350_000_000, { formula: '{1,3}+{2,3}', result: 11_234_567_890 }, 108.5], bold: true },
    { cells: ['1', 'Thu ngân sách xã hưởng 100%', 1_200_000_000, 1_234_567_890, 102.9], level: 1 },
    { cells: ['2', 'Thu bổ sung từ ngân sách cấp trên', 9_150_000_000, 10_000_000_000, 109.3], level: 1 },
    { cells: ['II', 'Tổng chi ngân sách xã', 10_350_000_000, 11_234_567_890, 108.5], bold: true },
    { cells: ['', 'Trong đó: chi đầu tư phát triển', 2_500_000, 2_725_000, 109], level: 2, italic: true },
  ],
};

export const decision: DocumentModel = {
  orientation: 'portrait',
  issuer: wardIssuer('Phường Đống Đa'),
  number: '05/QĐ-UBND',
  formLabel: 'Mẫu số 04/QĐ-CKNS',
  dateLine: { place: 'Phường Đống Đa', date: '2026-02-05' },
  title: 'Quyết định',
  subject: ['Về việc công bố công khai dự toán ngân sách xã năm 2026'],
  body: [
    { kind: 'heading', text: 'ỦY BAN NHÂN DÂN PHƯỜNG ĐỐNG ĐA', align: 'center' },
    {
      kind: 'paragraph',
      text: 'Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022; Căn cứ Nghị quyết của Hội đồng nhân dân phường về dự toán ngân sách năm 2026;',
    },
    { kind: 'paragraph', text: 'Theo đề nghị của công chức Tài chính - Kế toán.' },
    { kind: 'heading', text: 'QUYẾT ĐỊNH:', align: 'center' },
    { kind: 'article', number: 1, text: 'Công bố công khai số liệu dự toán ngân sách xã năm 2026 (theo biểu đính kèm).' },
    { kind: 'article', number: 2, text: 'Quyết định này có hiệu lực kể từ ngày ký.' },
    {
      kind: 'article',
      number: 3,
      text: [{ text: 'Văn phòng HĐND và UBND, công chức Tài chính - Kế toán và các tổ chức, cá nhân có liên quan ' }, { text: 'chịu trách nhiệm thi hành', italic: true }, { text: ' Quyết định này./.' }],
    },
    { kind: 'table', table: budgetTable },
    { kind: 'list', items: ['Niêm yết tại trụ sở Ủy ban nhân dân phường', 'Đăng trên trang thông tin điện tử của phường'] },
  ],
  signatures: { right: { authority: ['TM. Ủy ban nhân dân'], position: 'Chủ tịch', name: 'Nguyễn Văn Đức' } },
  recipients: { to: ['Như Điều 3', 'Thường trực Đảng ủy phường', 'Sở Tài chính thành phố'] },
};

/** Minutes (NĐ 30 Mẫu 1.9): no date line, THƯ KÝ left and CHỦ TỌA right, landscape to exercise the option. */
export const minutes: DocumentModel = {
  orientation: 'landscape',
  issuer: wardIssuer('Phường Đống Đa', { parent: 'UBND Thành phố Hà Nội' }),
  number: '12/BB-UBND',
  title: 'Biên bản',
  subject: ['Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026'],
  body: [
    { kind: 'paragraph', text: 'Thời gian bắt đầu: 08 giờ 00 phút, ngày 15 tháng 3 năm 2026.' },
    { kind: 'pageBreak' },
    { kind: 'paragraph', text: 'Cuộc họp kết thúc vào 11 giờ 00 phút, ngày 15 tháng 3 năm 2026./.' },
  ],
  signatures: {
    left: { position: 'Thư ký', hint: '(Chữ ký)', name: 'Trần Thị Lưu' },
    right: { position: 'Chủ tọa', hint: '(Chữ ký)', name: 'Lê Văn Hùng' },
  },
  recipients: { to: ['Thường trực Đảng ủy phường'], archive: 'VT, Hồ sơ' },
  pageNumbers: true,
};

/**
 * A residents' decision record (NĐ 59 Mẫu 03): four signatures in two rows, the front head's title on
 * two lines, and a date line left blank to be written by hand.
 */
export const communityRecord: DocumentModel = {
  orientation: 'portrait',
  issuer: { parent: ['UBND Phường Đống Đa'], body: ['Tổ dân phố 5'] },
  formLabel: 'Mẫu số 03',
  dateLine: { place: 'Phường Đống Đa', date: null },
  title: 'Biên bản cuộc họp của cộng đồng dân cư',
  subject: ['Về việc đóng góp xây dựng đường ngõ 12'],
  body: [{ kind: 'paragraph', text: 'Hôm nay, vào hồi 19 giờ 30 phút, ngày 15 tháng 3 năm 2026, tại Nhà văn hóa, tổ dân phố 5 tổ chức cuộc họp.' }],
  signatures: {
    left: { position: 'Tổ trưởng tổ dân phố', hint: '(Ký, ghi rõ họ tên)', name: 'Hoàng Văn Dũng' },
    right: { authority: ['Trưởng ban công tác'], position: 'Mặt trận', hint: '(Ký, ghi rõ họ tên)', name: 'Lương Văn Bình' },
    below: [
      {
        left: { position: 'Đại diện hộ gia đình', hint: '(Ký, ghi rõ họ tên)', name: 'Trần Thị Thu' },
        right: { position: 'Đại diện hộ gia đình', name: 'Đinh Văn Sơn' },
      },
    ],
  },
};
