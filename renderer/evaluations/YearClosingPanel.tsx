import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { In, YearClosing } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { useChannel } from '../api/useChannel';
import { DateField } from '../ui/DateField';
import { ExportButtons, type ExportChoice } from '../ui/ExportButtons';
import { formatDate, todayIso } from '../ui/format';
import { useAction } from '../ui/useAction';

const exportFormats: ExportChoice<In<'evaluations.exportResults'>['format']>[] = [
  { format: 'pdf', label: 'Thông báo và bảng tổng hợp (PDF)' },
  { format: 'docx', label: 'Word' },
  { format: 'xlsx', label: 'Bảng tổng hợp (Excel)' },
];

/**
 * Fixing the year's results as decided, then their disclosure to the staff: within 5 working days of the
 * decision, posted for at least 20 days (Art. 46–48); the notice and the table to post.
 */
export function YearClosingPanel({ year, groupName }: { year: number; groupName: string }) {
  const closings = useChannel('evaluations.listClosings', { year });
  const closing = closings.data?.find((entry) => entry.groupName === groupName) ?? null;
  const client = useClient();
  const run = useAction();
  const [decidedOn, setDecidedOn] = useState<string | null>(todayIso());

  const close = async () => {
    if (!decidedOn) return;
    const result = await run(() => client.call('evaluations.closeYear', { year, groupName, decidedOn }), 'Đã chốt kết quả cả năm.');
    if (result.ok) await closings.reload();
  };

  return (
    <Stack spacing={2} component="section" aria-label="Chốt và công khai kết quả">
      <Typography variant="subtitle1" component="h3">
        Chốt và công khai kết quả
      </Typography>
      {closing?.disclosedOn ? null : (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <DateField label="Ngày quyết định kết quả" name="decidedOn" value={decidedOn} onChange={setDecidedOn} />
          <Button variant={closing ? 'outlined' : 'contained'} onClick={() => void close()} disabled={!decidedOn} sx={{ mt: 1 }}>
            {closing ? 'Chốt lại kết quả' : 'Chốt kết quả cả năm'}
          </Button>
        </Stack>
      )}
      {closing ? <ClosingState closing={closing} onChanged={() => void closings.reload()} /> : null}
      {closing ? (
        <ExportButtons choices={exportFormats} produce={(format) => client.call('evaluations.exportResults', { year, groupName, format })} />
      ) : (
        <Typography variant="body2" color="text.secondary">
          Sau khi chốt, ứng dụng lập thông báo và bảng tổng hợp để niêm yết cho cán bộ, công chức.
        </Typography>
      )}
    </Stack>
  );
}

function ClosingState({ closing, onChanged }: { closing: YearClosing; onChanged(): void }) {
  const client = useClient();
  const run = useAction();
  const [disclosedOn, setDisclosedOn] = useState<string | null>(todayIso());
  const [postingDays, setPostingDays] = useState('20');

  const disclose = async () => {
    if (!disclosedOn) return;
    const input = { year: closing.year, groupName: closing.groupName, disclosedOn, postingDays: Number(postingDays) };
    const result = await run(() => client.call('evaluations.recordDisclosure', input), 'Đã ghi nhận việc công khai.');
    if (result.ok) onChanged();
  };

  const decided = `Kết quả đã chốt theo quyết định ngày ${formatDate(closing.decidedOn)}.`;
  return (
    <Stack spacing={2}>
      {closing.disclosedOn ? (
        <Alert severity={closing.disclosureWarning ? 'warning' : 'success'}>
          {decided} Đã công khai ngày {formatDate(closing.disclosedOn)}, niêm yết {closing.postingDays} ngày. {closing.disclosureWarning ?? ''}
        </Alert>
      ) : (
        <>
          <Alert severity="info">
            {decided} Hạn công khai cho cán bộ, công chức: {formatDate(closing.disclosureDue)} (5 ngày làm việc), niêm yết ít nhất 20 ngày liên tục.
          </Alert>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
            <DateField label="Ngày công khai" name="disclosedOn" value={disclosedOn} onChange={setDisclosedOn} />
            <TextField label="Số ngày niêm yết" name="postingDays" value={postingDays} onChange={(event) => setPostingDays(event.target.value)} slotProps={{ htmlInput: { inputMode: 'numeric' } }} sx={{ width: 160 }} />
            <Button variant="contained" onClick={() => void disclose()} disabled={!disclosedOn || !/^\d+$/.test(postingDays)} sx={{ mt: 1 }}>
              Ghi nhận công khai
            </Button>
          </Stack>
        </>
      )}
    </Stack>
  );
}
