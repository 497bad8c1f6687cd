import shipped from '../../../resources/budget/form-sets/tt343-2016-commune.json';
import { AppError } from '../../../main/api/errors';
import { builtInFormSets, parseFormSet } from '../../../main/budget/formSets';

/** The shipped set with one form replaced by what `edit` makes of a copy of it. */
function editedForm(code: string, edit: (form: Record<string, unknown> & { lines: Record<string, unknown>[]; columns: Record<string, unknown>[] }) => void) {
  const set = structuredClone(shipped) as unknown as { forms: Parameters<typeof edit>[0][] };
  const form = set.forms.find((f) => f.code === code);
  if (!form) throw new Error(`no form ${code}`);
  edit(form);
  return set;
}

function refusal(json: unknown): AppError {
  try {
    parseFormSet(json);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the form set to be refused');
}

describe('the shipped TT 343/2016 commune set', () => {
  const [set] = builtInFormSets();
  const form = (code: string) => set!.forms.find((f) => f.code === code)!;

  it('parses, is marked unverified and says where its labels come from', () => {
    expect(builtInFormSets()).toHaveLength(1);
    expect(set).toMatchObject({ id: 'tt343-2016-commune', version: 1, verified: false });
    expect(set!.source).toContain('343/2016/TT-BTC');
    expect(set!.source).toContain('chưa xác minh');
  });

  it('holds forms 103–120 with their official numbers and the stages they belong to', () => {
    expect(set!.forms.map((f) => f.code)).toEqual(Array.from({ length: 18 }, (_, i) => String(103 + i)));
    expect(form('110').formNumber).toBe('Biểu số 110/CK TC-NSNN');
    const stagesOf = (code: string) => form(code).stages;
    for (const code of ['103', '104', '105', '106', '107']) expect(stagesOf(code)).toEqual(['estimateSubmitted']);
    for (const code of ['108', '109', '110', '111', '112']) expect(stagesOf(code)).toEqual(['estimateApproved']);
    for (const code of ['113', '114', '115']) expect(stagesOf(code)).toEqual(['executionQ1', 'execution6m', 'execution9m', 'executionYear']);
    for (const code of ['116', '117', '118', '119', '120']) expect(stagesOf(code)).toEqual(['finalAccounts']);
  });

  it('uses the official names as titles, with the council subtitles of the approved estimate and final accounts', () => {
    expect(form('103').title).toBe('CÂN ĐỐI NGÂN SÁCH XÃ');
    expect(form('114').title).toBe('ƯỚC THỰC HIỆN THU NGÂN SÁCH XÃ');
    expect(form('120').title).toBe('THỰC HIỆN THU, CHI CÁC HOẠT ĐỘNG TÀI CHÍNH KHÁC');
    expect(form('108').subtitle).toBe('(Dự toán đã được Hội đồng nhân dân quyết định)');
    expect(form('112').subtitle).toBe('(Dự toán đã được Hội đồng nhân dân quyết định)');
    expect(form('116').subtitle).toBe('(Quyết toán đã được Hội đồng nhân dân phê chuẩn)');
    expect(form('103').subtitle).toBeUndefined();
    expect(set!.forms.every((f) => f.displayUnit === 'dong')).toBe(true);
  });

  it('computes the final-accounts balance C = A − B and leaves the NSNN column blank on transfer lines', () => {
    expect(form('116').lines.find((l) => l.code === 'C')).toMatchObject({ marker: 'C', formula: ['+A', '-B'] });
    const transfer = form('117').lines.find((l) => l.code === 'A.V.1')!;
    expect(transfer.blankColumns).toEqual(['dtNsnn', 'qtNsnn']);
    expect(form('117').columns.find((c) => c.key === 'ssNsx')).toMatchObject({ number: '6=4/2', ratioOf: ['qtNsx', 'dtNsx'] });
  });

  it('lets the clerk add projects and detail lines, and computes the other-finance year-end balance 4 = 1 + 2 − 3', () => {
    expect(form('106').lines).toEqual([expect.objectContaining({ code: 'T', openChildren: true })]);
    expect(form('118').lines.find((l) => l.code === 'B.II.11')).toMatchObject({ openChildren: true });
    expect(form('107').columns.find((c) => c.key === 'soDuCuoiNam')).toMatchObject({ number: '4=1+2-3', formula: ['+soDuDauNam', '+thu', '-chi'] });
  });
});

describe('parseFormSet refuses a malformed form-set file, naming the form, line or column', () => {
  it('a parent line that does not exist', () => {
    const set = editedForm('110', (form) => {
      form.lines.find((l) => l.code === 'B.II.3')!.parent = 'B.II.9';
      form.lines.splice(form.lines.findIndex((l) => l.code === 'B.II.9'), 1);
    });
    const error = refusal(set);
    expect(error.code).toBe('INVALID_FILE');
    expect(error.message).toContain('Biểu 110, dòng "B.II.3": dòng cha "B.II.9" không tồn tại.');
  });

  it('a parent placed after its child, and a line that is its own parent', () => {
    const set = editedForm('110', (form) => {
      const [first] = form.lines.splice(form.lines.findIndex((l) => l.code === 'B.II'), 1);
      form.lines.push(first!);
      form.lines.find((l) => l.code === 'B.I')!.parent = 'B.I';
    });
    const message = refusal(set).message;
    expect(message).toContain('Biểu 110, dòng "B.II.1": dòng cha "B.II" phải đứng trước dòng con.');
    expect(message).toContain('Biểu 110, dòng "B.I": một dòng không thể là dòng cha của chính nó.');
  });

  it('duplicate line codes, duplicate column keys and duplicate forms', () => {
    const set = editedForm('109', (form) => {
      form.lines.find((l) => l.code === 'A.I.2')!.code = 'A.I.1';
      form.columns[1]!.key = 'dtNsnn';
    }) as unknown as { forms: unknown[] };
    set.forms.push(structuredClone(set.forms[0]));
    const message = refusal(set).message;
    expect(message).toContain('Biểu 109, dòng "A.I.1": mã dòng bị trùng.');
    expect(message).toContain('Biểu 109, cột "dtNsnn": mã cột bị trùng.');
    expect(message).toContain('Biểu 103 được khai báo hơn một lần.');
  });

  it('a column formula over an unknown column, and a circular one', () => {
    const unknown = editedForm('107', (form) => {
      form.columns.find((c) => c.key === 'soDuCuoiNam')!.formula = ['+soDuDauNam', '+thuKhac'];
    });
    expect(refusal(unknown).message).toContain('Biểu 107, cột "soDuCuoiNam": công thức dùng cột "thuKhac" không tồn tại.');
    const circular = editedForm('107', (form) => {
      form.columns.find((c) => c.key === 'thu')!.formula = ['+soDuCuoiNam'];
    });
    expect(refusal(circular).message).toContain('Biểu 107, cột "thu": công thức tham chiếu vòng tròn (thu → soDuCuoiNam → thu).');
  });

  it('a percentage over a text column, and a percentage without its operands', () => {
    const set = editedForm('106', (form) => {
      form.columns.push({ key: 'tyLe', header: 'Tỷ lệ', number: '10', kind: 'percent', ratioOf: ['dtTong', 'ghiChu'] });
      form.columns.push({ key: 'tyLe2', header: 'Tỷ lệ 2', number: '11', kind: 'percent' });
    });
    const message = refusal(set).message;
    expect(message).toContain('Biểu 106, cột "tyLe": tỷ lệ dùng cột "ghiChu" không phải cột số tiền.');
    expect(message).toContain('Biểu 106, cột "tyLe2": cột tỷ lệ (%) phải ghi rõ tử số và mẫu số trong "ratioOf".');
  });

  it('a line formula over an unknown line, a line formula with children, and a circular line formula', () => {
    const set = editedForm('116', (form) => {
      form.lines.find((l) => l.code === 'C')!.formula = ['+A', '-D'];
      form.lines.find((l) => l.code === 'B.I')!.formula = ['+B'];
      form.lines.find((l) => l.code === 'A.I')!.formula = ['+A.II'];
      form.lines.push({ code: 'A.I.1', marker: '1', label: 'Chi tiết', parent: 'A.I' });
    });
    const message = refusal(set).message;
    expect(message).toContain('Biểu 116, dòng "C": công thức dùng dòng "D" không tồn tại.');
    expect(message).toContain('Biểu 116, dòng "A.I": dòng tính theo công thức không được có dòng con.');
    expect(message).toContain('Biểu 116, dòng "B": công thức tham chiếu vòng tròn (B → B.I → B).');
  });

  it('a blank column that does not exist', () => {
    const set = editedForm('104', (form) => {
      form.lines.find((l) => l.code === 'A.III')!.blankColumns = ['nsnn'];
    });
    expect(refusal(set).message).toContain('Biểu 104, dòng "A.III": cột để trống "nsnn" không tồn tại.');
  });

  it('schema errors, located by form code, line code and field', () => {
    const set = editedForm('110', (form) => {
      form.lines.find((l) => l.code === 'B.I')!.label = '  ';
      form.columns[0]!.kind = 'currency';
      form.displayUnit = 'nghìn đồng';
    });
    const message = refusal(set).message;
    expect(message).toContain('Biểu 110, dòng "B.I", trường "label": Không được để trống.');
    expect(message).toContain('Biểu 110, cột "dt", trường "kind": Giá trị không nằm trong danh sách cho phép.');
    expect(message).toContain('Biểu 110, trường "displayUnit": Giá trị không nằm trong danh sách cho phép.');
  });

  it('lists every problem in one message', () => {
    const set = editedForm('110', (form) => {
      form.lines.find((l) => l.code === 'B.II.3')!.parent = 'X';
      form.lines.find((l) => l.code === 'B.II.4')!.parent = 'Y';
    });
    const message = refusal(set).message;
    expect(message.split('\n')).toEqual([
      'Tệp bộ biểu không hợp lệ, chưa nhập được:',
      '- Biểu 110, dòng "B.II.3": dòng cha "X" không tồn tại.',
      '- Biểu 110, dòng "B.II.4": dòng cha "Y" không tồn tại.',
    ]);
  });

  it.each([{ json: 'bộ biểu' }, { json: 42 }, { json: null }, { json: [1, 2] }])('a value that is not a form set at all: $json', ({ json }) => {
    const error = refusal(json);
    expect(error.code).toBe('INVALID_FILE');
    expect(error.message).toContain('Tệp không phải là một bộ biểu: cần một đối tượng JSON có các trường id, version, name, source, verified và forms.');
  });

  it('an object without forms, naming the missing field', () => {
    expect(refusal({ id: 'abc', version: 1, name: 'X', source: 'Y', verified: false }).message).toContain('Trường "forms": Chưa nhập thông tin bắt buộc.');
  });
});
