import { screen, within } from '@testing-library/react';
import type { Out, SearchHit } from '../../main/api';
import { MeetingSearchScreen } from '../../renderer/meetings/search/MeetingSearchScreen';
import { SEARCH_DEBOUNCE_MS } from '../../renderer/meetings/search/useMeetingSearch';
import { fail, fakeTransport, newUser, renderScreen, type Replies } from './fakes';

const hits: SearchHit[] = [
  {
    kind: 'opinion',
    meetingId: 7,
    meetingTitle: 'Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026',
    meetingDate: '2026-01-20',
    snippet: [
      { text: '…bà Lê Thị Hoa đề nghị công khai mức ', match: false },
      { text: 'đóng góp', match: true },
      { text: ' quỹ phúc lợi hằng tháng…', match: false },
    ],
  },
  {
    kind: 'minutes',
    meetingId: 12,
    meetingTitle: 'Hội nghị tổ dân phố số 3',
    meetingDate: '2025-11-09',
    snippet: [
      { text: 'Các hộ thống nhất ', match: false },
      { text: 'đóng góp', match: true },
      { text: ' xây dựng nhà văn hóa, mỗi hộ ', match: false },
      { text: 'đóng góp', match: true },
      { text: ' 500.000 đồng.', match: false },
    ],
  },
];

const found: Out<'meetings.search'> = { hits, total: 2, capped: false, tookMs: 12.34 };

function renderSearch(replies: Replies = { 'meetings.search': found }) {
  const fake = fakeTransport(replies);
  const opened: number[] = [];
  renderScreen(<MeetingSearchScreen onOpenMeeting={(meetingId) => opened.push(meetingId)} />, fake.transport);
  return { fake, opened, field: screen.getByRole('searchbox', { name: 'Từ cần tìm' }) };
}

const results = () => screen.findByRole('list', { name: 'Kết quả tìm kiếm' });
const resultButtons = async () => within(await results()).getAllByRole('button');

describe('meeting search', () => {
  it('opens focused on the field and explains that typing without diacritics works', () => {
    const { fake, field } = renderSearch();
    expect(document.activeElement).toBe(field);
    expect(screen.getByText('Nhập từ cần tìm')).toBeTruthy();
    expect(screen.getByText(/Gõ không dấu cũng tìm được, ví dụ dong gop → đóng góp/)).toBeTruthy();
    expect(fake.calls).toEqual([]);
  });

  it('searches once the typing pauses and shows each hit with its kind, meeting, date and highlighted matches', async () => {
    const { fake } = renderSearch();
    await newUser().keyboard('dong gop');

    const list = await results();
    expect(fake.inputsOf('meetings.search')).toEqual([{ query: 'dong gop', limit: 50 }]);
    expect(screen.getByText('Tìm thấy 2 kết quả (12,3 ms).')).toBeTruthy();

    const [opinion, minutes] = within(list).getAllByRole('listitem');
    expect(within(opinion!).getByText('Ý kiến')).toBeTruthy();
    expect(within(opinion!).getByText('Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026')).toBeTruthy();
    expect(within(opinion!).getByText('20/01/2026')).toBeTruthy();
    expect(within(minutes!).getByText('Biên bản')).toBeTruthy();
    expect(within(minutes!).getByText('09/11/2025')).toBeTruthy();

    const marks = Array.from(minutes!.querySelectorAll('mark')).map((mark) => mark.textContent);
    expect(marks).toEqual(['đóng góp', 'đóng góp']);
    expect(minutes!.querySelector('p')!.textContent).toBe('Các hộ thống nhất đóng góp xây dựng nhà văn hóa, mỗi hộ đóng góp 500.000 đồng.');
  });

  it('searches at once on Enter without waiting for the pause', async () => {
    const { fake, field } = renderSearch();
    const user = newUser();
    await user.click(field);
    await user.paste('ngân sách');
    await user.keyboard('{Enter}');
    expect(fake.inputsOf('meetings.search')).toEqual([{ query: 'ngân sách', limit: 50 }]);

    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 100));
    expect(fake.inputsOf('meetings.search')).toHaveLength(1);
    expect(await results()).toBeTruthy();
  });

  it('opens the meeting of a clicked result', async () => {
    const { opened } = renderSearch();
    const user = newUser();
    await user.keyboard('dong gop');
    const [, minutes] = await resultButtons();
    await user.click(minutes!);
    expect(opened).toEqual([12]);
  });

  it('moves through the results with the arrow keys and opens one with Enter', async () => {
    const { opened, field } = renderSearch();
    const user = newUser();
    await user.keyboard('dong gop');
    const [opinion, minutes] = await resultButtons();

    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(opinion);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(minutes);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(minutes);
    await user.keyboard('{Enter}');
    expect(opened).toEqual([12]);

    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toBe(field);
  });

  it('says when nothing matches, and comes back to the explanation when the field is cleared', async () => {
    const { field } = renderSearch({ 'meetings.search': { hits: [], total: 0, capped: false, tookMs: 0.8 } });
    const user = newUser();
    await user.keyboard('hương ước');
    expect(await screen.findByText('Không tìm thấy kết quả nào')).toBeTruthy();
    expect(screen.getByText(/chứa “hương ước”/)).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Kết quả tìm kiếm' })).toBeNull();

    await user.clear(field);
    expect(await screen.findByText('Nhập từ cần tìm')).toBeTruthy();
  });

  it('tells how many results there are beyond the ones shown', async () => {
    renderSearch({ 'meetings.search': { hits, total: 134, capped: false, tookMs: 40 } });
    await newUser().keyboard('dong gop');
    await results();
    expect(screen.getByText('Tìm thấy 134 kết quả (40 ms). Hiển thị 2 kết quả đầu tiên, thêm từ để thu hẹp.')).toBeTruthy();
  });

  it('says "more than" when main stopped counting at its cap', async () => {
    renderSearch({ 'meetings.search': { hits, total: 10_000, capped: true, tookMs: 30 } });
    await newUser().keyboard('to dan pho');
    await results();
    expect(screen.getByText('Tìm thấy hơn 10.000 kết quả (30 ms). Hiển thị 2 kết quả đầu tiên, thêm từ để thu hẹp.')).toBeTruthy();
  });

  it("shows main's validation message as text", async () => {
    renderSearch({ 'meetings.search': fail('BAD_INPUT', 'Không được dài quá 200 ký tự.', 'query') });
    await newUser().keyboard('x{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('Không được dài quá 200 ký tự.');
    expect(screen.queryByRole('list', { name: 'Kết quả tìm kiếm' })).toBeNull();
  });
});
