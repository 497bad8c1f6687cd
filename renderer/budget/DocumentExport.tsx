import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import { Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { In } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { useSaveFile } from '../ui/saveFile';
import type { StageRef } from './StageActions';

type DocumentFormat = In<'budget.exportDocuments'>['format'];

const documentFormats: { format: DocumentFormat; label: string; name: string }[] = [
  { format: 'pdf', label: 'Xuất PDF', name: 'PDF' },
  { format: 'docx', label: 'Xuất Word', name: 'Word' },
  { format: 'xlsx', label: 'Xuất Excel', name: 'Excel' },
];

/** The stage's documents to print and post (PDF), to edit (Word) or to work on (Excel), for the version shown. */
export function DocumentExport({ year, stage, version }: StageRef & { version: number }) {
  const client = useClient();
  const saveGenerated = useSaveFile();
  const [busy, setBusy] = useState<DocumentFormat | null>(null);

  const generate = async (format: DocumentFormat) => {
    setBusy(format);
    try {
      await saveGenerated(() => client.call('budget.exportDocuments', { year, stage, version, format }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      {documentFormats.map(({ format, label }) => (
        <Button
          key={format}
          variant="outlined"
          size="small"
          disabled={busy !== null}
          startIcon={busy === format ? <CircularProgress size={16} aria-hidden /> : <DescriptionOutlined />}
          onClick={() => void generate(format)}
        >
          {label}
        </Button>
      ))}
      {busy ? (
        <Typography role="status" variant="body2" color="text.secondary">
          Đang tạo tệp {documentFormats.find((entry) => entry.format === busy)?.name}, vui lòng chờ…
        </Typography>
      ) : null}
    </Stack>
  );
}
