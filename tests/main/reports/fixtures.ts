import { k7Disclosure } from '../disclosures/fixtures';
import { FakeClock, SAMPLE_PROFILE, startWardWithAdmin, type TestApp } from '../support/runtime';

export const Q1 = { year: 2026, quarter: 1 };
export const Q2 = { year: 2026, quarter: 2 };

/** A residents' meeting of the group that votes on its secretary (procedure) and on one Art. 15 matter. */
async function residentsMeeting(app: TestApp, groupId: number, date: string, title: string, votesFor: number): Promise<void> {
  const meeting = await app.call('meetings.savePlan', {
    type: 'residentsMeeting',
    title,
    residentialGroupId: groupId,
    date,
    startTime: '19:30',
    place: 'Nhà văn hóa Tổ dân phố 5',
    chair: 'Hoàng Văn Dũng',
    secretary: 'Nguyễn Thị Thanh',
  });
  await app.call('meetings.recordAttendance', { meetingId: meeting.id, presentCount: 90, endTime: '21:00' });
  await app.call('meetings.saveAgendaItem', {
    meetingId: meeting.id,
    title: 'Cử thư ký cuộc họp',
    kind: 'vote',
    matter: 'secretary',
    vote: { method: 'showOfHands', for: 90, against: 0, abstain: 0, invalid: 0 },
  });
  await app.call('meetings.saveAgendaItem', {
    meetingId: meeting.id,
    title: `${title}: mức đóng góp 500.000 đồng/hộ`,
    kind: 'vote',
    matter: 'art15item1',
    vote: { method: 'showOfHands', for: votesFor, against: 90 - votesFor, abstain: 0, invalid: 0 },
  });
}

/**
 * A ward on 2 July 2026 (Q1 and Q2 are over) with, in Q1: a K7 disclosure, a hotline petition and a
 * residents' meeting whose matter passed; in Q2 another residents' meeting whose matter failed.
 */
export async function wardWithRecords(): Promise<TestApp> {
  const app = await startWardWithAdmin({ clock: new FakeClock(new Date('2026-07-02T02:00:00.000Z')) });
  await app.call('ward.saveProfile', SAMPLE_PROFILE);
  await app.call('signatories.save', { fullName: 'Nguyễn Văn An', position: 'Chủ tịch', authority: 'TM', isDefault: true });
  const group = await app.call('residentialGroups.save', { name: 'Tổ dân phố 5', householdCount: 100, headName: 'Hoàng Văn Dũng', note: '' });
  await app.call('residentialGroups.save', { name: 'Tổ dân phố 6', householdCount: 80, headName: 'Đỗ Thị Mai', note: '' });
  await app.call('disclosures.save', k7Disclosure);
  await app.call('petitions.save', {
    source: 'hotline',
    receivedOn: '2026-02-13',
    person: { name: 'Nguyễn Văn Bình', address: 'Số 12 ngõ 5 phố Huế', phone: '0912 345 678' },
    content: 'Đề nghị xử lý việc đổ rác thải sai nơi quy định ở đầu ngõ 5.',
    category: 'environment',
  });
  await residentsMeeting(app, group.id, '2026-03-10', 'Họp bàn làm đường ngõ 12', 80);
  await residentsMeeting(app, group.id, '2026-05-12', 'Họp bàn lát vỉa hè', 40);
  return app;
}
