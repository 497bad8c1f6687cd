import Add from '@mui/icons-material/Add';
import { Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { arrayField } from './arrayField';
import type { ItemForm, OpinionDraft } from './itemForm';

const opinionFields: { key: keyof OpinionDraft; label: string; multiline: boolean }[] = [
  { key: 'speaker', label: 'Người phát biểu', multiline: false },
  { key: 'summary', label: 'Tóm tắt ý kiến', multiline: true },
  { key: 'answeredBy', label: 'Người trả lời', multiline: false },
  { key: 'answer', label: 'Nội dung trả lời, giải trình', multiline: true },
];

/** The opinions raised on an item and the answers given, in the order they were spoken. */
export function OpinionsFields({ form }: { form: ItemForm }) {
  const opinions = form.values.opinions ?? [];
  const rows = arrayField(opinions, (next) => form.set('opinions', next));
  return (
    <Stack spacing={1.5}>
      <Typography variant="subtitle2" component="h3">
        Ý kiến phát biểu ({opinions.length})
      </Typography>
      {opinions.map((opinion, index) => (
        <Paper key={index} variant="outlined" role="group" aria-label={`Ý kiến ${index + 1}`} sx={{ p: 1.5 }}>
          <Stack spacing={1.5}>
            {opinionFields.map((field) => {
              const error = form.errors[`opinions.${index}.${field.key}`];
              return (
                <TextField
                  key={field.key}
                  size="small"
                  fullWidth
                  label={field.label}
                  multiline={field.multiline}
                  value={opinion[field.key] ?? ''}
                  onChange={(event) => rows.update(index, { [field.key]: event.target.value })}
                  error={error !== undefined}
                  helperText={error}
                />
              );
            })}
            <Button color="error" size="small" sx={{ alignSelf: 'flex-start' }} onClick={() => rows.remove(index)}>
              Bỏ ý kiến {index + 1}
            </Button>
          </Stack>
        </Paper>
      ))}
      <Button startIcon={<Add />} sx={{ alignSelf: 'flex-start' }} onClick={() => rows.add({ speaker: '', summary: '', answeredBy: '', answer: '' })}>
        Thêm ý kiến
      </Button>
    </Stack>
  );
}
