import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useId, useState } from 'react';
import type { ComputedForm, ImportReport } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { messageOf } from '../api/client';
import { FilePickButton } from '../ui/FilePickButton';
import { Spinner } from '../ui/LoadState';
import { useNotify } from '../ui/notifications';
import { useSaveFile } from '../ui/saveFile';
import { workbookProblem } from './readWorkbook';
import { readAsBase64 } from '../ui/readFile';
import type { StageRef } from './StageActions';

type ImportState =
  | { phase: 'reading'; fileName: string }
  | { phase: 'failed'; fileName: string; message: string }
  | { phase: 'ready'; fileName: string; contentBase64: string; report: ImportReport; applyError?: string };

const lineStatus = {
  ok: { label: 'Hợp lệ', color: 'success' },
  warning: { label: 'Cảnh báo', color: 'warning' },
  error: { label: 'Lỗi', color: 'error' },
} as const;

interface WorkbookImportProps extends StageRef {
  formCode: string;
  onApplied(computed: ComputedForm): void;
}

/** The form's Excel template, and the import of a filled one: read, checked line by line, saved only when clean. */
export function WorkbookImport({ year, stage, formCode, onApplied }: WorkbookImportProps) {
  const client = useClient();
  const notify = useNotify();
  const saveGenerated = useSaveFile();
  const [state, setState] = useState<ImportState | null>(null);
  const [applying, setApplying] = useState(false);
  const workbook = { year, stage, formCode };

  const preview = async (file: File) => {
    const problem = workbookProblem(file);
    if (problem) {
      setState({ phase: 'failed', fileName: file.name, message: problem });
      return;
    }
    setState({ phase: 'reading', fileName: file.name });
    try {
      const contentBase64 = await readAsBase64(file);
      const report = await client.call('budget.previewWorkbook', { ...workbook, contentBase64 });
      setState({ phase: 'ready', fileName: file.name, contentBase64, report });
    } catch (error) {
      setState({ phase: 'failed', fileName: file.name, message: messageOf(error, 'Không đọc được tệp Excel này.') });
    }
  };

  const apply = async () => {
    if (state?.phase !== 'ready') return;
    setApplying(true);
    try {
      onApplied(await client.call('budget.applyWorkbook', { ...workbook, contentBase64: state.contentBase64 }));
      notify.success('Đã lưu số liệu từ tệp Excel.');
      setState(null);
    } catch (error) {
      setState({ ...state, applyError: messageOf(error, 'Không lưu được số liệu từ tệp.') });
    } finally {
      setApplying(false);
    }
  };

  return (
    <>
      <Button size="small" startIcon={<DownloadOutlined />} onClick={() => void saveGenerated(() => client.call('budget.exportTemplate', workbook))}>
        Tải mẫu Excel
      </Button>
      <FilePickButton size="small" startIcon={<UploadFileOutlined />} accept=".xlsx" inputLabel="Chọn tệp Excel để nhập" onPick={(file) => void preview(file)}>
        Nhập từ Excel…
      </FilePickButton>
      <ImportDialog state={state} applying={applying} onApply={() => void apply()} onClose={() => setState(null)} />
    </>
  );
}

interface ImportDialogProps {
  state: ImportState | null;
  applying: boolean;
  onApply(): void;
  onClose(): void;
}

function ImportDialog({ state, applying, onApply, onClose }: ImportDialogProps) {
  const titleId = useId();
  const ready = state?.phase === 'ready' ? state : null;
  return (
    <Dialog open={state !== null} onClose={applying ? undefined : onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>Nhập số liệu từ tệp {state?.fileName}</DialogTitle>
      <DialogContent>
        {state?.phase === 'reading' ? <Spinner label="Đang đọc tệp…" /> : null}
        {state?.phase === 'failed' ? <Alert severity="error">{state.message}</Alert> : null}
        {ready ? <ReportSummary report={ready.report} applyError={ready.applyError} /> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={applying}>
          {ready ? 'Hủy' : 'Đóng'}
        </Button>
        {ready ? (
          <Button variant="contained" onClick={onApply} disabled={applying || ready.report.errorCount > 0}>
            Lưu số liệu
          </Button>
        ) : null}
      </DialogActions>
    </Dialog>
  );
}

function ReportSummary({ report, applyError }: { report: ImportReport; applyError: string | undefined }) {
  const hasIssues = report.errorCount + report.warningCount > 0;
  const [issuesOnly, setIssuesOnly] = useState(hasIssues);
  const shown = issuesOnly ? report.lines.filter((line) => line.status !== 'ok') : report.lines;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      {applyError ? <Alert severity="error">{applyError}</Alert> : null}
      {report.errorCount > 0 ? (
        <Alert severity="error">
          Tệp còn {report.errorCount} lỗi nên chưa lưu được. Hãy sửa các dòng báo lỗi trong Excel rồi nhập lại; chưa có số liệu nào được lưu.
        </Alert>
      ) : report.warningCount > 0 ? (
        <Alert severity="warning">Có {report.warningCount} cảnh báo. Vẫn có thể lưu, nhưng nên kiểm tra lại các dòng này.</Alert>
      ) : (
        <Alert severity="success">Tệp hợp lệ. Bấm “Lưu số liệu” để ghi vào biểu.</Alert>
      )}
      <Typography variant="body2">
        Đã đọc {report.lines.length} dòng: {report.errorCount} lỗi, {report.warningCount} cảnh báo.
      </Typography>
      {hasIssues ? (
        <FormControlLabel
          control={<Switch checked={issuesOnly} onChange={(event) => setIssuesOnly(event.target.checked)} />}
          label="Chỉ hiện dòng có lỗi hoặc cảnh báo"
        />
      ) : null}
      <Box sx={{ maxHeight: '45vh', overflow: 'auto' }}>
        <Table size="small" stickyHeader aria-label="Kết quả đọc từng dòng">
          <TableHead>
            <TableRow>
              <TableCell>Dòng Excel</TableCell>
              <TableCell>Nội dung</TableCell>
              <TableCell>Kết quả</TableCell>
              <TableCell>Ghi chú</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((line) => (
              <TableRow key={`${line.row}-${line.lineCode}`}>
                <TableCell>{line.row}</TableCell>
                <TableCell>{line.label}</TableCell>
                <TableCell>
                  <Chip size="small" label={lineStatus[line.status].label} color={lineStatus[line.status].color} />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'pre-line' }}>{line.messages.join('\n')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
}
