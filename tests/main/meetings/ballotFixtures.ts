/** A household-ballot meeting of a residential group, made through the channels, for the ballot tests. */
import type { BallotDesign, BallotDesignInput, Meeting } from '../../../main/api';
import { openDatabase } from '../../../main/db/database';
import type { TestApp } from '../support/runtime';

/** The FakeClock's today is 2026-03-02; the ballots are handed out on 2026-03-05. */
export const BALLOT_DAY = '2026-03-05';

export async function planHouseholdBallot(app: TestApp): Promise<Meeting> {
  const groupId = (await app.call('residentialGroups.save', { name: 'Tổ dân phố 3', householdCount: 120, headName: 'Trần Đức Thắng', note: '' })).id;
  const meeting = await app.call('meetings.savePlan', {
    type: 'householdBallot',
    title: 'Lấy ý kiến hộ gia đình tổ dân phố 3',
    subject: 'Chủ trương và mức đóng góp cải tạo đường ngõ 5',
    residentialGroupId: groupId,
    date: BALLOT_DAY,
    startTime: '08:00',
    place: 'Nhà văn hóa tổ dân phố 3',
  });
  await app.call('meetings.saveAgendaItem', { meetingId: meeting.id, title: 'Thông báo mục đích lấy ý kiến', kind: 'discussion' });
  await app.call('meetings.saveAgendaItem', { meetingId: meeting.id, title: 'Mức đóng góp cải tạo đường ngõ 5: 500.000 đồng/hộ', kind: 'vote', matter: 'art15item1' });
  return app.call('meetings.saveAgendaItem', { meetingId: meeting.id, title: 'Bổ sung quy ước về giữ gìn vệ sinh ngõ phố', kind: 'vote', matter: 'art15item3' });
}

/** Drops the meeting's residential group, as a record whose scope was never written down. */
export function forgetScope(app: TestApp, meetingId: number): void {
  const db = openDatabase(`${app.dataDir}/ward.sqlite`);
  try {
    db.prepare('UPDATE meeting SET residential_group_id = NULL WHERE id = ?').run(meetingId);
  } finally {
    db.close();
  }
}

/** What the dialog sends back for a design: its editable fields, changed as given. */
export function designInput(design: BallotDesign, changes: Partial<BallotDesignInput> = {}): BallotDesignInput {
  const { meetingId, title, subject, questions, guidance, otherOpinion, deadline } = design;
  return { meetingId, title, subject, questions, guidance, otherOpinion, deadline, authentication: null, ...changes };
}

/** Saves the meeting's plan again with the given changes, as the clerk does in the plan dialog. */
export function replan(app: TestApp, meeting: Meeting, changes: Partial<{ date: string; subject: string; title: string }>): Promise<Meeting> {
  const { id, type, title, subject, residentialGroupId, date, startTime, place } = meeting;
  return app.call('meetings.savePlan', { id, type, title, subject, residentialGroupId, date, startTime, place, ...changes });
}
