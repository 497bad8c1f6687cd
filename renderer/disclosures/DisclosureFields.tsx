import { Alert, Stack } from '@mui/material';
import { disclosureFormLabels, disclosureForms, disclosureStatusLabels, disclosureStatuses, type ContentGroupKey, type DisclosureForm, type DisclosureRules, type In, type ResidentialGroup } from '../../main/api';
import { CheckList } from '../ui/CheckList';
import { FormDateField } from '../ui/DateField';
import { FormCheckbox, FormNumberField, FormSelectField, FormTextField, NativeSelect } from '../ui/fields';
import type { Draft, SchemaForm } from '../ui/schemaForm';
import { OptionsField } from './FormsField';

export type DisclosureDraft = Draft<In<'disclosures.save'>>;

/** What the group requires, said before the clerk fills the form. */
function groupHint(rules: DisclosureRules, key: ContentGroupKey | undefined): string {
  const group = rules.groups.find((entry) => entry.key === key);
  if (!group) return '';
  const posting = group.posting.kind === 'days' ? `niêm yết ít nhất ${group.posting.minimumDays} ngày liên tục` : group.posting.kind === 'permanent' ? 'niêm yết thường xuyên' : 'không bắt buộc niêm yết';
  const loudspeaker = group.loudspeakerMinimumDays ? `; phát trên loa ít nhất ${group.loudspeakerMinimumDays} ngày liên tục` : '';
  return `${group.legalBasis}: công khai trong ${group.deadlineWorkingDays} ngày làm việc kể từ ngày ban hành văn bản; ${posting}${loudspeaker}.`;
}

const defaultFormsOf = (rules: DisclosureRules, key: ContentGroupKey | undefined): readonly DisclosureForm[] => rules.groups.find((entry) => entry.key === key)?.defaultChannels ?? [];

const sameForms = (a: readonly DisclosureForm[], b: readonly DisclosureForm[]) => a.length === b.length && a.every((form) => b.includes(form));

export function DisclosureFields({ form, rules, groups }: { form: SchemaForm<DisclosureDraft, unknown>; rules: DisclosureRules; groups: readonly ResidentialGroup[] }) {
  const { values } = form;
  const chosenGroups = values.residentialGroupIds ?? [];
  // Forms still equal to the previous group's defaults were not chosen by hand: they follow the group.
  const chooseGroup = (key: ContentGroupKey) => {
    const byHand = !sameForms(values.channels ?? [], defaultFormsOf(rules, values.group));
    form.set('group', key);
    if (!byHand) form.set('channels', [...defaultFormsOf(rules, key)]);
  };
  return (
    <>
      <NativeSelect
        label="Nhóm nội dung"
        name="group"
        value={values.group ?? ''}
        options={rules.groups.map((group) => ({ value: group.key, label: `${group.key} – ${group.label}` }))}
        onChange={(key) => chooseGroup(key as ContentGroupKey)}
        error={form.errors.group}
      />
      <Alert severity="info">{groupHint(rules, values.group)}</Alert>
      <FormTextField form={form} path="title" label="Nội dung công khai" autoFocus />
      <FormTextField form={form} path="summary" label="Tóm tắt" multiline />
      <Stack direction="row" spacing={2}>
        <FormTextField form={form} path="decisionNumber" label="Số văn bản" hint="Văn bản, quyết định làm phát sinh việc công khai" />
        <FormDateField form={form} path="decisionDate" label="Ngày ban hành" clearable />
      </Stack>
      <FormSelectField form={form} path="status" label="Trạng thái" options={disclosureStatuses.filter((status) => status !== 'reDisclosed').map((status) => ({ value: status, label: disclosureStatusLabels[status] }))} />
      <Stack direction="row" spacing={2}>
        <FormDateField form={form} path="plannedOn" label="Ngày dự kiến công khai" clearable />
        <FormDateField form={form} path="disclosedOn" label="Ngày công khai" clearable />
      </Stack>
      <OptionsField legend="Hình thức công khai" options={disclosureForms} labels={disclosureFormLabels} value={values.channels ?? []} onChange={(next) => form.set('channels', next)} error={form.errors.channels} />
      <Stack direction="row" spacing={2}>
        <FormDateField form={form} path="postingFrom" label="Niêm yết từ ngày" clearable />
        <FormDateField form={form} path="postingTo" label="Đến ngày" clearable />
      </Stack>
      <FormCheckbox form={form} path="postingPermanent" label="Niêm yết thường xuyên (không có ngày kết thúc)" />
      <FormNumberField form={form} path="loudspeakerDays" label="Số ngày phát trên loa liên tục" />
      <FormCheckbox form={form} path="postedAtHeadquarters" label="Niêm yết tại trụ sở UBND" />
      {groups.length > 0 ? (
        <CheckList
          legend="Niêm yết tại tổ dân phố"
          items={groups}
          keyOf={(group) => group.id}
          labelOf={(group) => group.name}
          isChecked={(group) => chosenGroups.includes(group.id)}
          onToggle={(group, checked) => form.set('residentialGroupIds', checked ? [...chosenGroups, group.id] : chosenGroups.filter((id) => id !== group.id))}
          allLabel="Tất cả tổ dân phố"
          onAll={() => form.set('residentialGroupIds', groups.map((group) => group.id))}
        />
      ) : null}
      <FormTextField form={form} path="owner" label="Người phụ trách" />
      <FormTextField form={form} path="note" label="Ghi chú" multiline />
    </>
  );
}
