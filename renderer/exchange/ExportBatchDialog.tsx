import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from '@mui/material';
import { useId, useState } from 'react';
import type { ExportOutcome, In } from '../../main/api';
import { NativeSelect } from '../ui/fields';
import { CheckList } from '../ui/CheckList';
import { EditDialog } from '../ui/EditDialog';
import { yearsOf, type ExportableDatasets } from './batchScope';
import { useFolderAction } from './useFolderAction';

type Kind = In<'exchange.exportBatch'>['kind'];

const kindOptions: { value: Kind; label: string }[] = [
  { value: 'delta', label: 'Các thay đổi từ lần gửi trước' },
  { value: 'snapshot', label: 'Toàn bộ dữ liệu (bản đầy đủ)' },
];
const quarterOptions = [{ value: '', label: 'Cả năm' }, ...[1, 2, 3, 4].map((q) => ({ value: `Q${q}`, label: `Quý ${q}` }))];

interface ExportBatchDialogProps {
  /** What main can send, with the periods present; the content boxes start all ticked. */
  datasets: ExportableDatasets;
  onClose(): void;
  onDone(outcome: ExportOutcome): void;
}

/** Chooses the kind of batch, its period and its content, then main asks for the folder and writes it. */
export function ExportBatchDialog({ datasets, onClose, onDone }: ExportBatchDialogProps) {
  const runWithFolder = useFolderAction();
  const kindLabelId = useId();
  const [kind, setKind] = useState<Kind>('delta');
  const [year, setYear] = useState('');
  const [quarter, setQuarter] = useState('');
  const [chosen, setChosen] = useState(() => new Set(datasets.map((d) => d.dataset)));
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | undefined>();

  const toggle = (dataset: string, checked: boolean) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (checked) next.add(dataset);
      else next.delete(dataset);
      return next;
    });

  const submit = async () => {
    if (datasets.length > 0 && chosen.size === 0) {
      setFormError('Hãy chọn ít nhất một loại dữ liệu để gửi.');
      return;
    }
    const input: In<'exchange.exportBatch'> = {
      kind,
      ...(year ? { period: `${year}${quarter}` } : {}),
      ...(chosen.size < datasets.length ? { datasets: datasets.filter((d) => chosen.has(d.dataset)).map((d) => d.dataset) } : {}),
    };
    setBusy(true);
    const outcome = await runWithFolder((client) => client.call('exchange.exportBatch', input));
    setBusy(false);
    if (outcome) onDone(outcome);
  };

  return (
    <EditDialog open title="Ghi lô dữ liệu" submitLabel="Chọn thư mục và ghi" busy={busy} formError={formError} onClose={onClose} onSubmit={() => void submit()}>
      <FormControl>
        <FormLabel id={kindLabelId}>Loại lô</FormLabel>
        <RadioGroup aria-labelledby={kindLabelId} value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
          {kindOptions.map(({ value, label }) => (
            <FormControlLabel key={value} value={value} control={<Radio />} label={label} />
          ))}
        </RadioGroup>
      </FormControl>
      <NativeSelect
        label="Kỳ"
        name="year"
        value={year}
        options={[{ value: '', label: 'Mọi kỳ' }, ...yearsOf(datasets).map((y) => ({ value: y, label: `Năm ${y}` }))]}
        onChange={(value) => {
          setYear(value);
          setQuarter('');
        }}
      />
      {year ? <NativeSelect label="Quý" name="quarter" value={quarter} options={quarterOptions} onChange={setQuarter} hint="Dữ liệu tính theo năm chỉ được gửi khi chọn cả năm." /> : null}
      {datasets.length > 0 ? (
        <CheckList
          legend="Nội dung"
          items={datasets}
          keyOf={(d) => datasets.indexOf(d)}
          labelOf={(d) => d.label}
          isChecked={(d) => chosen.has(d.dataset)}
          onToggle={(d, checked) => toggle(d.dataset, checked)}
          allLabel="Chọn tất cả"
          onAll={() => setChosen(new Set(datasets.map((d) => d.dataset)))}
        />
      ) : null}
    </EditDialog>
  );
}
