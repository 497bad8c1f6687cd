import { screen, waitFor, within } from '@testing-library/react';
import { scoringScheme, type EvaluationPeriod, type EvaluationSheet, type YearClosing, type YearResults } from '../../main/api';
import { EvaluationsScreen } from '../../renderer/evaluations/EvaluationsScreen';
import nd335 from '../../resources/evaluations/schemes/nd335-2025.json';
import nd90 from '../../resources/evaluations/schemes/nd90-2020.json';
import { blankSheet, GROUP } from './evaluationFixtures';
import { dialogsClosed, fail, fakeTransport, fill, newUser, renderScreen, status, type Replies, staffMember, viewer } from './fakes';

const schemes = [scoringScheme.parse(nd90), scoringScheme.parse(nd335)];
const year = new Date().getFullYear();

const staff = [staffMember(1, 'Trần Văn Bình', 'Công chức Tư pháp - Hộ tịch'), staffMember(2, 'Lê Thị Hoa', 'Công chức Văn phòng - Thống kê')];

const march: EvaluationPeriod = {
  id: 5,
  period: `${year}-03`,
  periodLabel: `tháng 3/${year}`,
  kind: 'month',
  schemeId: 'nd335-2025',
  schemeName: schemes[1]!.name,
  groupName: GROUP,
  openedAt: `${year}-04-01T08:00:00.000Z`,
  sheets: 2,
  scored: 1,
};

const unscored = blankSheet({
  periodId: 5,
  period: `${year}-03`,
  periodLabel: `tháng 3/${year}`,
  staffMemberId: 1,
  fullName: 'Trần Văn Bình',
  position: 'Công chức Tư pháp - Hộ tịch',
});

const explanation = [
  'Tiêu chí chung: 30 / 30 điểm.',
  'Nhiệm vụ "Cấp bản sao chứng thực": 1 lỗi chất lượng, trừ 25 % → 0,75 phần.',
  'Kết quả thực hiện nhiệm vụ: 70 × 3,5 / 4 = 61,25 điểm.',
  'Tổng điểm: 30 + 61,25 = 91,25 điểm.',
  'Xếp loại: Hoàn thành xuất sắc nhiệm vụ (từ 90 điểm).',
];

const yearResults: YearResults = {
  year,
  groupName: GROUP,
  schemeId: schemes[1]!.id,
  schemeName: schemes[1]!.name,
  rows: [
    {
      staffMemberId: 1,
      fullName: 'Trần Văn Bình',
      position: 'Công chức Tư pháp - Hộ tịch',
      periods: [{ period: `${year}-03`, total: 91.25 }],
      score: 91.25,
      grade: 'excellent',
      gradeLabel: 'Hoàn thành xuất sắc nhiệm vụ',
      explanation: 'Trung bình 1 kỳ: 91,25 điểm.',
    },
  ],
  quota: {
    counts: { excellent: 3, good: 10, satisfactory: 0, unsatisfactory: 0 },
    limit: 2,
    exceeded: true,
    warning: 'Số người Hoàn thành xuất sắc nhiệm vụ (3) vượt 20 % số người Hoàn thành tốt nhiệm vụ (10 người → tối đa 2 người).',
  },
};

function renderEvaluations(replies: Replies = {}, account = status().account) {
  const fake = fakeTransport({
    'evaluations.schemes': schemes,
    'evaluations.listPeriods': [march],
    'evaluations.listSheets': [unscored],
    'evaluations.yearResults': yearResults,
    'staff.list': staff,
    'evaluations.myResults': { staffMember: null, sheets: [], years: [] },
    ...replies,
  });
  renderScreen(<EvaluationsScreen />, fake.transport, { status: status({ account }) });
  return fake;
}

describe('evaluations screen', () => {
  it('shows a viewer only the grade counts per group, and asks main for nothing personal', async () => {
    const fake = renderEvaluations(
      { 'evaluations.gradeSummary': [{ groupName: GROUP, counts: { excellent: 3, good: 10, satisfactory: 1, unsatisfactory: 0 }, graded: 14, quotaWarning: 'Vượt tỷ lệ 20 %.' }] },
      viewer,
    );
    const table = await screen.findByRole('table', { name: `Số người theo mức xếp loại năm ${year}` });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'NhómHTXSNVHTTNVHTNVKHTNVSố người đã xếp loạiCảnh báo tỷ lệ',
      `${GROUP}3101014Vượt tỷ lệ 20 %.`,
    ]);
    expect(screen.getByText(/chỉ người đứng đầu \(quản trị viên\) được xem/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mở kỳ đánh giá' })).toBeNull();

    await newUser().selectOptions(screen.getByLabelText('Năm'), String(year - 1));
    await waitFor(() => expect(fake.inputsOf('evaluations.gradeSummary')).toEqual([{ year }, { year: year - 1 }]));
    // Besides the counts, only the account's own results (main answers them for the linked person alone).
    expect(new Set(fake.calls.map((call) => call.channel))).toEqual(new Set(['evaluations.gradeSummary', 'evaluations.myResults']));
  });

  it('lets the head open a quarter for the group with the scheme in force, leaving out one person', async () => {
    const fake = renderEvaluations({ 'evaluations.openPeriod': { ...march, id: 6, period: '2026-Q2', periodLabel: 'quý 2/2026', kind: 'quarter', sheets: 1 } });
    const user = newUser();
    await user.selectOptions(await screen.findByLabelText('Năm'), '2026');
    await user.click(await screen.findByRole('button', { name: 'Mở kỳ đánh giá' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mở kỳ đánh giá năm 2026' });
    await user.selectOptions(within(dialog).getByLabelText('Loại kỳ'), 'quarter');
    await user.selectOptions(within(dialog).getByLabelText('Quý'), '2');
    expect((within(dialog).getByLabelText('Thang đánh giá') as HTMLSelectElement).value).toBe('nd335-2025');
    expect(within(dialog).getByText(/phân bổ giả định/)).toBeTruthy();
    expect((within(dialog).getByLabelText('Nhóm đánh giá') as HTMLInputElement).value).toBe(GROUP);
    await user.click(within(dialog).getByLabelText('Lê Thị Hoa – Công chức Văn phòng - Thống kê'));
    await user.click(within(dialog).getByRole('button', { name: 'Mở kỳ đánh giá' }));

    await dialogsClosed();
    expect(fake.inputsOf('evaluations.openPeriod')).toEqual([{ period: '2026-Q2', groupName: GROUP, schemeId: 'nd335-2025', staffMemberIds: [1] }]);
    expect(screen.getByText('Đã mở kỳ đánh giá quý 2/2026.')).toBeTruthy();
  });

  it('defaults a past year to the levels scheme then in force, and refuses a period with nobody in it', async () => {
    const fake = renderEvaluations();
    const user = newUser();
    await user.selectOptions(await screen.findByLabelText('Năm'), '2025');
    await user.click(await screen.findByRole('button', { name: 'Mở kỳ đánh giá' }));
    const dialog = await screen.findByRole('dialog');
    await user.selectOptions(within(dialog).getByLabelText('Loại kỳ'), 'year');
    expect((within(dialog).getByLabelText('Thang đánh giá') as HTMLSelectElement).value).toBe('nd90-2020');
    for (const name of ['Trần Văn Bình – Công chức Tư pháp - Hộ tịch', 'Lê Thị Hoa – Công chức Văn phòng - Thống kê']) await user.click(within(dialog).getByLabelText(name));
    await user.click(within(dialog).getByRole('button', { name: 'Mở kỳ đánh giá' }));
    expect(await within(dialog).findByText('Chọn ít nhất một người được đánh giá.')).toBeTruthy();
    expect(fake.inputsOf('evaluations.openPeriod')).toEqual([]);
  });

  it('lets the head score a sheet, sends the points and tasks, and shows how each figure was computed', async () => {
    const scored: EvaluationSheet = {
      ...unscored,
      generalScores: { politicalCompliance: 2.5 },
      tasks: [{ title: 'Cấp bản sao chứng thực', weight: null, done: true, qualityFailures: 1, delays: 0 }],
      result: { total: 91.25, grade: 'excellent', gradeLabel: 'Hoàn thành xuất sắc nhiệm vụ', forcedByDiscipline: false, explanation },
    };
    const fake = renderEvaluations({ 'evaluations.saveSheet': scored });
    const user = newUser();
    await user.click(await screen.findByRole('button', { name: `tháng 3/${year}` }));
    const sheets = await screen.findByRole('table', { name: `Phiếu đánh giá tháng 3/${year}` });
    expect(within(sheets).getAllByRole('row')[1]!.textContent).toContain('Chưa chấm');
    await user.click(within(sheets).getByRole('button', { name: 'Sửa phiếu của Trần Văn Bình' }));

    const dialog = await screen.findByRole('dialog');
    const compliance = within(dialog).getByLabelText(/^Chấp hành chủ trương, đường lối/);
    expect(within(dialog).getAllByText('/3')).toHaveLength(10);
    await fill(user, compliance, '2,5');
    await user.click(within(dialog).getByRole('button', { name: 'Thêm nhiệm vụ' }));
    await fill(user, within(dialog).getByLabelText('Tên nhiệm vụ 1'), 'Cấp bản sao chứng thực');
    await fill(user, within(dialog).getByLabelText('Số lỗi chất lượng nhiệm vụ 1'), '1');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await dialogsClosed();
    expect(fake.inputsOf('evaluations.saveSheet')).toEqual([
      {
        periodId: 5,
        staffMemberId: 1,
        selfAssessment: '',
        collectiveOpinion: '',
        headNote: '',
        generalScores: { politicalCompliance: 2.5 },
        tasks: [{ title: 'Cấp bản sao chứng thực', weight: null, done: true, qualityFailures: 1, delays: 0 }],
        discipline: null,
        chosenGrade: null,
      },
    ]);
    const result = screen.getByRole('region', { name: 'Kết quả chấm của Trần Văn Bình' });
    expect(within(result).getByText(/91,25 điểm – Hoàn thành xuất sắc nhiệm vụ/)).toBeTruthy();
    expect(within(result).getAllByRole('listitem').map((line) => line.textContent)).toEqual(explanation);
  });

  it('shows main’s refusal of a score by its field, and a wrong number before sending anything', async () => {
    const fake = renderEvaluations({ 'evaluations.saveSheet': fail('BAD_INPUT', 'Điểm tối đa của tiêu chí này là 3.', 'generalScores.politicalStance') });
    const user = newUser();
    await user.click(await screen.findByRole('button', { name: `tháng 3/${year}` }));
    await user.click(await screen.findByRole('button', { name: 'Sửa phiếu của Trần Văn Bình' }));
    const dialog = await screen.findByRole('dialog');
    await fill(user, within(dialog).getByLabelText(/^Có quan điểm, bản lĩnh chính trị/), 'ba');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Nhập một số, ví dụ 2,5.')).toBeTruthy();
    expect(fake.inputsOf('evaluations.saveSheet')).toEqual([]);

    await fill(user, within(dialog).getByLabelText(/^Có quan điểm, bản lĩnh chính trị/), '4');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Điểm tối đa của tiêu chí này là 3.')).toBeTruthy();
    expect(fake.inputsOf('evaluations.saveSheet')).toHaveLength(1);
  });

  it('shows the year’s results with each period’s total and the quota warning with its numbers', async () => {
    const fake = renderEvaluations();
    const user = newUser();
    const table = await screen.findByRole('table', { name: `Kết quả cả năm ${year} – ${GROUP}` });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'Họ và tênChức vụTháng 3Điểm cả nămXếp loạiThao tác',
      'Trần Văn BìnhCông chức Tư pháp - Hộ tịch91,2591,25HTXSNV',
    ]);
    expect(screen.getByRole('alert').textContent).toContain('(10 người → tối đa 2 người)');
    expect(screen.getByLabelText('Số người theo mức xếp loại').textContent).toBe('HTXSNV: 3 · HTTNV: 10 · HTNV: 0 · KHTNV: 0 · Số HTXSNV tối đa: 2');
    await user.click(within(table).getByRole('button', { name: 'Cách tính kết quả cả năm của Trần Văn Bình' }));
    expect(screen.getByText('Trần Văn Bình: Trung bình 1 kỳ: 91,25 điểm.')).toBeTruthy();
    expect(fake.inputsOf('evaluations.yearResults')).toEqual([{ year, groupName: GROUP }]);
  });

  it('fixes the year as decided, then records its disclosure to the staff and offers the notice to print', async () => {
    const decided: YearClosing = { year, groupName: GROUP, decidedOn: '2026-12-20', disclosureDue: '2026-12-25', disclosedOn: null, postingDays: null, disclosureWarning: null };
    const shortPosting = 'Thời gian niêm yết 15 ngày, ngắn hơn 20 ngày liên tục theo quy định.';
    let closings: YearClosing[] = [];
    const fake = renderEvaluations({
      'evaluations.listClosings': () => closings,
      'evaluations.closeYear': () => ((closings = [decided]), decided),
      'evaluations.recordDisclosure': ({ disclosedOn, postingDays }) => {
        closings = [{ ...decided, disclosedOn, postingDays, disclosureWarning: shortPosting }];
        return closings[0]!;
      },
    });
    const user = newUser();
    const panel = await screen.findByRole('region', { name: 'Chốt và công khai kết quả' });
    await user.click(await within(panel).findByRole('button', { name: 'Chốt kết quả cả năm' }));
    expect(await within(panel).findByText(/Hạn công khai cho cán bộ, công chức: 25\/12\/2026/)).toBeTruthy();
    expect(fake.inputsOf('evaluations.closeYear')[0]).toMatchObject({ year, groupName: GROUP });
    expect(within(panel).getByRole('button', { name: 'Thông báo và bảng tổng hợp (PDF)' })).toBeTruthy();

    const days = within(panel).getByRole('textbox', { name: 'Số ngày niêm yết' });
    await user.clear(days);
    await user.type(days, '15');
    await user.click(within(panel).getByRole('button', { name: 'Ghi nhận công khai' }));
    expect(await within(panel).findByText(/ngắn hơn 20 ngày liên tục/)).toBeTruthy();
    expect(fake.inputsOf('evaluations.recordDisclosure')).toEqual([expect.objectContaining({ year, groupName: GROUP, postingDays: 15 })]);
  });

  it('waits for a scored sheet before asking for the year’s results', async () => {
    const fake = renderEvaluations({ 'evaluations.listPeriods': [{ ...march, scored: 0 }] });
    expect(await screen.findByText('Chưa có kết quả cả năm')).toBeTruthy();
    expect(fake.inputsOf('evaluations.yearResults')).toEqual([]);
  });
});
