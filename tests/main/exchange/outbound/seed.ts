import { join } from 'node:path';
import type { Meeting } from '../../../../main/api/meetings';
import { openDatabase, type Db } from '../../../../main/db/database';
import { SAMPLE_PROFILE, type TestApp } from '../../support/runtime';

export const PROFILE = { ...SAMPLE_PROFILE, superiorEmail: 'vanthu@sonoivu.hanoi.gov.vn', email: 'ubnd@dongda.hanoi.gov.vn' };
export const GROUP = 'Công chức chuyên môn UBND phường';
export const PERSON = { name: 'Nguyễn Văn Bình', address: 'Số 12 ngõ 5 phố Huế', phone: '0912 345 678' };

/** The ward's database, opened beside the running app (read in tests, as the meetings tests do). */
export function wardDb(app: TestApp): Db {
  return openDatabase(join(app.dataDir, 'ward.sqlite'));
}

export async function addStaff(app: TestApp, count: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const member = await app.call('staff.save', { fullName: `Cán bộ số ${i + 1}`, position: 'Công chức Văn phòng - Thống kê', employmentType: 'civilServant', activeFrom: '2020-01-01', activeTo: null });
    ids.push(member.id);
  }
  return ids;
}

/** A staff conference of three, all present, adopting its resolution 3–0, with finalized minutes. */
export async function finalizedConference(app: TestApp, staffIds: number[]): Promise<Meeting> {
  const planned = await app.call('meetings.savePlan', {
    type: 'staffConference',
    title: 'Hội nghị cán bộ, công chức năm 2026',
    date: '2026-02-27',
    startTime: '08:00',
    place: 'Hội trường UBND phường',
    chair: 'Cán bộ số 1',
    chairPosition: 'Chủ tịch UBND phường',
    presidium: ['Cán bộ số 1 - Chủ tịch UBND phường'],
    secretary: 'Cán bộ số 2',
    participants: staffIds.map((id, i) => ({ kind: 'staff' as const, staffMemberId: id, name: `Cán bộ số ${i + 1}` })),
  });
  await app.call('meetings.recordAttendance', { meetingId: planned.id, present: planned.participants.map((p) => ({ participantId: p.id, present: true })), endTime: '11:30' });
  await app.call('meetings.saveAgendaItem', {
    meetingId: planned.id,
    title: 'Thông qua Nghị quyết hội nghị',
    kind: 'vote',
    matter: 'resolution',
    vote: { method: 'showOfHands', for: staffIds.length, against: 0, abstain: 0, invalid: 0 },
  });
  return app.call('meetings.finalize', { meetingId: planned.id });
}

const fullMarks = { politicalCompliance: 3, politicalStance: 3, integrity: 3, lifestyle: 3, assignmentCompliance: 3, workRules: 3, workingStyle: 3, publicService: 3, initiative: 3, responsibility: 3 };

/** The first quarter scored for the group (one with a quality failure) and the year closed on 2 March. */
export async function closedEvaluationYear(app: TestApp, staffIds: number[]): Promise<void> {
  const period = await app.call('evaluations.openPeriod', { period: '2026-Q1', groupName: GROUP, schemeId: 'nd335-2025', staffMemberIds: staffIds });
  for (const [index, staffMemberId] of staffIds.entries()) {
    await app.call('evaluations.saveSheet', { periodId: period.id, staffMemberId, generalScores: fullMarks, tasks: [{ title: 'Nhiệm vụ', done: true, qualityFailures: index === 0 ? 0 : 1, delays: 0 }] });
  }
  await app.call('evaluations.closeYear', { year: 2026, groupName: GROUP, decidedOn: '2026-03-02' });
}

/** An inspection board of five residents, one supervision visit and one answered recommendation. */
export async function boardWithRecommendation(app: TestApp): Promise<void> {
  const board = await app.call('boards.save', { kind: 'inspection', from: '2025-01-01', to: '2029-12-31' });
  for (const [index, fullName] of ['Lê Văn Hùng', 'Phạm Thị Lan', 'Đỗ Văn Nam', 'Vũ Thị Hoa', 'Ngô Minh Tâm'].entries()) {
    await app.call('boards.saveMember', { boardId: board.id, fullName, residentialGroupId: null, role: index === 0 ? 'head' : 'member', from: '2025-01-01' });
  }
  const activity = await app.call('boards.saveActivity', { boardId: board.id, kind: 'supervision', date: '2026-02-10', subject: 'Giám sát việc thu phí vệ sinh môi trường', findings: 'Thu đúng mức.' });
  const recommendation = await app.call('boards.saveRecommendation', { activityId: activity.id, content: 'Niêm yết công khai mức thu tại tổ dân phố.' });
  await app.call('boards.answerRecommendation', { id: recommendation.id, answeredOn: '2026-02-25', answer: 'Đã niêm yết tại nhà văn hóa các tổ.' });
}

export const petitionEntry = {
  source: 'hotline' as const,
  receivedOn: '2026-02-13',
  person: PERSON,
  content: 'Đề nghị xử lý việc đổ rác thải sai nơi quy định ở đầu ngõ 5.',
  category: 'environment',
};
