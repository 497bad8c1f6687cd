import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GeneratedFile } from '../../../main/api/files';
import type { Meeting } from '../../../main/api/meetings';
import { openDatabase } from '../../../main/db/database';
import { listRegister, type RegisterEntry } from '../../../main/documents/register';
import { readPdf, readWord } from '../support/documents';
import { refusalOf, SAMPLE_PROFILE, startWardWithAdmin, type TestApp } from '../support/runtime';

/** The FakeClock's today is 2026-03-02 in Vietnam. */
function planMeeting(app: TestApp, overrides: { title?: string; noticeDate?: string | null; date?: string } = {}): Promise<Meeting> {
  return app.call('meetings.savePlan', {
    type: 'other',
    title: overrides.title ?? 'Cuộc họp triển khai công tác chuyển đổi số',
    date: overrides.date ?? '2026-03-10',
    startTime: '08:00',
    place: 'Phòng họp UBND phường',
    noticeDate: overrides.noticeDate ?? null,
    chair: 'Nguyễn Văn An',
    chairPosition: 'Chủ tịch UBND phường',
    secretary: 'Lê Thu Trang',
    participants: [{ kind: 'guest', name: 'Trần Thị Bích', detail: 'Bí thư Đoàn phường' }],
  });
}

function registerOf(app: TestApp, year: number): RegisterEntry[] {
  const db = openDatabase(`${app.dataDir}/ward.sqlite`);
  try {
    return listRegister(db, year);
  } finally {
    db.close();
  }
}

describe('numbering the UBND invitation of a meeting', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startWardWithAdmin();
  });
  afterEach(() => app.dispose());

  it('takes the number once, issued on the notice date, and shows it on the meeting', async () => {
    const planned = await planMeeting(app, { noticeDate: '2026-03-03' });
    expect(planned.invitationNumber).toBeNull();
    const numbered = await app.call('meetings.numberInvitation', { meetingId: planned.id });
    expect(numbered.invitationNumber).toBe('01/GM-UBND');
    const again = await app.call('meetings.numberInvitation', { meetingId: planned.id });
    expect(again.invitationNumber).toBe('01/GM-UBND');
    expect((await app.call('meetings.get', { id: planned.id })).invitationNumber).toBe('01/GM-UBND');
    expect(registerOf(app, 2026)).toEqual([
      expect.objectContaining({
        number: 1,
        typeCode: 'GM',
        issuerCode: 'UBND',
        title: 'Giấy mời Cuộc họp triển khai công tác chuyển đổi số',
        issuedOn: '2026-03-03',
        entity: 'meetingInvitation',
        entityId: String(planned.id),
      }),
    ]);
  });

  it('shares the year sequence with the other outgoing documents, and takes the year of the notice', async () => {
    const first = await planMeeting(app, { title: 'Cuộc họp giao ban tháng 3' });
    await app.call('meetings.recordAttendance', { meetingId: first.id, endTime: '10:00' });
    const finalized = await app.call('meetings.finalize', { meetingId: first.id });
    expect(finalized.versions[0]!.minutesNumber).toBe('01/BB-UBND');

    const second = await planMeeting(app, { title: 'Cuộc họp triển khai kế hoạch tháng 4' });
    expect((await app.call('meetings.numberInvitation', { meetingId: second.id })).invitationNumber).toBe('02/GM-UBND');
    expect(registerOf(app, 2026).map((entry) => [entry.symbol, entry.issuedOn])).toEqual([
      ['01/BB-UBND', '2026-03-02'],
      ['02/GM-UBND', '2026-03-02'],
    ]);

    const noticedLastYear = await planMeeting(app, { title: 'Cuộc họp đầu năm', date: '2026-01-05', noticeDate: '2025-12-29' });
    expect((await app.call('meetings.numberInvitation', { meetingId: noticedLastYear.id })).invitationNumber).toBe('01/GM-UBND');
    expect(registerOf(app, 2025).map((entry) => entry.issuedOn)).toEqual(['2025-12-29']);
  });

  it('refuses a community meeting, whose Mẫu 01 invitation the group head signs, and a deleted meeting', async () => {
    const group = await app.call('residentialGroups.save', { name: 'Tổ dân phố 3', householdCount: 100, headName: 'Trần Đức Thắng', note: '' });
    const community = await app.call('meetings.savePlan', {
      type: 'residentsMeeting',
      title: 'Họp tổ dân phố 3',
      residentialGroupId: group.id,
      date: '2026-03-08',
      startTime: '19:30',
      place: 'Nhà văn hóa tổ 3',
    });
    const refused = await refusalOf(app.call('meetings.numberInvitation', { meetingId: community.id }));
    expect(refused).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('không lấy số trong sổ văn bản đi của Ủy ban nhân dân') });

    const deleted = await planMeeting(app);
    await app.call('meetings.delete', { id: deleted.id });
    const missing = await refusalOf(app.call('meetings.numberInvitation', { meetingId: deleted.id }));
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: 'Không tìm thấy cuộc họp này. Có thể cuộc họp đã bị xóa.' });
    expect(registerOf(app, 2026)).toEqual([]);
  });

  it('does not give a deleted meeting’s number to a new meeting that reuses its id', async () => {
    const deleted = await planMeeting(app);
    await app.call('meetings.numberInvitation', { meetingId: deleted.id });
    await app.call('meetings.delete', { id: deleted.id });
    app.clock.advance(60_000);
    const replanned = await planMeeting(app);
    expect(replanned.id).toBe(deleted.id);
    expect(replanned.invitationNumber).toBeNull();
    expect((await app.call('meetings.numberInvitation', { meetingId: replanned.id })).invitationNumber).toBe('02/GM-UBND');
  });

  it('prints the number on the invitation once taken, and the blank for the clerk before', async () => {
    await app.call('ward.saveProfile', SAMPLE_PROFILE);
    const meeting = await planMeeting(app);
    const exported = (format: 'pdf' | 'docx') => app.call('meetings.exportDocument', { meetingId: meeting.id, kind: 'invitation', format });
    const pdfText = (file: GeneratedFile, name: string) => {
      const saved = path.join(app.dataDir, `${name}.pdf`);
      writeFileSync(saved, Buffer.from(file.contentBase64, 'base64'));
      return readPdf(saved).text;
    };
    const wordText = (file: GeneratedFile) => readWord(Buffer.from(file.contentBase64, 'base64')).text;

    expect(pdfText(await exported('pdf'), 'before')).toContain('Số: …/GM-UBND');
    expect(wordText(await exported('docx'))).toContain('…/GM-UBND');
    await app.call('meetings.numberInvitation', { meetingId: meeting.id });
    const after = pdfText(await exported('pdf'), 'after');
    expect(after).toContain('Số: 01/GM-UBND');
    expect(after).not.toContain('…/GM-UBND');
    const word = wordText(await exported('docx'));
    expect(word).toContain('01/GM-UBND');
    expect(word).not.toContain('…/GM-UBND');
  }, 60_000);
});
