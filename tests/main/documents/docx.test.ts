import { strFromU8, unzipSync } from 'fflate';
import { renderDocx } from '../../../main/documents/docx';
import type { DocumentModel } from '../../../main/documents/model';
import { communityRecord, decision, minutes } from './samples';

async function wordXml(document: DocumentModel): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await renderDocx(document)));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** The visible text of a WordprocessingML part, runs joined, one paragraph a line. */
function plainText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}

describe('a decision as DOCX', () => {
  let parts: Record<string, string>;
  let body: string;
  beforeAll(async () => {
    parts = await wordXml(decision);
    body = parts['word/document.xml']!;
  });

  it('is a Word package whose runs name Times New Roman', () => {
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    expect(body).toContain('w:ascii="Times New Roman"');
    expect(parts['word/styles.xml']).toContain('Times New Roman');
    expect(body).not.toMatch(/w:ascii="(?!Times New Roman)/);
  });

  it('lays the page out as A4 portrait with margins 20/20/30/15 mm', () => {
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(body).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it('carries the header, the date line, the title, the articles, the signature and the recipients', () => {
    const text = plainText(body);
    for (const expected of [
      'Mẫu số 04/QĐ-CKNS',
      'ỦY BAN NHÂN DÂN\nPHƯỜNG ĐỐNG ĐA',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
      'Số: 05/QĐ-UBND',
      'Phường Đống Đa, ngày 05 tháng 02 năm 2026',
      'QUYẾT ĐỊNH\nVề việc công bố công khai dự toán ngân sách xã năm 2026',
      'Điều 1. Công bố công khai số liệu dự toán ngân sách xã năm 2026',
      'chịu trách nhiệm thi hành Quyết định này./.',
      '- Niêm yết tại trụ sở Ủy ban nhân dân phường',
      'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Đức',
      'Nơi nhận:\n- Như Điều 3;\n- Thường trực Đảng ủy phường;\n- Sở Tài chính thành phố;\n- Lưu: VT.',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('writes the budget table as a real Word table with merged, repeated header cells and vi-VN figures', () => {
    const tables = body.split('<w:tbl>').slice(1);
    expect(tables).toHaveLength(3); // header layout, budget table, signature layout
    const grid = tables[1]!;
    expect(grid).toContain('<w:tblBorders>');
    expect(grid.match(/<w:tblHeader\/>/g)).toHaveLength(3); // two header rows and the numbering row
    expect(grid).toMatch(/<w:gridSpan w:val="2"\/>[\s\S]*?Dự toán/);
    expect(grid.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(3);
    const text = plainText(grid);
    for (const expected of ['STT', 'Nội dung', 'Năm 2025', 'Năm 2026', 'So sánh (%)', '3=2/1', '10.350.000.000', '11.234.567.890', '1.234.567.890', '108,5', '109,0', '2.725.000']) {
      expect(text).toContain(expected);
    }
    expect(body).toContain('Đơn vị tính: đồng');
  });
});

describe('minutes as DOCX', () => {
  it('is landscape, numbers pages from page 2 and signs THƯ KÝ left, CHỦ TỌA right with no date line', async () => {
    const parts = await wordXml(minutes);
    const body = parts['word/document.xml']!;
    expect(body).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(body).toContain('<w:titlePg/>');
    const headers = Object.keys(parts).filter((name) => /^word\/header\d+\.xml$/.test(name)).map((name) => parts[name]!);
    expect(headers.some((xml) => xml.includes('PAGE'))).toBe(true);
    const text = plainText(body);
    expect(text).toContain('Số: 12/BB-UBND');
    expect(text).not.toContain('Phường Đống Đa, ngày');
    expect(text).toMatch(/THƯ KÝ\n\(Chữ ký\)\nTrần Thị Lưu\n[\s\S]*Nơi nhận:[\s\S]*CHỦ TỌA\n\(Chữ ký\)\nLê Văn Hùng/);
  });
});

describe('a decision record with four signatures as DOCX', () => {
  it('writes two rows of two blocks, names levelled by blank lines, and the undated date line', async () => {
    const body = (await wordXml(communityRecord))['word/document.xml']!;
    const foot = body.split('<w:tbl>').at(-1)!;
    expect(foot.match(/<w:tr>|<w:tr /g)).toHaveLength(2);
    expect(foot.match(/<w:cantSplit\/>/g)).toHaveLength(2);
    const text = plainText(body);
    expect(text).toContain('Phường Đống Đa, ngày … tháng … năm …');
    expect(text).toMatch(
      /TỔ TRƯỞNG TỔ DÂN PHỐ\n\u00a0\n\(Ký, ghi rõ họ tên\)\nHoàng Văn Dũng\n[\s\S]*TRƯỞNG BAN CÔNG TÁC\nMẶT TRẬN\n\(Ký, ghi rõ họ tên\)\nLương Văn Bình\n[\s\S]*ĐẠI DIỆN HỘ GIA ĐÌNH\n\(Ký, ghi rõ họ tên\)\nTrần Thị Thu\n[\s\S]*ĐẠI DIỆN HỘ GIA ĐÌNH\n\u00a0\nĐinh Văn Sơn/,
    );
  });
});
