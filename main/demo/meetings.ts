import { agendaItemInput, followUpTaskInput, meetingPlanInput } from '../api/meetings';
import type { z } from 'zod';
import type { WriteContext } from '../audit/audit';
import { wardWorkingDays } from '../calendar/service';
import { vietnamDate } from '../runtime/ports';
import * as meetings from '../meetings/service';
import { finalizeMinutes } from '../meetings/minutes';
import { getBallotDesign, saveBallotDesign } from '../meetings/ballot';
import { listResidentialGroups } from '../ward/service';
import type { ResidentialGroup } from '../api/ward';
import { listStaff } from '../staff/service';
import type { DatedReadContext } from '../calendar/service';

type PlanIn = z.input<typeof meetingPlanInput>;
type AgendaIn = Omit<z.input<typeof agendaItemInput>, 'meetingId'>;

/** Demo meetings dated around the day the demo is made, so the dashboard and the lists have something current to show. */
export function seedDemoMeetings(ctx: WriteContext): void {
  const days = wardWorkingDays(ctx.db);
  const today = vietnamDate(ctx.clock.now());
  const read: DatedReadContext = { db: ctx.db, today, days };
  const daysFromToday = (offset: number) => days.addCalendarDays(today, offset);
  const plan = (input: PlanIn) => meetings.savePlan(ctx, read, meetingPlanInput.parse(input));
  const agenda = (meetingId: number, item: AgendaIn) => meetings.saveAgendaItem(ctx, read, agendaItemInput.parse({ ...item, meetingId }));

  const group = listResidentialGroups(ctx.db)[2]!;
  const contribution = plan({
    type: 'residentsMeeting',
    title: `Họp ${group.name} bàn mức đóng góp làm đường ngõ 12`,
    subject: 'Chủ trương và mức đóng góp xây dựng đường ngõ 12',
    residentialGroupId: group.id,
    date: daysFromToday(-3),
    startTime: '19:30',
    place: `Nhà văn hóa ${group.name}`,
    noticeDate: daysFromToday(-6),
    chair: group.headName,
    chairPosition: 'Tổ trưởng tổ dân phố',
    secretary: 'Nguyễn Thị Thanh',
    contact: `${group.headName}, Tổ trưởng tổ dân phố`,
  });
  meetings.recordAttendance(ctx, read, { meetingId: contribution.id, presentCount: 171, present: [], endTime: '21:15' });
  agenda(contribution.id, {
    title: 'Mức đóng góp làm đường ngõ 12: 500.000 đồng/hộ',
    presenter: group.headName,
    kind: 'vote',
    matter: 'art15item1',
    opinions: [
      { speaker: 'Ông Lê Văn Sáu', summary: 'Đề nghị miễn đóng góp cho các hộ nghèo, hộ cận nghèo trong tổ.', answeredBy: group.headName, answer: 'Tiếp thu; miễn cho 4 hộ nghèo và 2 hộ cận nghèo.' },
      { speaker: 'Bà Phạm Thị Hòa', summary: 'Đề nghị công khai danh sách đóng góp tại nhà văn hóa hằng tháng.', answeredBy: group.headName, answer: 'Ban công tác Mặt trận sẽ niêm yết hằng tháng.' },
    ],
    vote: { method: 'showOfHands', for: 152, against: 12, abstain: 7, invalid: 0 },
    conclusion: 'Cộng đồng dân cư thống nhất mức đóng góp 500.000 đồng/hộ, miễn cho 6 hộ nghèo, cận nghèo.',
  });
  finalizeMinutes(ctx, read, contribution.id);
  seedHouseholdBallot(ctx, read, listResidentialGroups(ctx.db)[1]!, daysFromToday(4));

  const staff = listStaff(ctx.db, { includeInactive: false, today });
  const conference = plan({
    type: 'staffConference',
    title: `Hội nghị cán bộ, công chức, viên chức, người lao động năm ${today.slice(0, 4)}`,
    date: daysFromToday(20),
    startTime: '08:00',
    place: 'Hội trường UBND phường',
    chair: staff[0]!.fullName,
    chairPosition: staff[0]!.position,
    presidium: [`${staff[0]!.fullName} - ${staff[0]!.position}`, 'Ngô Thị Liên - Chủ tịch Công đoàn cơ sở'],
    secretary: 'Hoàng Thị Duyên',
    secretaryPosition: 'Công chức Văn phòng - Thống kê',
    participants: staff.map((member) => ({ kind: 'staff' as const, staffMemberId: member.id, name: member.fullName, detail: member.position })),
  });
  meetings.savePreparationStep(ctx, read, { meetingId: conference.id, key: 'planAgreed', doneOn: daysFromToday(-25), note: 'Kế hoạch liên tịch giữa Chủ tịch UBND và Ban Chấp hành công đoàn' });
  meetings.saveConsultationComment(ctx, read, {
    meetingId: conference.id,
    topic: 'spendingRules',
    department: 'Văn phòng HĐND và UBND',
    summary: 'Đề nghị bổ sung mức hỗ trợ công tác phí cho cán bộ đi cơ sở.',
    receivedOn: daysFromToday(-2),
  });
  meetings.saveTask(ctx, read, followUpTaskInput.parse({ meetingId: conference.id, description: 'Hoàn thiện dự thảo quy chế chi tiêu nội bộ', owner: 'Vũ Thị Giang', dueDate: daysFromToday(10) }));
}

/** A household-ballot round handed out in a few days, its ballot designed from the defaults, ready to print. */
function seedHouseholdBallot(ctx: WriteContext, read: DatedReadContext, group: ResidentialGroup, date: string): void {
  const round = meetings.savePlan(ctx, read, meetingPlanInput.parse({
    type: 'householdBallot',
    title: `Lấy ý kiến hộ gia đình ${group.name} về lắp đặt camera an ninh`,
    subject: 'Chủ trương và mức đóng góp lắp đặt camera an ninh tại các ngõ',
    residentialGroupId: group.id,
    date,
    startTime: '08:00',
    place: `Nhà văn hóa ${group.name}`,
    noticeDate: read.today,
  }));
  for (const item of [
    { title: 'Lắp đặt 6 camera an ninh tại các ngõ, mức đóng góp 200.000 đồng/hộ', matter: 'art15item1' },
    { title: 'Bổ sung quy ước của tổ: đóng cổng ngõ từ 23 giờ đến 5 giờ sáng', matter: 'art15item3' },
  ]) {
    meetings.saveAgendaItem(ctx, read, agendaItemInput.parse({ meetingId: round.id, kind: 'vote', ...item }));
  }
  const design = getBallotDesign(read, round.id);
  const { meetingId, title, subject, questions, guidance, otherOpinion, deadline } = design;
  saveBallotDesign(ctx, read, { meetingId, title, subject, questions, guidance, otherOpinion, deadline, authentication: null });
}
