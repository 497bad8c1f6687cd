import { Alert, Button, TextField } from '@mui/material';
import { NativeSelect } from '../ui/fields';
import { useCan } from '../app/session';
import { useState } from 'react';
import { budgetChannels, type FiscalYear } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { messageOf } from '../api/client';
import { useChannel } from '../api/useChannel';
import { EditDialog } from '../ui/EditDialog';
import { LoadState } from '../ui/LoadState';
import { useNotify } from '../ui/notifications';
import { issuesToErrors, type FieldErrors } from '../ui/schemaForm';

const openYearInput = budgetChannels['budget.openYear'].input;
type FormSetEntry = { id: string; version: number; name: string; verified: boolean };
const keyOf = (set: FormSetEntry) => `${set.id}@${set.version}`;

/** This calendar year when it is not open yet, else the year after the latest open one. */
function suggestedYear(openedYears: readonly number[]): number {
  const current = new Date().getFullYear();
  return openedYears.includes(current) ? Math.max(...openedYears) + 1 : current;
}

interface OpenYearDialogProps {
  openedYears: readonly number[];
  onClose(): void;
  onOpened(fiscalYear: FiscalYear): void;
}

export function OpenYearDialog({ openedYears, onClose, onOpened }: OpenYearDialogProps) {
  const client = useClient();
  const notify = useNotify();
  const formSets = useChannel('budget.listFormSets', {});
  const [yearText, setYearText] = useState(() => String(suggestedYear(openedYears)));
  const [choice, setChoice] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const canImport = useCan('settings.manage');
  const sets = formSets.data ?? [];
  const chosen = sets.find((set) => keyOf(set) === choice) ?? sets[0];

  const submit = async () => {
    const parsed = openYearInput.safeParse({ year: yearText.trim() === '' ? undefined : Number(yearText), formSetId: chosen?.id, formSetVersion: chosen?.version });
    setErrors(parsed.success ? {} : issuesToErrors(parsed.error.issues));
    if (!parsed.success) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const fiscalYear = await client.call('budget.openYear', parsed.data);
      notify.success(`Đã mở năm ngân sách ${fiscalYear.year}.`);
      onOpened(fiscalYear);
    } catch (error) {
      setFailure(messageOf(error, 'Không mở được năm ngân sách.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <EditDialog open title="Mở năm ngân sách" submitLabel="Mở năm" onClose={onClose} onSubmit={() => void submit()} busy={busy} formError={failure}>
      <TextField
        label="Năm cần mở"
        value={yearText}
        onChange={(event) => setYearText(event.target.value)}
        error={errors.year !== undefined}
        helperText={errors.year ?? 'Ví dụ: 2026.'}
        slotProps={{ htmlInput: { inputMode: 'numeric', name: 'year' } }}
        autoFocus
        fullWidth
      />
      <LoadState source={formSets}>
        {() => (
          <>
            <NativeSelect
              label="Bộ biểu mẫu"
              value={chosen ? keyOf(chosen) : ''}
              options={sets.map((set) => ({ value: keyOf(set), label: set.verified ? set.name : `${set.name} (chưa đối chiếu với phụ lục chính thức)` }))}
              onChange={setChoice}
              error={errors.formSetId}
              hint="Các biểu mẫu công khai dùng cho cả năm."
            />
            {chosen && !chosen.verified ? (
              <Alert severity="warning">
                Bộ biểu mẫu này chưa đối chiếu với phụ lục chính thức của Thông tư 343/2016/TT-BTC: tên cột, tên dòng có thể khác bản
                chính thức. Hãy kiểm tra trước khi công khai, hoặc nhập bộ biểu mẫu đã sửa.
              </Alert>
            ) : null}
            {canImport ? <FormSetImport onImported={(key) => void formSets.reload().then(() => setChoice(key))} onError={setFailure} /> : null}
          </>
        )}
      </LoadState>
    </EditDialog>
  );
}

/** A province's own form set, as a JSON file, checked by main line by line before it is stored. */
function FormSetImport({ onImported, onError }: { onImported(key: string): void; onError(message: string): void }) {
  const client = useClient();
  const notify = useNotify();
  const pick = async (file: File | undefined) => {
    if (!file) return;
    try {
      const imported = await client.call('budget.importFormSet', { json: await file.text() });
      notify.success(`Đã nhập bộ biểu mẫu "${imported.id}" phiên bản ${imported.version}.`);
      onImported(`${imported.id}@${imported.version}`);
    } catch (error) {
      onError(messageOf(error, 'Không nhập được bộ biểu mẫu.'));
    }
  };
  return (
    <Button component="label" variant="text" sx={{ alignSelf: 'flex-start' }}>
      Nhập bộ biểu mẫu từ tệp (.json)…
      <input hidden type="file" accept=".json,application/json" aria-label="Chọn tệp bộ biểu mẫu" onChange={(event) => void pick(event.target.files?.[0])} />
    </Button>
  );
}
