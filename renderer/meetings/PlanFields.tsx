import { Alert, Typography } from '@mui/material';
import type { MeetingTypeRules, ResidentialGroup, StaffMember } from '../../main/api';
import { useChannel } from '../api/useChannel';
import { FormNumberField, NativeSelect } from '../ui/fields';
import { LoadState } from '../ui/LoadState';
import type { SchemaForm } from '../ui/schemaForm';
import { CheckList } from '../ui/CheckList';
import type { PlanDraft, PlanValue } from './planForm';

type PlanFormState = SchemaForm<PlanDraft, PlanValue>;

/** What the law says about the chosen type, while the clerk fills in its plan. */
export function TypeHelp({ rules }: { rules: MeetingTypeRules }) {
  const facts = [
    rules.legalBasis ? `Căn cứ: ${rules.legalBasis}.` : null,
    rules.convener ? `Người triệu tập: ${rules.convener}.` : null,
    rules.chair ? `Chủ trì: ${rules.chair}.` : null,
    rules.noticeDays > 0 ? `Thông báo trước ít nhất ${rules.noticeDays} ngày.` : null,
  ].filter((fact): fact is string => fact !== null);
  if (facts.length === 0) return null;
  return (
    <Alert severity="info" aria-label="Quy định của loại cuộc họp">
      {facts.map((fact) => (
        <Typography key={fact} variant="body2">
          {fact}
        </Typography>
      ))}
    </Alert>
  );
}

/** The residential group whose households decide; its household count is the base of the thresholds. */
export function HouseholdsFields({ form }: { form: PlanFormState }) {
  const groups = useChannel('residentialGroups.list', {});
  const pick = (rows: readonly ResidentialGroup[], value: string) => {
    const group = rows.find((entry) => String(entry.id) === value);
    form.set('residentialGroupId', group?.id ?? null);
    if (group) form.set('eligibleCount', group.householdCount);
  };
  return (
    <LoadState source={groups}>
      {(rows) => (
        <>
          <NativeSelect
            label="Tổ dân phố"
            name="residentialGroupId"
            value={form.values.residentialGroupId === undefined || form.values.residentialGroupId === null ? '' : String(form.values.residentialGroupId)}
            options={[{ value: '', label: '— Chọn tổ dân phố —' }, ...rows.map((group) => ({ value: String(group.id), label: group.name }))]}
            onChange={(id) => pick(rows, id)}
            error={form.errors.residentialGroupId}
            hint={rows.length === 0 ? 'Chưa có tổ dân phố nào; thêm ở mục Đơn vị → Tổ dân phố.' : undefined}
          />
          <FormNumberField form={form} path="eligibleCount" label="Tổng số hộ" hint="Lấy từ số hộ của tổ dân phố; sửa nếu số hộ đã thay đổi." />
        </>
      )}
    </LoadState>
  );
}

export function StaffInvitees({ form, staff }: { form: PlanFormState; staff: readonly StaffMember[] }) {
  const invited = form.values.invitedStaffIds ?? null;
  const isInvited = (member: StaffMember) => invited?.includes(member.id) ?? true;
  const checkedIds = staff.filter(isInvited).map((member) => member.id);
  if (staff.length === 0) {
    return <Alert severity="warning">Chưa có cán bộ nào đang công tác trong danh sách. Thêm cán bộ ở mục Cán bộ để mời dự họp.</Alert>;
  }
  return (
    <CheckList
      legend={`Cán bộ được mời (${checkedIds.length}/${staff.length})`}
      items={staff}
      keyOf={(member) => member.id}
      labelOf={(member) => `${member.fullName} – ${member.position}`}
      isChecked={isInvited}
      onToggle={(member, checked) =>
        form.set('invitedStaffIds', checked ? [...checkedIds, member.id] : checkedIds.filter((memberId) => memberId !== member.id))
      }
      allLabel="Mời tất cả"
      onAll={() => form.set('invitedStaffIds', staff.map((member) => member.id))}
    />
  );
}
