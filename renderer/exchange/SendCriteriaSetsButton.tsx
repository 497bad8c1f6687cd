import { Button, IconButton, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { useState } from 'react';
import type { CriteriaSetSummary } from '../../main/api';
import { useChannel } from '../api/useChannel';
import { useCan } from '../app/session';
import { CheckList } from '../ui/CheckList';
import { EditDialog } from '../ui/EditDialog';
import { FilePickButton } from '../ui/FilePickButton';
import { LoadState } from '../ui/LoadState';
import { useNotify } from '../ui/notifications';
import { useFolderAction } from './useFolderAction';

/** A picked form set file: its text goes to main as is; the name and version shown are read here only to show them. */
type PickedFormSet = { fileName: string; content: string; label: string };

const setKey = (set: Pick<CriteriaSetSummary, 'id' | 'version'>) => `${set.id}:${set.version}`;

function describeFormSet(fileName: string, content: string): string {
  try {
    const { name, version } = JSON.parse(content) as { name?: unknown; version?: unknown };
    if (typeof name === 'string') return `${name}${typeof version === 'number' ? ` (phiên bản ${version})` : ''}`;
  } catch {
    // main refuses it with the reason when the directive is written
  }
  return fileName;
}

/**
 * Superior installation: one signed file for every ward carrying the published criteria sets ticked here and the
 * budget form sets (TT 343, the province's own) picked from files; main checks them all, then asks for the folder.
 */
export function SendCriteriaSetsButton() {
  const canManage = useCan('criteria.manage');
  const [open, setOpen] = useState(false);
  if (!canManage) return null;
  return (
    <>
      <Button variant="outlined" onClick={() => setOpen(true)}>
        Gửi văn bản xuống xã, phường
      </Button>
      {open ? <DirectiveDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function DirectiveDialog({ onClose }: { onClose(): void }) {
  const runWithFolder = useFolderAction();
  const notify = useNotify();
  const sets = useChannel('criteria.listSets', {});
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [formSets, setFormSets] = useState<readonly PickedFormSet[]>([]);
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string>();
  const published = (sets.data ?? []).filter((set) => set.status === 'published' && set.origin !== 'builtIn');
  const chosen = published.filter((set) => !unticked.has(setKey(set)));

  const toggle = (set: CriteriaSetSummary, checked: boolean) => {
    const next = new Set(unticked);
    if (checked) next.delete(setKey(set));
    else next.add(setKey(set));
    setUnticked(next);
  };
  const pick = async (file: File) => {
    const content = await file.text();
    setFormSets((picked) => [...picked, { fileName: file.name, content, label: describeFormSet(file.name, content) }]);
  };
  const write = async () => {
    if (chosen.length === 0 && formSets.length === 0) return setFormError('Hãy chọn ít nhất một bộ tiêu chí hoặc một bộ biểu mẫu ngân sách để gửi.');
    setBusy(true);
    const input = { sets: chosen.map((set) => ({ setId: set.id, version: set.version })), formSets: formSets.map((picked) => picked.content) };
    const result = await runWithFolder((client) => client.call('exchange.writeDirective', input));
    setBusy(false);
    if (!result) return;
    notify.success(`Đã ghi ${result.sets} bộ tiêu chí và ${result.formSets} bộ biểu mẫu ngân sách vào ${result.path}. Gửi tệp này cho các xã, phường.`);
    onClose();
  };

  return (
    <EditDialog open title="Gửi văn bản xuống xã, phường" onClose={onClose} onSubmit={() => void write()} busy={busy} submitLabel="Chọn thư mục và ghi tệp" formError={formError} width="md">
      <LoadState source={sets}>
        {() =>
          published.length === 0 ? (
            <Typography variant="body2">Chưa có bộ tiêu chí nào đã ban hành.</Typography>
          ) : (
            <CheckList
              legend="Bộ tiêu chí đã ban hành"
              items={published}
              keyOf={(set) => published.indexOf(set)}
              labelOf={(set) => `${set.name} (phiên bản ${set.version})`}
              isChecked={(set) => !unticked.has(setKey(set))}
              onToggle={toggle}
              allLabel="Chọn tất cả"
              onAll={() => setUnticked(new Set())}
            />
          )
        }
      </LoadState>
      <PickedFormSets picked={formSets} onRemove={(index) => setFormSets((picked) => picked.filter((_, i) => i !== index))} onPick={(file) => void pick(file)} />
    </EditDialog>
  );
}

function PickedFormSets({ picked, onRemove, onPick }: { picked: readonly PickedFormSet[]; onRemove(index: number): void; onPick(file: File): void }) {
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle2">Bộ biểu mẫu ngân sách</Typography>
      {picked.length > 0 ? (
        <List dense aria-label="Các bộ biểu mẫu ngân sách sẽ gửi">
          {picked.map((formSet, index) => (
            <ListItem
              key={`${formSet.fileName}-${index}`}
              secondaryAction={
                <IconButton edge="end" aria-label={`Bỏ ${formSet.fileName}`} onClick={() => onRemove(index)}>
                  <DeleteOutlined />
                </IconButton>
              }
            >
              <ListItemText primary={formSet.label} secondary={formSet.label === formSet.fileName ? null : formSet.fileName} />
            </ListItem>
          ))}
        </List>
      ) : null}
      <FilePickButton variant="outlined" accept=".json,application/json" inputLabel="Chọn tệp bộ biểu mẫu ngân sách (.json)" onPick={onPick} sx={{ alignSelf: 'flex-start' }}>
        Thêm bộ biểu mẫu ngân sách (.json)
      </FilePickButton>
    </Stack>
  );
}
