import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import { Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { In } from '../../../main/api';
import { useClient } from '../../api/ClientContext';
import { useSaveFile } from '../../ui/saveFile';

type DocumentFormat = In<'meetings.exportDocument'>['format'];

const documentFormats: { format: DocumentFormat; label: string; name: string }[] = [
  { format: 'docx', label: 'Tải bản tổng hợp (Word)', name: 'Word' },
  { format: 'pdf', label: 'Tải bản tổng hợp (PDF)', name: 'PDF' },
];

/** The synthesis of the staff's comments (Art. 53), to edit in Word or to print. */
export function SynthesisExport({ meetingId }: { meetingId: number }) {
  const client = useClient();
  const saveGenerated = useSaveFile();
  const [busy, setBusy] = useState<DocumentFormat | null>(null);

  const generate = async (format: DocumentFormat) => {
    setBusy(format);
    try {
      await saveGenerated(() => client.call('meetings.exportDocument', { meetingId, kind: 'consultationSynthesis', format }));
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
