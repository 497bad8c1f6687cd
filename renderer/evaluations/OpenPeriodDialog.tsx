import { Alert, TextField } from '@mui/material';
import { useState } from 'react';
import { evaluationsChannels, type EvaluationPeriod, type PeriodKind, type ScoringScheme } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { ApiCallError, messageOf } from '../api/client';
import { useChannel } from '../api/useChannel';
import { CheckList } from '../ui/CheckList';
import { EditDialog } from '../ui/EditDialog';
import { useNotify } from '../ui/notifications';
import { issuesToErrors, type FieldErrors } from '../ui/schemaForm';
import { DEFAULT_GROUP, periodKindLabels } from './labels';
import { NativeSelect } from '../ui/fields';

const openPeriodInput = evaluationsChannels['evaluations.openPeriod'].input;
const pad = (value: number) => String(value).padStart(2, '0');

interface PeriodChoice {
  kind: PeriodKind;
  /** The month (1–12) or the quarter (1–4); unused for a year. */
  number: number;
}

/** "2026-03", "2026-Q1" or "2026", as the contract names periods. */
function periodKeyOf(year: number, { kind, number }: PeriodChoice): string {
  if (kind === 'month') return `${year}-${pad(number)}`;
  if (kind === 'quarter') return `${year}-Q${number}`;
  return String(year);
}

function periodStart(year: number, { kind, number }: PeriodChoice): string {
  const month = kind === 'month' ? number : kind === 'quarter' ? (number - 1) * 3 + 1 : 1;
  return `${year}-${pad(month)}-01`;
}

/** The scheme in force at the start of the period that scores this kind of period, else the first one. */
function schemeInForce(schemes: readonly ScoringScheme[], year: number, choice: PeriodChoice): ScoringScheme | undefined {
  const start = periodStart(year, choice);
  const inForce = (scheme: ScoringScheme) =>
    scheme.periodKinds.includes(choice.kind) && scheme.appliesFrom <= start && (scheme.appliesTo === null || scheme.appliesTo >= start);
  return schemes.find(inForce) ?? schemes[0];
}

const numberOptions = (kind: PeriodKind) =>
  Array.from({ length: kind === 'month' ? 12 : 4 }, (_, index) => ({ value: String(index + 1), label: `${periodKindLabels[kind]} ${index + 1}` }));

interface OpenPeriodDialogProps {
  year: number;
  schemes: readonly ScoringScheme[];
  onClose(): void;
  onOpened(period: EvaluationPeriod): void;
}

/** Opens a period for a group: one sheet per person included, scored with the chosen scheme. */
export function OpenPeriodDialog({ year, schemes, onClose, onOpened }: OpenPeriodDialogProps) {
  const client = useClient();
  const notify = useNotify();
  const staff = useChannel('staff.list', {});
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'month', number: new Date().getMonth() + 1 });
  const [groupName, setGroupName] = useState(DEFAULT_GROUP);
  const [chosenSchemeId, setChosenSchemeId] = useState<string | null>(null);
  const [excluded, setExcluded] = useState<ReadonlySet<number>>(new Set());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const scheme = schemes.find((entry) => entry.id === chosenSchemeId) ?? schemeInForce(schemes, year, choice);
  const members = staff.data ?? [];

  const submit = async () => {
    const parsed = openPeriodInput.safeParse({
      period: periodKeyOf(year, choice),
      groupName,
      schemeId: scheme?.id ?? '',
      staffMemberIds: members.filter((member) => !excluded.has(member.id)).map((member) => member.id),
    });
    setFailure(undefined);
    if (!parsed.success) return setErrors(issuesToErrors(parsed.error.issues));
    setErrors({});
    setBusy(true);
    try {
      const period = await client.call('evaluations.openPeriod', parsed.data);
      notify.success(`Đã mở kỳ đánh giá ${period.periodLabel}.`);
      onOpened(period);
    } catch (error) {
      if (error instanceof ApiCallError && error.path) setErrors({ [error.path]: error.message });
      else setFailure(messageOf(error, 'Không mở được kỳ đánh giá.'));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (id: number, checked: boolean) =>
    setExcluded((previous) => {
      const next = new Set(previous);
      if (checked) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <EditDialog
      open
      width="md"
      title={`Mở kỳ đánh giá năm ${year}`}
      submitLabel="Mở kỳ đánh giá"
      busy={busy || staff.loading}
      onClose={onClose}
      onSubmit={() => void submit()}
      formError={failure ?? errors.period}
    >
      <NativeSelect
        label="Loại kỳ"
        name="kind"
        value={choice.kind}
        options={(['month', 'quarter', 'year'] as const).map((kind) => ({ value: kind, label: periodKindLabels[kind] }))}
        onChange={(kind) => setChoice({ kind: kind as PeriodKind, number: 1 })}
        autoFocus
      />
      {choice.kind === 'year' ? null : (
        <NativeSelect
          label={periodKindLabels[choice.kind]}
          name="number"
          value={String(choice.number)}
          options={numberOptions(choice.kind)}
          onChange={(number) => setChoice({ ...choice, number: Number(number) })}
        />
      )}
      <TextField
        fullWidth
        label="Nhóm đánh giá"
        value={groupName}
        onChange={(event) => setGroupName(event.target.value)}
        error={errors.groupName !== undefined}
        helperText={errors.groupName ?? 'Cơ quan, nhóm có nhiệm vụ tương đồng: tỷ lệ xếp loại được tính trong nhóm này.'}
        slotProps={{ htmlInput: { name: 'groupName' } }}
      />
      <NativeSelect
        label="Thang đánh giá"
        name="schemeId"
        value={scheme?.id ?? ''}
        options={schemes.map((entry) => ({ value: entry.id, label: entry.name }))}
        onChange={setChosenSchemeId}
        error={errors.schemeId}
        hint={scheme?.legalBasis}
      />
      {scheme?.note ? <Alert severity="info">{scheme.note}</Alert> : null}
      {errors.staffMemberIds ? <Alert severity="error">{errors.staffMemberIds}</Alert> : null}
      <CheckList
        legend="Người được đánh giá"
        items={members}
        keyOf={(member) => member.id}
        labelOf={(member) => (member.position ? `${member.fullName} – ${member.position}` : member.fullName)}
        isChecked={(member) => !excluded.has(member.id)}
        onToggle={(member, checked) => toggle(member.id, checked)}
        allLabel="Chọn tất cả"
        onAll={() => setExcluded(new Set())}
      />
    </EditDialog>
  );
}
