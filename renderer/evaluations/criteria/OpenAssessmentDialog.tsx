import { Alert } from '@mui/material';
import { useState } from 'react';
import { criteriaChannels, type CriteriaAssessment, type CriteriaSetSummary } from '../../../main/api';
import { useClient } from '../../api/ClientContext';
import { messageOf } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { EditDialog } from '../../ui/EditDialog';
import { issuesToErrors, type FieldErrors } from '../../ui/schemaForm';
import { NativeSelect } from '../../ui/fields';
import { YearSelect } from '../YearSelect';

const openInput = criteriaChannels['criteria.openAssessment'].input;
const setKey = (set: Pick<CriteriaSetSummary, 'id' | 'version'>) => `${set.id}@${set.version}`;

interface OpenAssessmentDialogProps {
  /** The set chosen in the sets panel; else the first published one is proposed. */
  initialSet: CriteriaSetSummary | null;
  onClose(): void;
  onOpened(assessment: CriteriaAssessment): void;
}

/** Starts (or reopens) the self-assessment of a year against a published set. */
export function OpenAssessmentDialog({ initialSet, onClose, onOpened }: OpenAssessmentDialogProps) {
  const client = useClient();
  const sets = useChannel('criteria.listSets', {});
  const published = (sets.data ?? []).filter((set) => set.status === 'published');
  const [picked, setPicked] = useState<string | null>(null);
  const fallback = initialSet ?? published[0];
  const chosen = picked ?? (fallback ? setKey(fallback) : '');
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const set = published.find((entry) => setKey(entry) === chosen);
    setFailure(undefined);
    if (!set) return setErrors({ setId: 'Chọn bộ tiêu chí.' });
    const parsed = openInput.safeParse({ setId: set.id, version: set.version, year });
    if (!parsed.success) return setErrors(issuesToErrors(parsed.error.issues));
    setErrors({});
    setBusy(true);
    try {
      onOpened(await client.call('criteria.openAssessment', parsed.data));
    } catch (error) {
      setFailure(messageOf(error, 'Không mở được hồ sơ tự chấm điểm.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <EditDialog open title="Chấm điểm năm" submitLabel="Mở hồ sơ chấm điểm" busy={busy || sets.loading} onClose={onClose} onSubmit={() => void submit()} formError={failure ?? errors.year}>
      {sets.data && published.length === 0 ? (
        <Alert severity="info">Chưa có bộ tiêu chí nào đã ban hành. Nhập bộ tiêu chí do cấp trên gửi trong phần “Bộ tiêu chí”.</Alert>
      ) : null}
      <NativeSelect
        label="Bộ tiêu chí"
        name="setId"
        value={chosen}
        options={published.map((set) => ({ value: setKey(set), label: `${set.name} – phiên bản ${set.version}` }))}
        onChange={setPicked}
        error={errors.setId}
        hint={published.find((set) => setKey(set) === chosen)?.example ? 'Bộ tiêu chí mẫu: điểm chưa được cấp trên xác nhận.' : undefined}
        autoFocus
      />
      <YearSelect year={year} onChange={setYear} />
    </EditDialog>
  );
}
