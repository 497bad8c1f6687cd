import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Meeting } from '../../../main/api/meetings';
import { openDatabase } from '../../../main/db/database';
import { SAMPLE_PROFILE, startWardWithAdmin, type TestApp, refusalOf } from '../support/runtime';

/** The FakeClock's today is 2026-03-02 (Monday). */
const CONFERENCE_DAY = '2026-02-27';

async function addStaff(app: TestApp, count: number) {
  const positions = ['Chủ tịch UBND phường', 'Phó Chủ tịch UBND phường', 'Chủ tịch Công đoàn cơ sở'];
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const member = await app.call('staff.save', {
      fullName: `Cán bộ số ${i + 1}`,
      position: positions[i] ?? 'Công chức Văn phòng - Thống kê',
      department: i % 2 ? 'Văn phòng HĐND và UBND' : 'Phòng Văn hóa - Xã hội',
      employmentType: 'civilServant',
      activeFrom: '2020-01-01',
      activeTo: null,
    });
    ids.push(member.id);
  }
  return ids;
}

async function planConference(app: TestApp, staffIds: number[]): Promise<Meeting> {
  return app.call('meetings.savePlan', {
    type: 'staffConference',
    title: 'Hội nghị cán bộ, công chức năm 2026',
    date: CONFERENCE_DAY,
    startTime: '08:00',
    place: 'Hội trường UBND phường',
    chair: 'Cán bộ số 1',
    chairPosition: 'Chủ tịch UBND phường',
    presidium: ['Cán bộ số 1 - Chủ tịch UBND phường', 'Cán bộ số 3 - Chủ tịch Công đoàn cơ sở'],
    secretary: 'Cán bộ số 5',
    participants: staffIds.map((id, i) => ({ kind: 'staff' as const, staffMemberId: id, name: `Cán bộ số ${i + 1}` })),
  });
}

async function markPresent(app: TestApp, meeting: Meeting, present: number) {
  return app.call('meetings.recordAttendance', {
    meetingId: meeting.id,
    present: meeting.participants.map((p, i) => ({ participantId: p.id, present: i < present })),
    endTime: '11:30',
  });
}

describe('meetings service: the staff conference', () => {
  let app: TestApp;
  let staffIds: number[];
  beforeEach(async () => {
    app = await startWardWithAdmin();
    staffIds = await addStaff(app, 25);
  });
  afterEach(() => app.dispose());

  it('counts the invited staff, and tells how many are missing for a valid conference', async () => {
    const planned = await planConference(app, staffIds);
    expect(planned).toMatchObject({ eligibleCount: 25, presentCount: null, stage: 'planned' });
    expect(planned.quorum).toMatchObject({ recorded: false, required: 17 });
    const short = await markPresent(app, planned, 16);
    expect(short.quorum).toMatchObject({ valid: false, missing: 1 });
    expect(short.quorum!.message).toContain('còn thiếu 1 người');
    const enough = await markPresent(app, planned, 18);
    expect(enough).toMatchObject({ presentCount: 18, stage: 'held', quorum: { valid: true } });
  });

  it('records the resolution vote and refuses counts above those present', async () => {
    const meeting = await markPresent(app, await planConference(app, staffIds), 18);
    const refused = await refusalOf(
      app.call('meetings.saveAgendaItem', { meetingId: meeting.id, title: 'Thông qua Nghị quyết', kind: 'vote', matter: 'resolution', vote: { method: 'showOfHands', for: 15, against: 3, abstain: 1, invalid: 0 } }),
    );
    expect(refused).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('= 19) lớn hơn số người có mặt (18)') });
    const saved = await app.call('meetings.saveAgendaItem', {
      meetingId: meeting.id,
      title: 'Thông qua Nghị quyết hội nghị',
      kind: 'vote',
      matter: 'resolution',
      vote: { method: 'showOfHands', for: 15, against: 2, abstain: 1, invalid: 0 },
    });
    expect(saved.agenda[0]!.result).toMatchObject({ passed: true, required: 10 });
    const fewer = await refusalOf(markPresent(app, meeting, 17));
    expect(fewer.message).toContain('lớn hơn số người có mặt (17)');
  });

  it('elects the inspection board and refuses an excluded position with a clear message', async () => {
    const meeting = await markPresent(app, await planConference(app, staffIds), 18);
    const item = (names: [number, number][]) => ({
      meetingId: meeting.id,
      title: 'Bầu Ban Thanh tra nhân dân',
      kind: 'election' as const,
      matter: 'inspectionBoard',
      seats: 3,
      vote: { method: 'secretBallot' as const, for: 0, against: 0, abstain: 0, invalid: 0, countingBoard: ['Cán bộ số 7', 'Cán bộ số 8', 'Cán bộ số 9'] },
      candidates: names.map(([index, votes]) => ({ name: `Cán bộ số ${index + 1}`, staffMemberId: staffIds[index]!, position: index === 1 ? 'Phó Chủ tịch UBND phường' : 'Công chức', votes })),
    });
    const refused = await refusalOf(app.call('meetings.saveAgendaItem', item([[1, 12], [10, 14], [11, 13]])));
    expect(refused.message).toContain('Cán bộ số 2 giữ chức vụ Phó Chủ tịch UBND phường nên không được bầu');
    const elected = await app.call('meetings.saveAgendaItem', item([[9, 16], [10, 14], [11, 13], [12, 4]]));
    expect(elected.agenda[0]!.result).toMatchObject({ passed: true, elected: ['Cán bộ số 10', 'Cán bộ số 11', 'Cán bộ số 12'] });
  });

  it('finalizes the minutes with register numbers; the locked minutes refuse changes, in the audit trail too', async () => {
    const meeting = await markPresent(app, await planConference(app, staffIds), 18);
    await app.call('meetings.saveAgendaItem', { meetingId: meeting.id, title: 'Thông qua Nghị quyết', kind: 'vote', matter: 'resolution', vote: { method: 'showOfHands', for: 15, against: 3, abstain: 0, invalid: 0 } });
    const withTask = await app.call('meetings.saveTask', { meetingId: meeting.id, description: 'Ban hành quy chế chi tiêu nội bộ', owner: 'Văn phòng', dueDate: '2026-04-30' });
    const finalized = await app.call('meetings.finalize', { meetingId: meeting.id });
    expect(finalized.stage).toBe('finalized');
    expect(finalized.versions).toEqual([
      expect.objectContaining({ version: 1, minutesNumber: '01/BB-UBND', resolutionNumber: '02/NQ-UBND', finalizedBy: 'Nguyễn Thị Quản Trị', reason: '' }),
    ]);

    const refused = await refusalOf(app.call('meetings.saveProceedings', { meetingId: meeting.id, proceedings: 'Sửa sau khi đã ký', conclusion: '' }));
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('đã hoàn thiện nên không sửa được') });
    const audit = await app.call('audit.list', { entity: 'meeting' });
    expect(audit.some((entry) => entry.action === 'refused' && entry.entityId === String(meeting.id))).toBe(true);
    expect(audit.some((entry) => entry.action === 'finalize')).toBe(true);

    const task = withTask.tasks[0]!;
    const progressed = await app.call('meetings.saveTask', { ...task, doneOn: '2026-03-02', note: 'Đã ban hành' });
    expect(progressed.tasks[0]).toMatchObject({ doneOn: '2026-03-02' });
    expect((await refusalOf(app.call('meetings.saveTask', { ...task, owner: 'Người khác' }))).code).toBe('CONFLICT');
    expect((await refusalOf(app.call('meetings.delete', { id: meeting.id }))).message).toContain('không xóa được');
  });

  it('corrects finalized minutes as a new version with its reason, keeping the first version as it was', async () => {
    const meeting = await markPresent(app, await planConference(app, staffIds), 18);
    await app.call('meetings.saveProceedings', { meetingId: meeting.id, proceedings: 'Đồng chí Chủ tịch khai mạc hội nghị.', conclusion: '' });
    await app.call('meetings.finalize', { meetingId: meeting.id });
    const correcting = await app.call('meetings.startCorrection', { meetingId: meeting.id, reason: 'Ghi sai tên người phát biểu' });
    expect(correcting.stage).toBe('correcting');
    await app.call('meetings.saveProceedings', { meetingId: meeting.id, proceedings: 'Đồng chí Chủ tịch UBND phường khai mạc hội nghị.', conclusion: '' });
    const second = await app.call('meetings.finalize', { meetingId: meeting.id });
    expect(second.versions.map((v) => [v.version, v.reason, v.minutesNumber])).toEqual([
      [1, '', '01/BB-UBND'],
      [2, 'Ghi sai tên người phát biểu', '01/BB-UBND'],
    ]);

    const db = openDatabase(`${app.dataDir}/ward.sqlite`);
    try {
      const first = JSON.parse((db.prepare('SELECT snapshot_json FROM minutes_version WHERE version = 1').get() as { snapshot_json: string }).snapshot_json) as Meeting;
      expect(first.proceedings).toBe('Đồng chí Chủ tịch khai mạc hội nghị.');
      expect(() => db.prepare("UPDATE minutes_version SET reason = 'x'").run()).toThrow(/immutable/);
      expect(() => db.prepare('DELETE FROM minutes_version').run()).toThrow(/immutable/);
    } finally {
      db.close();
    }
  });

  it('prints each finalized version as it was locked, and the draft of a correction as a draft', async () => {
    await app.call('ward.saveProfile', SAMPLE_PROFILE);
    const meeting = await markPresent(app, await planConference(app, staffIds), 18);
    await app.call('meetings.saveProceedings', { meetingId: meeting.id, proceedings: 'Phát biểu của Chủ tịch Công đoàn cơ sở.', conclusion: '' });
    await app.call('meetings.finalize', { meetingId: meeting.id });
    await app.call('meetings.startCorrection', { meetingId: meeting.id, reason: 'Bổ sung ý kiến' });
    await app.call('meetings.saveProceedings', { meetingId: meeting.id, proceedings: 'Phát biểu bổ sung của Văn phòng.', conclusion: '' });
    const pdfText = async (version?: number) => {
      const file = await app.call('meetings.exportDocument', { meetingId: meeting.id, kind: 'minutes', format: 'pdf', ...(version ? { version } : {}) });
      const path = `${app.dataDir}/minutes-${version ?? 'draft'}.pdf`;
      writeFileSync(path, Buffer.from(file.contentBase64, 'base64'));
      return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
    };
    const first = await pdfText(1);
    expect(first).toContain('Số: 01/BB-UBND');
    expect(first).toContain('Phát biểu của Chủ tịch Công đoàn cơ sở.');
    expect(first).not.toContain('Phát biểu bổ sung');
    const draft = await pdfText();
    expect(draft).toContain('DỰ THẢO');
    expect(draft).toContain('Phát biểu bổ sung của Văn phòng.');
    const missing = await refusalOf(app.call('meetings.exportDocument', { meetingId: meeting.id, kind: 'minutes', format: 'pdf', version: 7 }));
    expect(missing.message).toBe('Biên bản chưa có phiên bản 7.');
  });

  it('lays out the preparation steps from the conference date and takes the staff comments per topic', async () => {
    const meeting = await planConference(app, staffIds);
    expect(meeting.preparation[0]).toMatchObject({ key: 'planAgreed', dueDate: '2026-01-13', overdue: true });
    expect(meeting.preparation.find((s) => s.key === 'review6m')).toMatchObject({ dueDate: '2026-08-27', overdue: false });
    const done = await app.call('meetings.savePreparationStep', { meetingId: meeting.id, key: 'planAgreed', doneOn: '2026-01-10', note: 'Kế hoạch số 05/KH-UBND' });
    expect(done.preparation[0]).toMatchObject({ doneOn: '2026-01-10', overdue: false });
    const commented = await app.call('meetings.saveConsultationComment', { meetingId: meeting.id, topic: 'spendingRules', department: 'Văn phòng HĐND và UBND', summary: 'Đề nghị tăng mức chi hỗ trợ điện thoại.', receivedOn: '2026-02-10' });
    expect(commented.consultation).toHaveLength(1);
    expect((await refusalOf(app.call('meetings.saveConsultationComment', { meetingId: meeting.id, topic: 'unknown', department: 'X', summary: 'Y', receivedOn: '2026-02-10' }))).code).toBe('BAD_INPUT');
  });
});

describe('meetings service: residents decide', () => {
  let app: TestApp;
  let groupId: number;
  beforeEach(async () => {
    app = await startWardWithAdmin();
    groupId = (await app.call('residentialGroups.save', { name: 'Tổ dân phố 3', householdCount: 100, headName: 'Trần Đức Thắng', note: '' })).id;
  });
  afterEach(() => app.dispose());

  async function planContribution() {
    return app.call('meetings.savePlan', {
      type: 'residentsMeeting',
      title: 'Họp tổ dân phố bàn đóng góp làm đường ngõ 5',
      subject: 'Đóng góp xây dựng đường ngõ 5',
      residentialGroupId: groupId,
      date: '2026-02-26',
      startTime: '19:30',
      place: 'Nhà văn hóa tổ dân phố 3',
      noticeDate: '2026-02-25',
      chair: 'Trần Đức Thắng',
      secretary: 'Lê Văn Tâm',
    });
  }

  it('takes the household count from the group and warns when the notice came late', async () => {
    const meeting = await planContribution();
    expect(meeting).toMatchObject({ eligibleCount: 100, residentialGroupName: 'Tổ dân phố 3', quorum: null });
    expect(meeting.noticeWarning).toContain('chỉ trước 1 ngày');
    const refused = await refusalOf(app.call('meetings.recordAttendance', { meetingId: meeting.id, presentCount: 101 }));
    expect(refused.message).toBe('Số hộ có đại diện tham dự (101) lớn hơn tổng số hộ của tổ (100).');
    const groupKept = await refusalOf(app.call('residentialGroups.delete', { id: groupId }));
    expect(groupKept.message).toContain('đã có 1 cuộc họp được ghi nhận nên không xóa được');
  });

  it('fails a contribution voted by 65 % of households, and follows the decision record to the UBND and the front', async () => {
    const meeting = await planContribution();
    await app.call('meetings.recordAttendance', { meetingId: meeting.id, presentCount: 80, endTime: '21:00' });
    const voted = await app.call('meetings.saveAgendaItem', {
      meetingId: meeting.id,
      title: 'Mức đóng góp làm đường ngõ 5',
      kind: 'vote',
      matter: 'art15item1',
      opinions: [{ speaker: 'Ông Nguyễn Văn Bảy', summary: 'Đề nghị giảm mức đóng góp cho hộ nghèo.', answeredBy: 'Tổ trưởng', answer: 'Tiếp thu, miễn cho 3 hộ nghèo.' }],
      vote: { method: 'showOfHands', for: 65, against: 10, abstain: 5, invalid: 0 },
      conclusion: 'Chưa đủ 2/3 số hộ, sẽ tổ chức lấy ý kiến bằng phiếu.',
    });
    expect(voted.agenda[0]!.result).toMatchObject({ passed: false, message: 'Không thông qua: 65/100 hộ tán thành (65,0 %); cần ít nhất 67 hộ (từ 2/3 tổng số hộ trở lên).' });
    expect(voted.deliveryDue).toBe('2026-03-05');

    const dashboard = await app.call('dashboard.get', {});
    expect(dashboard.dueItems).toContainEqual(expect.objectContaining({ key: `meeting:${meeting.id}:delivery`, dueDate: '2026-03-05', overdue: false, capability: 'meetings' }));
    const finalized = await app.call('meetings.finalize', { meetingId: meeting.id });
    expect(finalized.versions[0]).toMatchObject({ minutesNumber: null, resolutionNumber: null });
    await app.call('meetings.recordDelivery', { meetingId: meeting.id, deliveredOn: '2026-03-02' });
    const after = await app.call('dashboard.get', {});
    expect(after.dueItems.some((item) => item.key === `meeting:${meeting.id}:delivery`)).toBe(false);
    expect(after.recentlyDone).toContainEqual(expect.objectContaining({ key: `meeting:${meeting.id}:delivery`, onTime: true }));
  });

  it('says what the minutes lack before finalizing', async () => {
    const meeting = await app.call('meetings.savePlan', { type: 'residentsMeeting', title: 'Họp tổ', residentialGroupId: groupId, date: '2026-02-26', startTime: '19:30', place: 'Nhà văn hóa' });
    const refused = await refusalOf(app.call('meetings.finalize', { meetingId: meeting.id }));
    expect(refused.message).toBe(
      'Chưa hoàn thiện được biên bản, còn thiếu: người chủ trì (chủ tọa); thư ký; kết quả điểm danh; giờ kết thúc; nội dung cộng đồng dân cư biểu quyết (Điều 20 Luật Thực hiện dân chủ ở cơ sở).',
    );
  });

  it('finds opinions typed without diacritics, and lists the meetings of a period with their counts', async () => {
    const meeting = await planContribution();
    await app.call('meetings.recordAttendance', { meetingId: meeting.id, presentCount: 80, endTime: '21:00' });
    await app.call('meetings.saveAgendaItem', {
      meetingId: meeting.id,
      title: 'Quy ước tổ dân phố',
      kind: 'vote',
      matter: 'art15item3',
      opinions: [{ speaker: 'Bà Lê Thị Hoa', summary: 'Đồng ý đóng góp theo quy ước.' }],
      vote: { method: 'showOfHands', for: 60, against: 10, abstain: 10, invalid: 0 },
    });
    const found = await app.call('meetings.search', { query: 'dong gop' });
    expect(found.hits.map((hit) => hit.kind)).toContain('opinion');
    const list = await app.call('meetings.list', { from: '2026-01-01', to: '2026-12-31' });
    expect(list).toEqual([expect.objectContaining({ id: meeting.id, presentCount: 80, attendancePercent: 80, decisionsPassed: 1, decisionsTotal: 1, stage: 'held' })]);
    await app.call('ward.saveProfile', SAMPLE_PROFILE);
    const exported = await app.call('meetings.exportList', { from: '2026-01-01', to: '2026-12-31' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(exported.contentBase64, 'base64') as unknown as ArrayBuffer);
    const cells = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String));
    expect(cells).toContain('Họp tổ dân phố bàn đóng góp làm đường ngõ 5');
    await app.call('meetings.delete', { id: meeting.id });
    expect((await app.call('meetings.search', { query: 'dong gop' })).hits).toEqual([]);
  });
});
