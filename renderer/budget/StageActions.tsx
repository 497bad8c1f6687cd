import EventOutlined from '@mui/icons-material/EventOutlined';
import { Alert, Button, Checkbox, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel } from '@mui/material';
import dayjs from 'dayjs';
import { budgetChannels, disclosureChannels, type BudgetStage, type FiscalYear, type Out, type StageReport, type StageSummary } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { useSession } from '../app/session';
import { FormDateField } from '../ui/DateField';
import { EditDialog } from '../ui/EditDialog';
import { FormNumberField, FormTextField } from '../ui/fields';
import { useRecordDialog } from '../ui/useRecordDialog';
import { CorrectionButton } from '../ui/CorrectionButton';
import { useConfirm } from '../ui/confirm';
import { useAction } from '../ui/useAction';
import { disclosureChannelLabels, stageDateFields, stageLabels, type DisclosureChannel } from './labels';

export interface StageRef {
  year: number;
  stage: BudgetStage;
}

/** TT 343/2016 Art. 17: posted at the UBND headquarters for at least 30 days. */
export const MINIMUM_POSTING_DAYS = 30;

/** The forms Art. 17 asks for: posting and loudspeaker always; written notices for a council decision as well. */
function requiredChannels(stage: BudgetStage): DisclosureChannel[] {
  const always: DisclosureChannel[] = ['postingHeadquarters', 'loudspeaker'];
  return stageDateFields[stage] === 'resolution' ? [...always, 'noticeToPartyAndOrganisations', 'noticeToGroupHeads'] : always;
}

export function DisclosureAction({ year, stage, onRecorded }: StageRef & { onRecorded(result: Out<'budget.recordDisclosure'>): void }) {
  const client = useClient();
  const { status } = useSession();
  const dialog = useRecordDialog({
    schema: budgetChannels['budget.recordDisclosure'].input,
    empty: {
      year,
      stage,
      postedOn: dayjs().format('YYYY-MM-DD'),
      channels: requiredChannels(stage),
      postingDays: MINIMUM_POSTING_DAYS,
      performedBy: status.account?.fullName ?? '',
      note: '',
    },
    save: async (input) => onRecorded(await client.call('budget.recordDisclosure', input)),
    savedMessage: 'Đã ghi nhận công khai.',
    onSaved: () => undefined,
  });
  const { form } = dialog;
  const days = form.values.postingDays;
  const channels = form.values.channels ?? [];
  const toggle = (channel: DisclosureChannel, checked: boolean) =>
    form.set('channels', checked ? disclosureChannels.filter((c) => c === channel || channels.includes(c)) : channels.filter((c) => c !== channel));

  return (
    <>
      <Button variant="contained" onClick={() => dialog.start()}>
        Ghi nhận công khai
      </Button>
      <EditDialog title={`Ghi nhận công khai: ${stageLabels[stage]} năm ${year}`} submitLabel="Ghi nhận công khai" {...dialog.dialogProps}>
        <Alert severity="info">Sau khi ghi nhận, số liệu của giai đoạn được khóa; muốn sửa phải tạo bản điều chỉnh.</Alert>
        <FormDateField form={form} path="postedOn" label="Ngày niêm yết, công khai" />
        <FormControl component="fieldset" error={form.errors.channels !== undefined}>
          <FormLabel component="legend">Hình thức công khai</FormLabel>
          <FormGroup>
            {disclosureChannels.map((channel) => (
              <FormControlLabel
                key={channel}
                label={disclosureChannelLabels[channel]}
                control={<Checkbox size="small" checked={channels.includes(channel)} onChange={(event) => toggle(channel, event.target.checked)} />}
              />
            ))}
          </FormGroup>
          {form.errors.channels ? <FormHelperText>{form.errors.channels}</FormHelperText> : null}
        </FormControl>
        <FormNumberField form={form} path="postingDays" label="Số ngày niêm yết" hint={`Tối thiểu ${MINIMUM_POSTING_DAYS} ngày.`} />
        {typeof days === 'number' && days < MINIMUM_POSTING_DAYS ? (
          <Alert severity="warning">
            Thời gian niêm yết {days} ngày, ít hơn mức tối thiểu {MINIMUM_POSTING_DAYS} ngày theo Điều 17 Thông tư 343/2016/TT-BTC.
          </Alert>
        ) : null}
        <FormTextField form={form} path="performedBy" label="Người thực hiện" />
        <FormTextField form={form} path="note" label="Ghi chú" multiline hint="Không bắt buộc. Ví dụ: số quyết định công bố công khai." />
      </EditDialog>
    </>
  );
}

export function CorrectionAction({ year, stage, onStarted }: StageRef & { onStarted(report: StageReport): void }) {
  const client = useClient();
  return (
    <CorrectionButton
      schema={budgetChannels['budget.startCorrection'].input}
      empty={{ year, stage, reason: '' }}
      save={async (input) => onStarted(await client.call('budget.startCorrection', input))}
      savedMessage="Đã tạo bản điều chỉnh; số liệu có thể sửa lại."
      notice="Bản đã công khai được giữ nguyên để đối chiếu. Bản điều chỉnh bắt đầu từ số liệu của bản đã công khai; sửa xong cần ghi nhận công khai lại."
    />
  );
}

export function StageDatesAction({ year, summary, onSaved }: { year: number; summary: StageSummary; onSaved(fiscalYear: FiscalYear): void }) {
  const client = useClient();
  const kind = stageDateFields[summary.stage];
  const dialog = useRecordDialog({
    schema: budgetChannels['budget.updateStage'].input,
    empty: {
      year,
      stage: summary.stage,
      resolutionNumber: summary.resolutionNumber,
      resolutionDate: summary.resolutionDate,
      submittedOn: summary.submittedOn,
    },
    save: async (input) => onSaved(await client.call('budget.updateStage', input)),
    savedMessage: 'Đã cập nhật ngày của giai đoạn.',
    onSaved: () => undefined,
  });
  const { form } = dialog;
  if (kind === null) return null;
  return (
    <>
      <Button variant="outlined" size="small" startIcon={<EventOutlined />} onClick={() => dialog.start()}>
        Cập nhật ngày
      </Button>
      <EditDialog title={`Cập nhật ngày: ${stageLabels[summary.stage]}`} {...dialog.dialogProps}>
        {kind === 'resolution' ? (
          <>
            <FormTextField form={form} path="resolutionNumber" label="Số nghị quyết của HĐND" hint="Ví dụ: 15/NQ-HĐND" autoFocus />
            <FormDateField form={form} path="resolutionDate" label="Ngày HĐND ra nghị quyết"
              hint={summary.deadlineRule}
              clearable
            />
          </>
        ) : (
          <FormDateField form={form} path="submittedOn" label="Ngày UBND trình HĐND"
            hint={summary.deadlineRule}
            clearable
          />
        )}
      </EditDialog>
    </>
  );
}

/** Fills the draft where its figures and texts repeat an earlier stage or last year (the approved estimate, last year's execution, the investment projects). */
export function CarryOverAction({ year, stage, onCarried }: StageRef & { onCarried(report: StageReport): void }) {
  const client = useClient();
  const confirm = useConfirm();
  const run = useAction();
  const carry = async () => {
    const confirmed = await confirm({
      title: 'Lấy số liệu đã nhập trước?',
      message:
        'Các dòng và cột lặp lại số liệu đã có (dự toán năm đã được HĐND quyết định, thực hiện cùng kỳ năm trước, danh mục dự án đầu tư cùng địa điểm, thời gian…) sẽ được điền từ giai đoạn hoặc năm trước; ô đã nhập ở các cột đó sẽ bị thay, và dự án đã xóa ở đây sẽ được thêm lại nếu giai đoạn trước còn.',
      confirmLabel: 'Lấy số liệu',
    });
    if (!confirmed) return;
    const result = await run(() => client.call('budget.carryOver', { year, stage }));
    if (result.ok) onCarried(result.value.report);
  };
  return (
    <Button variant="outlined" onClick={() => void carry()}>
      Lấy số liệu đã nhập trước
    </Button>
  );
}
