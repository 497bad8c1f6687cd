import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { Button, IconButton, Paper, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { suggestionBoxOpeningInput, type LedgerRules, type SuggestionBoxOpening } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { ApiCallError, messageOf } from '../api/client';
import { NativeSelect } from '../ui/fields';
import { LinesField } from '../meetings/LinesField';
import { DateField } from '../ui/DateField';
import { EditDialog } from '../ui/EditDialog';
import { todayIso } from '../ui/format';
import { useNotify } from '../ui/notifications';
import { issuesToErrors, type FieldErrors } from '../ui/schemaForm';
import { categoryOptions } from './labels';

interface Letter {
  content: string;
  category: string;
}

interface BoxOpeningDialogProps {
  rules: LedgerRules;
  onClose(): void;
  onOpened(opening: SuggestionBoxOpening): void;
}

/** Mở hòm thư góp ý: the opening's record and every letter found, each becoming a ledger entry. */
export function BoxOpeningDialog({ rules, onClose, onOpened }: BoxOpeningDialogProps) {
  const client = useClient();
  const notify = useNotify();
  const [openedOn, setOpenedOn] = useState<string | null>(todayIso());
  const [place, setPlace] = useState('Trụ sở UBND');
  const [witnesses, setWitnesses] = useState<string[]>([]);
  const [letters, setLetters] = useState<Letter[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const setLetter = (index: number, changes: Partial<Letter>) => setLetters((previous) => previous.map((letter, at) => (at === index ? { ...letter, ...changes } : letter)));

  const submit = async () => {
    const parsed = suggestionBoxOpeningInput.safeParse({ openedOn, place, witnesses, letterCount: letters.length, letters });
    setFailure(undefined);
    if (!parsed.success) return setErrors(issuesToErrors(parsed.error.issues));
    setErrors({});
    setBusy(true);
    try {
      const opening = await client.call('petitions.openBox', parsed.data);
      notify.success(opening.letterCount === 0 ? 'Đã ghi biên bản mở hòm thư (không có thư).' : `Đã ghi ${opening.letterCount} thư vào sổ theo dõi.`);
      onOpened(opening);
    } catch (error) {
      if (error instanceof ApiCallError && error.path) setErrors({ [error.path]: error.message });
      else setFailure(messageOf(error, 'Không ghi được việc mở hòm thư.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <EditDialog open width="md" title="Mở hòm thư góp ý" submitLabel="Ghi vào sổ" busy={busy} onClose={onClose} onSubmit={() => void submit()} formError={failure}>
      <Stack direction="row" spacing={2}>
        <DateField label="Ngày mở" name="openedOn" value={openedOn} onChange={setOpenedOn} error={errors.openedOn} />
        <TextField
          fullWidth
          size="small"
          label="Địa điểm"
          value={place}
          onChange={(event) => setPlace(event.target.value)}
          error={errors.place !== undefined}
          helperText={errors.place}
          slotProps={{ htmlInput: { name: 'place' } }}
        />
      </Stack>
      <LinesField
        label="Người chứng kiến (mỗi người một dòng)"
        name="witnesses"
        value={witnesses}
        onChange={setWitnesses}
        error={errors.witnesses}
        hint={`Ít nhất ${rules.minimumWitnesses} người, ghi họ tên và chức vụ.`}
      />
      <Typography variant="subtitle2" component="h3" role="status">
        Số thư tìm thấy: {letters.length}
      </Typography>
      {letters.map((letter, index) => (
        <Paper key={index} variant="outlined" sx={{ p: 1.5 }} component="section" aria-label={`Thư số ${index + 1}`}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <Stack spacing={1.5} sx={{ flex: 1 }}>
              <TextField
                fullWidth
                multiline
                minRows={2}
                label={`Nội dung thư số ${index + 1}`}
                value={letter.content}
                onChange={(event) => setLetter(index, { content: event.target.value })}
                error={errors[`letters.${index}.content`] !== undefined}
                helperText={errors[`letters.${index}.content`]}
              />
              <NativeSelect size="small" label={`Lĩnh vực thư số ${index + 1}`} name={`letters.${index}.category`} value={letter.category} options={categoryOptions(rules)} onChange={(category) => setLetter(index, { category })} />
            </Stack>
            <Tooltip title="Bỏ thư này">
              <IconButton aria-label={`Bỏ thư số ${index + 1}`} onClick={() => setLetters((previous) => previous.filter((_, at) => at !== index))} color="error">
                <DeleteOutlined />
              </IconButton>
            </Tooltip>
          </Stack>
        </Paper>
      ))}
      <Button onClick={() => setLetters((previous) => [...previous, { content: '', category: 'other' }])} sx={{ alignSelf: 'flex-start' }}>
        Thêm thư
      </Button>
    </EditDialog>
  );
}
