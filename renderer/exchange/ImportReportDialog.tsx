import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ImportReportView } from '../../main/api';
import { formatNumber } from '../ui/format';
import { countLabels, fileResultLabels, gapsText } from './labels';
import { RejectedLinesList } from './RejectedLinesList';

type FileReport = ImportReportView['files'][number];

interface ImportReportDialogProps {
  title: string;
  report: ImportReportView | null;
  onClose(): void;
  /** Offered for a dry run: applies what was previewed. */
  onApply?: () => void;
}

/** "12 tệp: 10 nhập được, 1 trùng, 1 cách ly": the results of several files at a glance, in the order of the labels. */
export function summaryText(report: ImportReportView): string {
  const groups: [string, FileReport['result'][]][] = [
    [report.dryRun ? 'nhập được' : 'đã nhập', ['applied']],
    ['trùng', ['duplicate', 'alreadyReceived']],
    ['cách ly', ['quarantined']],
    ['bị từ chối', ['rejected']],
  ];
  const parts = groups.flatMap(([label, results]) => {
    const count = report.files.filter((file) => results.includes(file.result)).length;
    return count > 0 ? [`${formatNumber(count)} ${label}`] : [];
  });
  return `${formatNumber(report.files.length)} tệp: ${parts.join(', ')}`;
}

/** What an import did (or, for a dry run, would do) to each file: its result, counts, rejected lines and gaps. */
export function ImportReportDialog({ title, report, onClose, onApply }: ImportReportDialogProps) {
  return (
    <Dialog open={report !== null} onClose={onClose} aria-labelledby="import-report-title" maxWidth="md" fullWidth>
      <DialogTitle id="import-report-title">{title}</DialogTitle>
      <DialogContent dividers>
        {report?.dryRun ? (
          <Alert severity="info" sx={{ mb: 2 }}>
            Đây là bản kiểm tra thử: chưa có dữ liệu nào được ghi. Bấm “Áp dụng” để nhập.
          </Alert>
        ) : null}
        {report?.files.length === 0 ? <Typography>Không có tệp nào.</Typography> : null}
        {report && report.files.length > 1 ? (
          <Typography variant="subtitle1" component="p" sx={{ mb: 2, fontWeight: 700 }}>
            {summaryText(report)}
          </Typography>
        ) : null}
        {report?.files.map((file) => <FileSection key={file.path} file={file} />)}
      </DialogContent>
      <DialogActions>
        {onApply ? (
          <>
            <Button onClick={onClose}>Hủy</Button>
            <Button variant="contained" onClick={onApply}>
              Áp dụng
            </Button>
          </>
        ) : (
          <Button variant="contained" onClick={onClose}>
            Đóng
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}

function FileSection({ file }: { file: FileReport }) {
  const ok = file.result === 'applied' || file.result === 'duplicate' || file.result === 'alreadyReceived';
  return (
    <Box component="section" aria-label={`Tệp ${file.fileName}`} sx={{ mb: 3 }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700, wordBreak: 'break-all' }}>
        {file.fileName}
      </Typography>
      {file.batch ? (
        <Typography variant="body2" color="text.secondary">
          Đơn vị {file.batch.unitCode} · lô số {file.batch.seq} · {gapsText(file.gaps)}
        </Typography>
      ) : null}
      <Alert severity={ok ? 'success' : 'error'} sx={{ my: 1 }}>
        {fileResultLabels[file.result]}
        {file.reason ? `: ${file.reason.message}` : ''}
      </Alert>
      <CountsTable counts={file.counts} fileName={file.fileName} />
      {file.rejectedLines.length > 0 ? (
        <>
          <Typography variant="body2" sx={{ mt: 1, fontWeight: 500 }}>
            Các dòng bị từ chối:
          </Typography>
          <RejectedLinesList lines={file.rejectedLines} label={`Các dòng bị từ chối trong ${file.fileName}`} />
        </>
      ) : null}
      {file.missingFiles?.length ? <MissingFilesList files={file.missingFiles} fileName={file.fileName} /> : null}
      {file.conflicts.length > 0 ? (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {file.conflicts.length} bản ghi xung đột (cùng phiên bản, khác nội dung) được giữ cả hai để xem xét.
        </Typography>
      ) : null}
    </Box>
  );
}

/** Several records may reference one attachment: each file is listed once. */
function MissingFilesList({ files, fileName }: { files: NonNullable<FileReport['missingFiles']>; fileName: string }) {
  const unique = [...new Map(files.map((file) => [file.sha256, file])).values()];
  return (
    <>
      <Typography variant="body2" sx={{ mt: 1, fontWeight: 500 }}>
        Tệp đính kèm chưa có trong lô này (có thể ở phần khác):
      </Typography>
      <List dense aria-label={`Tệp đính kèm chưa có trong ${fileName}`}>
        {unique.map((file) => (
          <ListItem key={file.sha256}>
            {file.name}, mã băm {file.sha256.slice(0, 12)}…
          </ListItem>
        ))}
      </List>
    </>
  );
}

function CountsTable({ counts, fileName }: { counts: FileReport['counts']; fileName: string }) {
  const keys = Object.keys(countLabels) as (keyof FileReport['counts'])[];
  return (
    <Table size="small" aria-label={`Số bản ghi trong ${fileName}`}>
      <TableHead>
        <TableRow>
          {keys.map((key) => (
            <TableCell key={key} align="right">
              {countLabels[key]}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        <TableRow>
          {keys.map((key) => (
            <TableCell key={key} align="right">
              {formatNumber(counts[key])}
            </TableCell>
          ))}
        </TableRow>
      </TableBody>
    </Table>
  );
}
