import type { Meeting, MeetingRuleSet } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { useChannel } from '../api/useChannel';
import { FormDateField } from '../ui/DateField';
import { EditDialog } from '../ui/EditDialog';
import { FormSelectField, FormTextField } from '../ui/fields';
import { LoadState } from '../ui/LoadState';
import { useRecordDialog } from '../ui/useRecordDialog';
import { unlessShown } from './formErrors';
import { titleExamples } from './labels';
import { LinesField } from './LinesField';
import { HouseholdsFields, StaffInvitees, TypeHelp } from './PlanFields';
import { planDraftOf, planForm, planInputOf } from './planForm';

interface PlanDialogProps {
  ruleSet: MeetingRuleSet;
  /** The meeting whose plan is edited; none to create one. */
  meeting?: Meeting;
  onClose(): void;
  onSaved(meeting: Meeting): void;
}

/** Creates a meeting or edits its plan: the type brings who convenes and chairs it and the notice period. */
export function PlanDialog({ ruleSet, meeting, onClose, onSaved }: PlanDialogProps) {
  const client = useClient();
  const staff = useChannel('staff.list', {});
  const rulesOf = (type: string) => ruleSet.types.find((entry) => entry.key === type) ?? ruleSet.types[0]!;
  const dialog = useRecordDialog({
    schema: planForm,
    empty: planDraftOf(meeting, ruleSet.types[0]?.key ?? 'other'),
    save: async (value) => {
      try {
        onSaved(await client.call('meetings.savePlan', planInputOf(value, rulesOf(value.type), staff.data ?? [], meeting)));
      } catch (error) {
        throw unlessShown(error, (path) => !path.startsWith('participants'));
      }
    },
    savedMessage: meeting ? 'Đã lưu kế hoạch cuộc họp.' : 'Đã tạo cuộc họp.',
    onSaved: () => undefined,
  });
  const { form } = dialog;
  const rules = rulesOf(form.values.type ?? '');

  return (
    <EditDialog
      {...dialog.dialogProps}
      open
      onClose={onClose}
      busy={dialog.dialogProps.busy || staff.loading}
      title={meeting ? 'Sửa kế hoạch cuộc họp' : 'Tạo cuộc họp'}
      submitLabel={meeting ? 'Lưu kế hoạch' : 'Tạo cuộc họp'}
    >
      <FormSelectField
        form={form}
        path="type"
        label="Loại cuộc họp"
        options={ruleSet.types.map((entry) => ({ value: entry.key, label: entry.label }))}
        disabled={meeting !== undefined}
        hint={meeting ? 'Không đổi được loại cuộc họp sau khi tạo.' : undefined}
        autoFocus={meeting === undefined}
      />
      <TypeHelp rules={rules} />
      <FormTextField form={form} path="title" label="Tên cuộc họp" hint={`Ví dụ: ${titleExamples[rules.key]}`} autoFocus={meeting !== undefined} />
      <FormTextField form={form} path="subject" label="Về việc" multiline hint="Nội dung cuộc họp bàn hoặc quyết định." />
      {rules.participants === 'households' ? <HouseholdsFields form={form} /> : null}
      <FormDateField form={form} path="date" label="Ngày họp" />
      <FormTextField form={form} path="startTime" label="Giờ bắt đầu" hint="Dạng giờ:phút, ví dụ 08:00." />
      <FormTextField form={form} path="place" label="Địa điểm" />
      <FormDateField form={form} path="noticeDate" label="Ngày thông báo, gửi giấy mời"
        hint={rules.noticeDays > 0 ? `Phải thông báo trước ngày họp ít nhất ${rules.noticeDays} ngày.` : 'Không bắt buộc.'}
        clearable
      />
      <FormTextField form={form} path="chair" label="Người chủ trì" hint={rules.chair ? `Theo quy định: ${rules.chair}.` : undefined} />
      <FormTextField form={form} path="chairPosition" label="Chức vụ người chủ trì" />
      {rules.key === 'staffConference' ? (
        <LinesField
          label="Đoàn Chủ tịch"
          name="presidium"
          value={form.values.presidium ?? []}
          onChange={(value) => form.set('presidium', value)}
          error={form.errors.presidium}
          hint="Mỗi người một dòng, ví dụ: Nguyễn Văn An - Chủ tịch UBND phường."
        />
      ) : null}
      <FormTextField form={form} path="secretary" label="Thư ký" />
      <FormTextField form={form} path="secretaryPosition" label="Chức vụ thư ký" />
      {rules.participants === 'staff' ? (
        <LoadState source={staff}>{(members) => <StaffInvitees form={form} staff={members} />}</LoadState>
      ) : null}
      <LinesField
        label="Khách mời"
        name="guests"
        value={form.values.guests ?? []}
        onChange={(value) => form.set('guests', value)}
        error={Object.entries(form.errors).find(([path]) => path.startsWith('guests'))?.[1]}
        hint="Mỗi người một dòng: họ và tên - chức vụ, đơn vị. Không bắt buộc."
      />
      <LinesField
        label="Tài liệu gửi kèm"
        name="documents"
        value={form.values.documents ?? []}
        onChange={(value) => form.set('documents', value)}
        error={form.errors.documents}
        hint="Mỗi tài liệu một dòng. Không bắt buộc."
      />
      <FormTextField form={form} path="contact" label="Đầu mối liên hệ" hint="Người và số điện thoại cần liên hệ. Không bắt buộc." />
    </EditDialog>
  );
}
