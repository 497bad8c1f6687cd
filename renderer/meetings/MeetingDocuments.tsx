import { Box, Button, Stack, Table, TableBody, TableCell, TableRow, TextField, Typography } from '@mui/material';
import dayjs from 'dayjs';
import { useId, useState } from 'react';
import { documentKinds, invitationNumbered, type BallotDesign, type Meeting, type MeetingDocumentKind, type MeetingTypeRules } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { useCan } from '../app/session';
import { useConfirm } from '../ui/confirm';
import { formatDateTime } from '../ui/format';
import { GenerateButton, GeneratingStatus, useFileGeneration } from '../ui/ExportButtons';
import { useAction } from '../ui/useAction';
import { BallotDialog } from './BallotDialog';
import { countedByBoard, documentKindLabels } from './labels';
import { useMeetingWrite } from './section';

type DocumentFormat = 'pdf' | 'docx';
const formats: { format: DocumentFormat; name: string }[] = [
  { format: 'pdf', name: 'PDF' },
  { format: 'docx', name: 'Word' },
];

/** The documents locked with a finalized version; the others are printed from the meeting as it is. */
const versionedKinds: readonly MeetingDocumentKind[] = ['minutes', 'decisionRecord', 'resolution'];

/** The documents this meeting has: its type's decision record or resolution, counting minutes once ballots were counted. */
export function documentKindsOf(meeting: Meeting, rules: MeetingTypeRules): MeetingDocumentKind[] {
  const applies: Record<MeetingDocumentKind, boolean> = {
    invitation: true,
    attendanceSheet: true,
    minutes: true,
    decisionRecord: rules.decisionRecord,
    resolution: rules.resolution,
    countingMinutes: meeting.agenda.some((item) => item.vote !== null && countedByBoard.includes(item.vote.method)),
    consultationSynthesis: rules.consultationTopics.length > 0,
  };
  return documentKinds.filter((kind) => applies[kind]);
}

const CURRENT = 'current';

interface MeetingDocumentsProps {
  meeting: Meeting;
  rules: MeetingTypeRules;
  onChange(meeting: Meeting): void;
}

export function MeetingDocuments({ meeting, rules, onChange }: MeetingDocumentsProps) {
  const headingId = useId();
  const client = useClient();
  const { busy, generate: generateFile } = useFileGeneration();
  const latest = meeting.versions.at(-1)?.version;
  const [picked, setPicked] = useState<string>(CURRENT);
  // Finalized minutes have no draft: the current text is the latest version.
  const version = picked !== CURRENT ? Number(picked) : meeting.stage === 'finalized' ? latest : undefined;

  const generate = (kind: MeetingDocumentKind, format: DocumentFormat) => {
    const versioned = versionedKinds.includes(kind) && version !== undefined;
    return generateFile(`${kind}.${format}`, () => client.call('meetings.exportDocument', { meetingId: meeting.id, kind, format, ...(versioned ? { version } : {}) }));
  };

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography id={headingId} variant="subtitle2" component="h3">
          Văn bản của cuộc họp
        </Typography>
        {meeting.versions.length > 0 ? (
          <TextField
            select
            size="small"
            label="Phiên bản biên bản"
            value={version === undefined ? CURRENT : String(version)}
            onChange={(event) => setPicked(event.target.value)}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            sx={{ minWidth: 300 }}
          >
            {meeting.stage === 'finalized' ? null : <option value={CURRENT}>Bản đang soạn (chưa hoàn thiện)</option>}
            {[...meeting.versions].reverse().map((entry) => (
              <option key={entry.version} value={entry.version}>
                {`Bản ${entry.version}, hoàn thiện ${formatDateTime(entry.finalizedAt)}`}
              </option>
            ))}
          </TextField>
        ) : null}
      </Stack>
      <Table size="small" aria-labelledby={headingId}>
        <TableBody>
          {documentKindsOf(meeting, rules).map((kind) => (
            <TableRow key={kind}>
              <TableCell>
                {documentKindLabels[kind]}
                {kind === 'invitation' && meeting.invitationNumber ? (
                  <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                    {`Số ${meeting.invitationNumber}`}
                  </Typography>
                ) : null}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {kind === 'invitation' ? <TakeInvitationNumber meeting={meeting} rules={rules} onChange={onChange} /> : null}
                {formats.map(({ format, name }) => (
                  <GenerateButton
                    key={format}
                    variant="text"
                    label={name}
                    ariaLabel={`${documentKindLabels[kind]} (${name})`}
                    busy={busy}
                    own={`${kind}.${format}`}
                    onClick={() => void generate(kind, format)}
                  />
                ))}
              </TableCell>
            </TableRow>
          ))}
          {meeting.type === 'householdBallot' ? <BallotRow meetingId={meeting.id} /> : null}
        </TableBody>
      </Table>
      <GeneratingStatus busy={busy} />
    </Box>
  );
}

/** Takes the UBND invitation's next number from the register, once, after saying it cannot be given back. */
function TakeInvitationNumber({ meeting, rules, onChange }: MeetingDocumentsProps) {
  const client = useClient();
  const confirm = useConfirm();
  const canWrite = useCan('meetings.write');
  const write = useMeetingWrite(onChange);
  if (!canWrite || !invitationNumbered(rules) || meeting.invitationNumber) return null;
  // main issues it on the notice date when recorded, else today: that date's year picks the sequence.
  const year = (meeting.noticeDate ?? dayjs().format('YYYY-MM-DD')).slice(0, 4);
  const take = async () => {
    const confirmed = await confirm({
      title: 'Lấy số giấy mời?',
      message: `Lấy số tiếp theo trong sổ văn bản đi năm ${year}? Số đã lấy không thu hồi được.`,
      confirmLabel: 'Lấy số',
    });
    if (confirmed) await write(() => client.call('meetings.numberInvitation', { meetingId: meeting.id }), 'Đã lấy số giấy mời.');
  };
  return (
    <Button size="small" onClick={() => void take()}>
      Lấy số giấy mời
    </Button>
  );
}

/** The household ballot: designed and printed from its own dialog, with the design main keeps for the meeting. */
function BallotRow({ meetingId }: { meetingId: number }) {
  const client = useClient();
  const run = useAction();
  const [design, setDesign] = useState<BallotDesign | null>(null);
  const open = async () => {
    const loaded = await run(() => client.call('meetings.ballot', { meetingId }));
    if (loaded.ok) setDesign(loaded.value);
  };
  return (
    <TableRow>
      <TableCell>Phiếu lấy ý kiến hộ gia đình</TableCell>
      <TableCell align="right">
        <Button size="small" onClick={() => void open()}>
          Thiết kế phiếu lấy ý kiến
        </Button>
        {design ? <BallotDialog design={design} onClose={() => setDesign(null)} /> : null}
      </TableCell>
    </TableRow>
  );
}
