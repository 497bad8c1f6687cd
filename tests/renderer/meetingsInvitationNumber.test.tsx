import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { meetingRuleSet, type Meeting, type MeetingType } from '../../main/api';
import { MeetingDocuments } from '../../renderer/meetings/MeetingDocuments';
import meetingTypes from '../../resources/meetings/meeting-types.json';
import { dialogsClosed, fakeTransport, newUser, renderScreen, status, viewer, type Replies } from './fakes';

const ruleSet = meetingRuleSet.parse(meetingTypes);
const rulesOf = (type: MeetingType) => ruleSet.types.find((entry) => entry.key === type)!;

/** What the documents list reads of a meeting. */
function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return { id: 7, type: 'staffConference', title: 'Hội nghị cán bộ, công chức năm 2026', noticeDate: '2025-12-30', agenda: [], versions: [], stage: 'planned', invitationNumber: null, ...overrides } as unknown as Meeting;
}

/** The meeting page keeps the meeting a write returns; so does this stand-in. */
function Page({ initial }: { initial: Meeting }) {
  const [shown, setShown] = useState(initial);
  return <MeetingDocuments meeting={shown} rules={rulesOf(shown.type)} onChange={setShown} />;
}

function renderDocuments(initial: Meeting, replies: Replies = {}, account = status().account) {
  const fake = fakeTransport(replies);
  renderScreen(<Page initial={initial} />, fake.transport, { status: status({ account }) });
  return fake;
}

const invitationRow = () => within(screen.getByRole('table', { name: 'Văn bản của cuộc họp' })).getAllByRole('row')[0]!;

describe('the UBND invitation number', () => {
  it('takes the next number after a confirmation naming the register year, then shows it instead of the button', async () => {
    const fake = renderDocuments(meeting(), { 'meetings.numberInvitation': meeting({ invitationNumber: '05/GM-UBND' }) });
    const user = newUser();
    await user.click(within(invitationRow()).getByRole('button', { name: 'Lấy số giấy mời' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lấy số giấy mời?' });
    expect(within(dialog).getByText('Lấy số tiếp theo trong sổ văn bản đi năm 2025? Số đã lấy không thu hồi được.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await dialogsClosed();
    expect(fake.inputsOf('meetings.numberInvitation')).toEqual([]);

    await user.click(within(invitationRow()).getByRole('button', { name: 'Lấy số giấy mời' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Lấy số giấy mời?' })).getByRole('button', { name: 'Lấy số' }));
    await waitFor(() => expect(fake.inputsOf('meetings.numberInvitation')).toEqual([{ meetingId: 7 }]));
    await dialogsClosed();
    expect(await within(invitationRow()).findByText('Số 05/GM-UBND')).toBeTruthy();
    expect(within(invitationRow()).queryByRole('button', { name: 'Lấy số giấy mời' })).toBeNull();
  });

  it('shows a viewer the number taken', () => {
    renderDocuments(meeting({ invitationNumber: '05/GM-UBND' }), {}, viewer);
    expect(within(invitationRow()).getByText('Số 05/GM-UBND')).toBeTruthy();
  });

  it('offers a viewer no button to take a number', () => {
    renderDocuments(meeting(), {}, viewer);
    expect(within(invitationRow()).getByRole('button', { name: 'Giấy mời (PDF)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lấy số giấy mời' })).toBeNull();
  });

  it('offers no number for a community meeting, whose invitation the group head signs', () => {
    renderDocuments(meeting({ type: 'residentsMeeting' }));
    expect(within(invitationRow()).getByRole('button', { name: 'Giấy mời (PDF)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lấy số giấy mời' })).toBeNull();
  });
});
