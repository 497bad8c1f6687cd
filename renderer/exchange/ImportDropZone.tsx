import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useState, type DragEvent } from 'react';
import { MAX_UPLOAD_BYTES, type In } from '../../main/api';
import { readAsBase64 } from '../ui/readFile';

const BATCH_SUFFIX = '.sdc.zip';
export type UploadedBatch = In<'exchange.importPreviewUpload'>['files'][number];

interface ImportDropZoneProps {
  /** A native dialog in main: several files, or every batch file in a folder. */
  onPick(source: 'files' | 'folder'): void;
  /** The dropped batch files, read. */
  onDropped(files: UploadedBatch[]): Promise<void>;
}

/** Which dropped files main would refuse anyway: not a batch file, or too large to send as content. */
function refusalText(files: File[]): string | null {
  const notBatches = files.filter((file) => !file.name.endsWith(BATCH_SUFFIX)).map((file) => file.name);
  const tooLarge = files.filter((file) => file.name.endsWith(BATCH_SUFFIX) && file.size > MAX_UPLOAD_BYTES).map((file) => file.name);
  const parts = [
    notBatches.length ? `Không phải tệp lô dữ liệu (.sdc.zip), không nhận: ${notBatches.join(', ')}.` : '',
    tooLarge.length ? `Lớn hơn ${MAX_UPLOAD_BYTES / 1024 / 1024} MB, hãy dùng nút “Nhập lô dữ liệu”: ${tooLarge.join(', ')}.` : '',
  ];
  return parts.filter(Boolean).join(' ') || null;
}

/**
 * Where batch files are dropped or picked. Dropped files reach main as their content (the renderer knows no path);
 * the buttons let main show its own dialog, and work from the keyboard.
 */
export function ImportDropZone({ onPick, onDropped }: ImportDropZoneProps) {
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);

  const read = async (dropped: File[]) => {
    setRefused(refusalText(dropped));
    const batches = dropped.filter((file) => file.name.endsWith(BATCH_SUFFIX) && file.size <= MAX_UPLOAD_BYTES);
    if (batches.length === 0) return;
    const files: UploadedBatch[] = [];
    try {
      for (const file of batches) {
        setProgress(`Đang đọc tệp ${files.length + 1}/${batches.length}: ${file.name}…`);
        files.push({ fileName: file.name, contentBase64: await readAsBase64(file) });
      }
      setProgress(`Đang kiểm tra ${files.length} tệp…`);
      await onDropped(files);
    } catch (error) {
      setRefused((error as Error).message);
    } finally {
      setProgress(null);
    }
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!progress) void read([...event.dataTransfer.files]);
  };

  return (
    <Box
      role="region"
      aria-label="Kéo thả tệp lô dữ liệu"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      sx={{ p: 3, border: 2, borderStyle: 'dashed', borderRadius: 1, borderColor: dragging ? 'primary.main' : 'divider', bgcolor: dragging ? 'action.hover' : undefined }}
    >
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography>Kéo thả các tệp lô dữ liệu (.sdc.zip) vào đây, hoặc</Typography>
        <Button variant="contained" disabled={progress !== null} onClick={() => onPick('files')}>
          Nhập lô dữ liệu
        </Button>
        <Button variant="outlined" disabled={progress !== null} onClick={() => onPick('folder')}>
          Nhập cả thư mục
        </Button>
      </Stack>
      <Typography role="status" variant="body2" sx={{ mt: progress ? 1 : 0 }}>
        {progress}
      </Typography>
      {refused ? (
        <Alert severity="warning" sx={{ mt: 1 }} onClose={() => setRefused(null)}>
          {refused}
        </Alert>
      ) : null}
    </Box>
  );
}
