import { agendaItemInput, agendaItemKinds, type AgendaItem, type AgendaItemKind, type Meeting, type MeetingTypeRules } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { EditDialog } from '../ui/EditDialog';
import { FormTextField, NativeSelect } from '../ui/fields';
import { useRecordDialog } from '../ui/useRecordDialog';
import { CandidatesFields } from './CandidatesFields';
import { unlessShown } from './formErrors';
import { emptyElectionVote, emptyVote, fixedSeats, itemDraftOf, votingMethodsOf, type ItemForm } from './itemForm';
import { agendaKindLabels } from './labels';
import { OpinionsFields } from './OpinionsFields';
import { VoteFields } from './VoteFields';

/** The fields this dialog has an input for; main's error on any other path is shown over the form. */
const shownPath =
  /^(title|presenter|content|kind|matter|seats|conclusion|candidates|vote|vote\.(method|for|against|abstain|invalid)|vote\.countingBoard(\.\d+)?|candidates\.\d+\.(name|position|votes)|opinions\.\d+\.(speaker|summary|answeredBy|answer))$/;

interface AgendaItemDialogProps {
  meeting: Meeting;
  rules: MeetingTypeRules;
  /** The item edited; none to add one at the end. */
  item?: AgendaItem;
  onClose(): void;
  onSaved(meeting: Meeting): void;
}

export function AgendaItemDialog({ meeting, rules, item, onClose, onSaved }: AgendaItemDialogProps) {
  const client = useClient();
  const dialog = useRecordDialog({
    schema: agendaItemInput,
    empty: itemDraftOf(meeting.id, item),
    save: async (input) => {
      try {
        onSaved(await client.call('meetings.saveAgendaItem', input));
      } catch (error) {
        throw unlessShown(error, (path) => shownPath.test(path));
      }
    },
    savedMessage: 'Đã lưu nội dung.',
    onSaved: () => undefined,
  });
  const { form } = dialog;
  const kind = form.values.kind ?? 'discussion';
  const matter = rules.matters.find((entry) => entry.key === form.values.matter);

  return (
    <EditDialog {...dialog.dialogProps} open onClose={onClose} title={item ? 'Sửa nội dung' : 'Thêm nội dung'} submitLabel="Lưu nội dung" width="md">
      <FormTextField form={form} path="title" label="Tên nội dung" autoFocus />
      <FormTextField form={form} path="presenter" label="Người trình bày" hint="Không bắt buộc." />
      <FormTextField form={form} path="content" label="Nội dung trình bày" multiline hint="Không bắt buộc." />
      <KindFields form={form} rules={rules} />
      {kind === 'vote' ? <VoteFields form={form} methods={votingMethodsOf(rules)} /> : null}
      {kind === 'election' ? (
        <>
          <VoteFields form={form} methods={votingMethodsOf(rules)} election />
          <CandidatesFields form={form} matter={matter} />
        </>
      ) : null}
      <OpinionsFields form={form} />
      <FormTextField form={form} path="conclusion" label="Kết luận nội dung" multiline hint="Không bắt buộc." />
    </EditDialog>
  );
}

/** Discussion, vote or election, and the matter under whose rule a vote or an election is decided. */
function KindFields({ form, rules }: { form: ItemForm; rules: MeetingTypeRules }) {
  const kind = form.values.kind ?? 'discussion';
  const kinds = agendaItemKinds.filter((entry) => entry === 'discussion' || entry === kind || rules.matters.some((matter) => matter.kind === entry));
  const matters = rules.matters.filter((matter) => matter.kind === kind);
  const selected = matters.find((matter) => matter.key === form.values.matter);

  const pickMatter = (key: string | null) => {
    form.set('matter', key);
    if (kind === 'election') form.set('seats', fixedSeats(rules.matters.find((matter) => matter.key === key)) ?? form.values.seats ?? null);
  };
  const changeKind = (next: AgendaItemKind) => {
    form.set('kind', next);
    form.set('vote', next === 'vote' ? emptyVote(rules) : next === 'election' ? emptyElectionVote(rules) : null);
    if (next !== 'election') form.set('candidates', []);
    const first = rules.matters.find((matter) => matter.kind === next);
    form.set('matter', first?.key ?? null);
    form.set('seats', next === 'election' ? fixedSeats(first) : null);
  };

  return (
    <>
      <NativeSelect
        label="Loại nội dung"
        name="kind"
        value={kind}
        options={kinds.map((entry) => ({ value: entry, label: agendaKindLabels[entry] }))}
        onChange={(chosen) => changeKind(chosen as AgendaItemKind)}
      />
      {kind === 'discussion' ? null : (
        <NativeSelect
          label={kind === 'vote' ? 'Vấn đề biểu quyết' : 'Chức danh bầu'}
          name="matter"
          value={form.values.matter ?? ''}
          options={[...(form.values.matter ? [] : [{ value: '', label: '— Chọn —' }]), ...matters.map((matter) => ({ value: matter.key, label: matter.label }))]}
          onChange={(chosen) => pickMatter(chosen || null)}
          error={form.errors.matter}
          hint={selected?.legalBasis ? `Căn cứ: ${selected.legalBasis}.` : undefined}
        />
      )}
    </>
  );
}
