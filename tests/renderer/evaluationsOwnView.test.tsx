import { screen, waitFor, within } from '@testing-library/react';
import type { EvaluationSheet, MyResults } from '../../main/api';
import { EvaluationsScreen } from '../../renderer/evaluations/EvaluationsScreen';
import { blankSheet, GROUP } from './evaluationFixtures';
import { fakeTransport, newUser, renderScreen, status, viewer, type Replies } from './fakes';

const year = new Date().getFullYear();
const me = { id: 5, fullName: 'Hoàng Thị Duyên', position: 'Công chức Văn phòng - Thống kê' };

const explanation = [
  'Tiêu chí chung: 30 / 30 điểm.',
  'Kết quả thực hiện nhiệm vụ: 70 × 0,75 / 1 = 52,5 điểm.',
  'Tổng điểm: 30 + 52,5 = 82,5 điểm.',
  'Xếp loại: Hoàn thành tốt nhiệm vụ (từ 70 đến dưới 90 điểm).',
];

const sheet = (month: number, result: EvaluationSheet['result']): EvaluationSheet =>
  blankSheet({ periodId: month, period: `${year}-0${month}`, periodLabel: `tháng ${month}/${year}`, staffMemberId: me.id, fullName: me.fullName, position: me.position, result });

const scored = sheet(1, { total: 82.5, grade: 'good', gradeLabel: 'Hoàn thành tốt nhiệm vụ', forcedByDiscipline: false, explanation });
const waiting = sheet(2, null);

const mine: MyResults = {
  staffMember: me,
  sheets: [scored, waiting],
  years: [
    {
      groupName: GROUP,
      score: 82.5,
      grade: 'good',
      gradeLabel: 'Hoàn thành tốt nhiệm vụ',
      explanation: 'Trung bình 1 kỳ: 82,5 điểm.',
      periods: [{ period: `${year}-01`, total: 82.5 }],
      decidedOn: null,
    },
  ],
};

function renderOwnView(replies: Replies) {
  const fake = fakeTransport({ 'evaluations.gradeSummary': [], ...replies });
  renderScreen(<EvaluationsScreen />, fake.transport, { status: status({ account: viewer }) });
  return fake;
}

const ownSection = () => screen.findByRole('region', { name: 'Kết quả đánh giá của tôi' });

describe('the own evaluation results', () => {
  it('shows a viewer their own sheets with total, grade and how it was computed, and their year result', async () => {
    const fake = renderOwnView({ 'evaluations.myResults': mine });
    const section = await ownSection();
    expect(await within(section).findByText(`${me.fullName} – ${me.position}`)).toBeTruthy();

    const january = within(section).getByRole('region', { name: `Kết quả chấm của Tháng 1/${year}` });
    expect(within(january).getByText(/82,5 điểm – Hoàn thành tốt nhiệm vụ/)).toBeTruthy();
    expect(within(january).getByLabelText('Hoàn thành tốt nhiệm vụ').textContent).toBe('HTTNV');
    await newUser().click(within(january).getByRole('button', { name: /82,5 điểm/ }));
    expect(within(january).getAllByRole('listitem').map((line) => line.textContent)).toEqual(explanation);
    expect(within(section).getByText(`Tháng 2/${year}: chưa chấm.`)).toBeTruthy();

    const yearResult = within(section).getByRole('region', { name: `Kết quả cả năm ${year} – ${GROUP}` });
    expect(within(yearResult).getByText(`Cả năm ${year}: 82,5 điểm – Hoàn thành tốt nhiệm vụ`)).toBeTruthy();
    expect(within(yearResult).getByText(`Điểm các kỳ: tháng 1/${year} – 82,5 điểm`)).toBeTruthy();
    expect(within(yearResult).getByText(/Tạm tính, người đứng đầu chưa chốt/)).toBeTruthy();

    await newUser().selectOptions(screen.getByLabelText('Năm'), String(year - 1));
    await waitFor(() => expect(fake.inputsOf('evaluations.myResults')).toEqual([{ year }, { year: year - 1 }]));
  });

  it('says when the account is linked to no staff member', async () => {
    renderOwnView({ 'evaluations.myResults': { staffMember: null, sheets: [], years: [] } });
    const section = await ownSection();
    expect(await within(section).findByText('Tài khoản của bạn chưa được gắn với cán bộ nào; quản trị viên gắn trong mục Tài khoản.')).toBeTruthy();
    expect(within(section).queryByRole('region')).toBeNull();
  });

  it('says when nothing of the person has been scored yet, naming the periods waiting', async () => {
    renderOwnView({ 'evaluations.myResults': { staffMember: me, sheets: [waiting], years: [] } });
    const section = await ownSection();
    expect(await within(section).findByText(`Chưa có phiếu đánh giá nào của bạn được chấm trong năm ${year}`)).toBeTruthy();
    expect(within(section).getByText(`Đang chờ chấm: tháng 2/${year}.`)).toBeTruthy();
    expect(within(section).queryByRole('region')).toBeNull();
  });
});
