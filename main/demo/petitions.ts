import { petitionInput, suggestionBoxOpeningInput } from '../api/petitions';
import type { WriteContext } from '../audit/audit';
import { wardWorkingDays } from '../calendar/service';
import { vietnamDate } from '../runtime/ports';
import type { PetitionReadContext } from '../petitions/queries';
import { answerPetition, assignPetition, forwardPetition, openSuggestionBox, savePetition } from '../petitions/service';
import { listResidentialGroups } from '../ward/service';
import { listStaff } from '../staff/service';

/** A few ledger entries around the demo's today (one overdue, one due soon, answered and forwarded ones) and a box opening. */
export function seedDemoPetitions(ctx: WriteContext): void {
  const days = wardWorkingDays(ctx.db);
  const today = vietnamDate(ctx.clock.now());
  const read: PetitionReadContext = { db: ctx.db, today, days, canSeePerson: true };
  const ago = (calendarDays: number) => days.addCalendarDays(today, -calendarDays);
  const officer = listStaff(ctx.db, { includeInactive: false, today }).find((member) => member.position.includes('Địa chính'))!;
  const group = listResidentialGroups(ctx.db)[1]!;
  const save = (input: Parameters<typeof petitionInput.parse>[0]) => savePetition(ctx, read, petitionInput.parse(input));

  const late = save({
    source: 'hotline',
    receivedOn: ago(25),
    person: { name: 'Phan Văn Lộc', address: 'Số 8 ngõ 3 đường Trần Phú', phone: '0987 111 222', residentialGroupId: group.id },
    content: 'Đề nghị xử lý công trình xây dựng lấn chiếm vỉa hè trước số 10 ngõ 3 đường Trần Phú.',
    category: 'urbanOrder',
  });
  assignPetition(ctx, read, { id: late.id, assigneeId: officer.id });
  save({
    source: 'inPerson',
    receivedOn: ago(8),
    person: { name: 'Vương Thị Hằng', address: 'Số 21 đường Lê Lợi', phone: '', residentialGroupId: group.id },
    content: 'Hỏi về thủ tục cấp đổi giấy chứng nhận quyền sử dụng đất do sai sót thông tin.',
    category: 'land',
    assigneeId: officer.id,
  });
  const answered = save({ source: 'email', receivedOn: ago(20), content: 'Phản ánh đèn chiếu sáng công cộng ngõ 5 bị hỏng nhiều ngày.', category: 'urbanOrder' });
  answerPetition(ctx, read, { id: answered.id, answer: 'Đã đề nghị đơn vị quản lý chiếu sáng thay bóng đèn; đã sửa xong.', answeredOn: ago(12) });
  const forwarded = save({ source: 'forwardedByFront', receivedOn: ago(15), content: 'Kiến nghị về tiếng ồn của cơ sở sản xuất ban đêm.', category: 'environment' });
  forwardPetition(ctx, read, { id: forwarded.id, forwardedTo: 'Phòng Kinh tế, Hạ tầng và Đô thị', forwardedOn: ago(13) });
  openSuggestionBox(
    ctx,
    read,
    suggestionBoxOpeningInput.parse({
      openedOn: ago(4),
      place: 'Trụ sở UBND phường',
      witnesses: ['Hoàng Thị Duyên - Công chức Văn phòng', 'Ngô Thị Liên - Chủ tịch Công đoàn cơ sở'],
      letterCount: 2,
      letters: [
        { content: 'Đề nghị tăng số chuyến thu gom rác tại tổ dân phố vào cuối tuần.', category: 'environment' },
        { content: 'Góp ý về thái độ tiếp dân tại bộ phận một cửa: cần hướng dẫn kỹ hơn.', category: 'officials' },
      ],
    }),
  );
}
