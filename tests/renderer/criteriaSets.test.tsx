import { screen, waitFor, within } from '@testing-library/react';
import { vi } from 'vitest';
import { criteriaSet, type CriteriaSet, type CriteriaSetSummary, type GeneratedFile } from '../../main/api';
import type { WindowWithApi } from '../../renderer/api/transport';
import { CriteriaSetsPanel } from '../../renderer/evaluations/criteria/sets/CriteriaSetsPanel';
import example from '../../resources/evaluations/criteria-sets/tiep-can-phap-luat-example.json';
import { dialogsClosed, fail, fakeTransport, fill, newUser, renderScreen, status, type Replies } from './fakes';

const exampleSet = criteriaSet.parse(example);

function summaryOf(definition: CriteriaSet, fields: Partial<CriteriaSetSummary> = {}): CriteriaSetSummary {
  return {
    id: definition.id,
    version: definition.version,
    name: definition.name,
    issuer: definition.issuer,
    example: definition.example,
    origin: 'builtIn',
    status: 'published',
    maxPoints: definition.maxPoints,
    savedAt: '2026-01-05T08:00:00.000Z',
    assessedYears: [2025],
    ...fields,
  };
}

const exampleSummary = summaryOf(exampleSet);
const provincialSet = criteriaSet.parse({
  ...example,
  id: 'tcpl-tinh',
  name: 'Bộ tiêu chí của tỉnh',
  example: false,
  maxPoints: 20,
  criteria: example.criteria.slice(0, 2).map((entry) => ({ ...entry, indicators: entry.indicators.slice(0, 2), maxPoints: entry.indicators[0]!.maxPoints * 2 })),
  passRule: { minTotal: 16, minCriterionPercent: 50 },
});
const provincialSummary = summaryOf(provincialSet, { origin: 'authored' });
const received = summaryOf({ ...exampleSet, id: 'tcpl-tinh', name: 'Bộ tiêu chí tiếp cận pháp luật của tỉnh', issuer: 'UBND tỉnh', example: false }, { origin: 'imported', assessedYears: [] });

function renderPanel(replies: Replies, options: { superior?: boolean; account?: ReturnType<typeof status>['account'] } = {}) {
  const fake = fakeTransport({ 'criteria.listSets': [exampleSummary], ...replies });
  const onAssess = vi.fn();
  const account = options.account === undefined ? status().account : options.account;
  renderScreen(<CriteriaSetsPanel onAssess={onAssess} />, fake.transport, {
    status: status({ installationRole: options.superior ? 'superior' : 'ward', account }),
  });
  return { fake, onAssess };
}

const row = async (name: RegExp) => (await screen.findByRole('row', { name })) as HTMLElement;

describe('criteria sets of a ward', () => {
  it('lists the stored sets with their origin, status, the example warning and the years assessed', async () => {
    renderPanel({ 'criteria.listSets': [exampleSummary, received] });
    const table = await screen.findByRole('table', { name: 'Danh sách bộ tiêu chí' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first!).getByText('Có sẵn (bản mẫu)')).toBeTruthy();
    expect(within(first!).getByText('Bản mẫu – cấp trên cần xác nhận điểm')).toBeTruthy();
    expect(within(first!).getByText('2025')).toBeTruthy();
    expect(within(second!).getByText('Nhận từ cấp trên')).toBeTruthy();
    expect(within(second!).getByText('Đã ban hành')).toBeTruthy();
    expect(within(second!).queryByText('Bản mẫu – cấp trên cần xác nhận điểm')).toBeNull();
  });

  it('imports the file the superior sent, says when it is already there, and lists every problem of a bad file', async () => {
    const problems = 'Tệp bộ tiêu chí không hợp lệ:\n- Tổng điểm tối đa các tiêu chí là 95, khác tổng điểm 100 của bộ tiêu chí.\n- Trường "criteria.0.label": Không được để trống.';
    const { fake } = renderPanel({
      'criteria.importSet': ({ content }) => {
        if (content.startsWith('{"bad"')) return fail('INVALID_FILE', problems);
        return { set: received, alreadyPresent: content.includes('again') };
      },
    });
    const user = newUser();
    const fileInput = await screen.findByLabelText('Chọn tệp bộ tiêu chí (.json) cấp trên gửi');
    expect(screen.getByRole('button', { name: 'Nhập bộ tiêu chí từ tệp' })).toBeTruthy();

    await user.upload(fileInput, new File(['{"format":"so-dan-chu/criteria-set"}'], 'bo-tieu-chi.json', { type: 'application/json' }));
    const done = await screen.findByRole('dialog', { name: 'Nhập bộ tiêu chí từ tệp bo-tieu-chi.json' });
    expect(await within(done).findByText(/Đã nhập Bộ tiêu chí tiếp cận pháp luật của tỉnh – phiên bản 1/)).toBeTruthy();
    expect(fake.inputsOf('criteria.importSet')).toEqual([{ content: '{"format":"so-dan-chu/criteria-set"}' }]);
    await waitFor(() => expect(fake.inputsOf('criteria.listSets')).toHaveLength(2));
    await user.click(within(done).getByRole('button', { name: 'Đóng' }));
    await dialogsClosed();

    await user.upload(fileInput, new File(['{"again":true}'], 'lan-hai.json', { type: 'application/json' }));
    expect(await screen.findByText(/phiên bản 1 đã có trong máy, không cần nhập lại/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Đóng' }));
    await dialogsClosed();

    await user.upload(fileInput, new File(['{"bad":1}'], 'hong.json', { type: 'application/json' }));
    const failed = await screen.findByRole('dialog', { name: 'Nhập bộ tiêu chí từ tệp hong.json' });
    const items = await within(failed).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Tổng điểm tối đa các tiêu chí là 95, khác tổng điểm 100 của bộ tiêu chí.',
      'Trường "criteria.0.label": Không được để trống.',
    ]);
    expect(within(failed).getByText('Tệp bộ tiêu chí không hợp lệ:')).toBeTruthy();
  });

  it('offers no authoring, and "Chấm điểm" hands the published set to the screen', async () => {
    const { onAssess, fake } = renderPanel({});
    const exampleRow = await row(/Bộ tiêu chí xã, phường/);
    await newUser().click(within(exampleRow).getByRole('button', { name: /^Chấm điểm/ }));
    expect(onAssess).toHaveBeenCalledWith(exampleSummary);
    for (const name of [/^Soạn bộ tiêu chí mới/, /^Tạo phiên bản mới/, /^Ban hành/, /^Sửa/, /^Xóa/, /^Xuất tệp/]) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
    expect(new Set(fake.calls.map((call) => call.channel))).toEqual(new Set(['criteria.listSets']));
  });

  it('shows a clerk "Chấm điểm" but not the import of sets', async () => {
    renderPanel({}, { account: { id: 2, username: 'vanthu', fullName: 'Lê Văn Thư', role: 'clerk' } });
    expect(within(await row(/Bộ tiêu chí xã, phường/)).getByRole('button', { name: /^Chấm điểm/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Nhập bộ tiêu chí từ tệp' })).toBeNull();
  });

  it('shows a set as a tree with points, guidance, evidence hints and the pass rule', async () => {
    const { fake } = renderPanel({ 'criteria.getSet': { ...exampleSummary, definition: exampleSet } });
    await newUser().click(within(await row(/Bộ tiêu chí xã, phường/)).getByRole('button', { name: /^Xem/ }));
    const dialog = await screen.findByRole('dialog', { name: `${exampleSet.name} – phiên bản 1` });
    expect(await within(dialog).findByText('Đạt chuẩn khi tổng điểm từ 80 trở lên và mỗi tiêu chí đạt từ 50 % điểm tối đa của tiêu chí.')).toBeTruthy();
    const first = within(dialog).getByRole('table', { name: 'Các chỉ tiêu của tiêu chí 1' });
    expect(within(first).getAllByRole('row').map((line) => line.textContent)).toEqual([
      'Chỉ tiêuĐiểm tối đaHướng dẫn chấmGợi ý minh chứng',
      `${exampleSet.criteria[0]!.indicators[0]!.label}5Danh mục văn bản ban hành trong năm`,
      `${exampleSet.criteria[0]!.indicators[1]!.label}5Sổ đăng ký văn bản đi`,
    ]);
    expect(within(dialog).getByText(/cấp trên phải xác nhận điểm/)).toBeTruthy();
    expect(fake.inputsOf('criteria.getSet')).toEqual([{ setId: exampleSet.id, version: 1 }]);
  });
});

describe('criteria sets of a superior office', () => {
  it('builds a set in the editor, shows the sums that do not add up, saves the tree once they do and publishes it', async () => {
    let stored: CriteriaSetSummary[] = [exampleSummary];
    const { fake } = renderPanel(
      {
        'criteria.listSets': () => stored,
        'criteria.saveDraft': ({ definition }) => {
          const draft = summaryOf(definition as CriteriaSet, { origin: 'authored', status: 'draft', assessedYears: [] });
          stored = [...stored, draft];
          return draft;
        },
        'criteria.publish': () => summaryOf(exampleSet, { id: 'thu-nghiem', name: 'Bộ thử nghiệm', origin: 'authored' }),
      },
      { superior: true },
    );
    const user = newUser();
    await user.click(await screen.findByRole('button', { name: 'Soạn bộ tiêu chí mới' }));
    const editor = await screen.findByRole('dialog', { name: 'Soạn bộ tiêu chí mới' });
    await fill(user, within(editor).getByLabelText('Mã bộ tiêu chí'), 'thu-nghiem');
    await fill(user, within(editor).getByLabelText('Tên bộ tiêu chí'), 'Bộ thử nghiệm');
    await fill(user, within(editor).getByLabelText('Cơ quan ban hành'), 'UBND tỉnh');
    await fill(user, within(editor).getByLabelText('Căn cứ pháp lý'), 'Quyết định 25/2021/QĐ-TTg');
    await fill(user, within(editor).getByLabelText('Tổng điểm của bộ tiêu chí'), '10');

    const criterion = within(editor).getByRole('group', { name: 'Tiêu chí 1' });
    await fill(user, within(criterion).getByLabelText('Tên tiêu chí'), 'Công khai thông tin');
    await fill(user, within(criterion).getByLabelText('Điểm tối đa của tiêu chí'), '10');
    await user.click(within(criterion).getByRole('button', { name: 'Thêm chỉ tiêu vào tiêu chí 1' }));
    const first = within(editor).getByRole('group', { name: 'Chỉ tiêu 1 của tiêu chí 1' });
    await fill(user, within(first).getByLabelText('Tên chỉ tiêu'), 'Niêm yết');
    await fill(user, within(first).getByLabelText('Điểm tối đa của chỉ tiêu'), '4');
    await fill(user, within(first).getByLabelText('Gợi ý minh chứng'), 'Biên bản niêm yết\n\nẢnh chụp bảng tin');
    const second = within(editor).getByRole('group', { name: 'Chỉ tiêu 2 của tiêu chí 1' });
    await fill(user, within(second).getByLabelText('Tên chỉ tiêu'), 'Cung cấp theo yêu cầu');
    await fill(user, within(second).getByLabelText('Điểm tối đa của chỉ tiêu'), '5,5');

    expect(within(criterion).getByText('Tổng chỉ tiêu 9,5 / 10 – còn thiếu 0,5 điểm so với điểm tối đa của tiêu chí.')).toBeTruthy();
    expect(within(editor).getByText('Tổng điểm các tiêu chí 10 / 10 – khớp')).toBeTruthy();

    await user.click(within(editor).getByRole('button', { name: 'Lưu dự thảo' }));
    const problems = within(editor).getByRole('alert');
    expect(within(problems).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Tổng điểm tối đa các chỉ tiêu của tiêu chí "Công khai thông tin" là 9,5, khác điểm tối đa 10 của tiêu chí.',
      'Điểm tối thiểu để đạt lớn hơn tổng điểm của bộ tiêu chí.',
    ]);
    expect(fake.inputsOf('criteria.saveDraft')).toEqual([]);

    await fill(user, within(second).getByLabelText('Điểm tối đa của chỉ tiêu'), '6');
    await fill(user, within(editor).getByLabelText('Tổng điểm tối thiểu để đạt'), '8');
    expect(within(criterion).getByText('Tổng chỉ tiêu 10 / 10 – khớp')).toBeTruthy();
    expect(within(editor).queryByRole('alert')).toBeNull();
    await user.click(within(second).getByRole('button', { name: 'Đưa tiêu chí 1, chỉ tiêu 2 lên' }));
    await user.click(within(editor).getByRole('button', { name: 'Lưu dự thảo' }));

    await waitFor(() => expect(fake.inputsOf('criteria.saveDraft')).toHaveLength(1));
    expect(fake.inputsOf('criteria.saveDraft')[0]).toEqual({
      definition: {
        id: 'thu-nghiem',
        version: 1,
        name: 'Bộ thử nghiệm',
        issuer: 'UBND tỉnh',
        legalBasis: 'Quyết định 25/2021/QĐ-TTg',
        example: false,
        note: '',
        maxPoints: 10,
        criteria: [
          {
            key: 'tc1',
            label: 'Công khai thông tin',
            maxPoints: 10,
            guidance: '',
            indicators: [
              { key: 'tc1ct2', label: 'Cung cấp theo yêu cầu', maxPoints: 6, guidance: '', evidenceHints: [] },
              { key: 'tc1ct1', label: 'Niêm yết', maxPoints: 4, guidance: '', evidenceHints: ['Biên bản niêm yết', 'Ảnh chụp bảng tin'] },
            ],
          },
        ],
        ratingBands: [],
        passRule: { minTotal: 8, minCriterionPercent: 50 },
      },
    });
    await dialogsClosed();

    const draftRow = await row(/Bộ thử nghiệm/);
    expect(within(draftRow).getByText('Dự thảo')).toBeTruthy();
    expect(within(draftRow).getByText('Tự soạn')).toBeTruthy();
    await user.click(within(draftRow).getByRole('button', { name: /^Ban hành/ }));
    const confirm = await screen.findByRole('dialog', { name: 'Ban hành Bộ thử nghiệm – phiên bản 1?' });
    expect(within(confirm).getByText(/Phiên bản đã ban hành không bao giờ thay đổi/)).toBeTruthy();
    expect(fake.inputsOf('criteria.publish')).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Ban hành' }));
    await waitFor(() => expect(fake.inputsOf('criteria.publish')).toEqual([{ setId: 'thu-nghiem', version: 1 }]));
  });

  it('refuses a new set under an id and version already stored, and says where each problem is', async () => {
    const { fake } = renderPanel({}, { superior: true });
    const user = newUser();
    await user.click(await screen.findByRole('button', { name: 'Soạn bộ tiêu chí mới' }));
    const editor = await screen.findByRole('dialog', { name: 'Soạn bộ tiêu chí mới' });
    await fill(user, within(editor).getByLabelText('Mã bộ tiêu chí'), exampleSet.id);
    await fill(user, within(editor).getByLabelText('Tổng điểm của bộ tiêu chí'), 'một trăm');
    await user.click(within(editor).getByRole('button', { name: 'Lưu dự thảo' }));
    const problems = within(editor).getByRole('alert');
    expect(within(problems).getByText(`Đã có bộ tiêu chí mã "${exampleSet.id}" phiên bản 1. Hãy chọn số phiên bản khác.`)).toBeTruthy();
    expect(within(problems).getByText('Tổng điểm: Nhập một số, ví dụ 2,5 (dấu phẩy thập phân).')).toBeTruthy();
    expect(within(problems).getByText('Tiêu chí 1 – tên: Không được để trống.')).toBeTruthy();
    expect(fake.inputsOf('criteria.saveDraft')).toEqual([]);
  });

  it('starts the next version from a published one, with the version raised and the id kept', async () => {
    const { fake } = renderPanel(
      { 'criteria.listSets': [exampleSummary, provincialSummary], 'criteria.getSet': { ...provincialSummary, definition: provincialSet } },
      { superior: true },
    );
    const user = newUser();
    const provincial = await row(/Bộ tiêu chí của tỉnh/);
    expect(within(provincial).queryByRole('button', { name: /^Chấm điểm/ })).toBeNull();
    await user.click(within(provincial).getByRole('button', { name: /^Tạo phiên bản mới/ }));
    const editor = await screen.findByRole('dialog', { name: 'Phiên bản 2 của Bộ tiêu chí của tỉnh' });
    expect((within(editor).getByLabelText('Mã bộ tiêu chí') as HTMLInputElement).disabled).toBe(true);
    expect((within(editor).getByLabelText('Phiên bản') as HTMLInputElement).value).toBe('2');
    expect(within(editor).getAllByLabelText('Tên tiêu chí').map((field) => (field as HTMLInputElement).value)).toEqual(provincialSet.criteria.map((entry) => entry.label));
    expect(within(editor).getByText('Tổng điểm các tiêu chí 20 / 20 – khớp')).toBeTruthy();
    expect(fake.inputsOf('criteria.getSet')).toEqual([{ setId: 'tcpl-tinh', version: 1 }]);
  });

  describe('export', () => {
    const desktop = window as WindowWithApi;
    afterEach(() => {
      delete desktop.api;
    });

    it('saves the set file for the wards through main', async () => {
      desktop.api = { invoke: async () => ({ ok: false, error: { code: 'INTERNAL', message: 'không dùng' } }) };
      const file: GeneratedFile = { fileName: 'bo-tieu-chi-tiep-can-phap-luat-example-v1.json', mediaType: 'application/json', contentBase64: 'e30K' };
      const { fake } = renderPanel({ 'criteria.exportSet': file, 'files.save': { savedAs: 'D:\\bo-tieu-chi.json' } }, { superior: true });
      await newUser().click(within(await row(/Bộ tiêu chí xã, phường/)).getByRole('button', { name: /^Xuất tệp gửi xã, phường/ }));
      expect(await screen.findByText('Đã lưu tệp vào D:\\bo-tieu-chi.json.')).toBeTruthy();
      expect(fake.inputsOf('criteria.exportSet')).toEqual([{ setId: exampleSet.id, version: 1 }]);
      expect(fake.inputsOf('files.save')).toEqual([{ fileName: file.fileName, contentBase64: file.contentBase64 }]);
    });
  });
});
