import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { Alert, AlertTitle, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useId, useState } from 'react';
import type { CriteriaSetSummary } from '../../../../main/api';
import { useClient } from '../../../api/ClientContext';
import { messageOf } from '../../../api/client';
import { FilePickButton } from '../../../ui/FilePickButton';
import { Spinner } from '../../../ui/LoadState';
import { setTitle } from './labels';

type ImportState =
  | { phase: 'reading'; fileName: string }
  | { phase: 'done'; fileName: string; set: CriteriaSetSummary; alreadyPresent: boolean }
  | { phase: 'failed'; fileName: string; message: string };

/** A ward receives a published set from the superior's .json file; main checks it and lists every problem. */
export function ImportSetButton({ onImported }: { onImported(set: CriteriaSetSummary): void }) {
  const client = useClient();
  const [state, setState] = useState<ImportState | null>(null);

  const importFile = async (file: File) => {
    setState({ phase: 'reading', fileName: file.name });
    try {
      const result = await client.call('criteria.importSet', { content: await file.text() });
      setState({ phase: 'done', fileName: file.name, ...result });
      if (!result.alreadyPresent) onImported(result.set);
    } catch (error) {
      setState({ phase: 'failed', fileName: file.name, message: messageOf(error, 'Không đọc được tệp này. Hãy chọn đúng tệp .json cấp trên gửi.') });
    }
  };

  return (
    <>
      <FilePickButton
        variant="contained"
        startIcon={<UploadFileOutlined />}
        accept=".json,application/json"
        inputLabel="Chọn tệp bộ tiêu chí (.json) cấp trên gửi"
        onPick={(file) => void importFile(file)}
      >
        Nhập bộ tiêu chí từ tệp
      </FilePickButton>
      <ImportResultDialog state={state} onClose={() => setState(null)} />
    </>
  );
}

function ImportResultDialog({ state, onClose }: { state: ImportState | null; onClose(): void }) {
  const titleId = useId();
  const reading = state?.phase === 'reading';
  return (
    <Dialog open={state !== null} onClose={reading ? undefined : onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>Nhập bộ tiêu chí từ tệp {state?.fileName}</DialogTitle>
      <DialogContent>
        {reading ? <Spinner label="Đang đọc tệp…" /> : null}
        {state?.phase === 'done' ? <ImportedMessage set={state.set} alreadyPresent={state.alreadyPresent} /> : null}
        {state?.phase === 'failed' ? <FailureMessage message={state.message} /> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={reading}>
          Đóng
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function ImportedMessage({ set, alreadyPresent }: { set: CriteriaSetSummary; alreadyPresent: boolean }) {
  return alreadyPresent ? (
    <Alert severity="info">{setTitle(set)} đã có trong máy, không cần nhập lại.</Alert>
  ) : (
    <Alert severity="success">Đã nhập {setTitle(set)}. Có thể dùng bộ tiêu chí này để chấm điểm.</Alert>
  );
}

/** Main's message: a first line, then one "- …" line per problem of the file. */
function FailureMessage({ message }: { message: string }) {
  const [heading = '', ...lines] = message.split('\n');
  const problems = lines.map((line) => line.replace(/^- /, '')).filter((line) => line.trim() !== '');
  return (
    <Alert severity="error">
      {problems.length > 0 ? <AlertTitle>{heading}</AlertTitle> : heading}
      {problems.length > 0 ? (
        <Box component="ul" sx={{ my: 0, pl: 2 }}>
          {problems.map((problem, index) => (
            <li key={`${index}-${problem}`}>{problem}</li>
          ))}
        </Box>
      ) : null}
    </Alert>
  );
}
