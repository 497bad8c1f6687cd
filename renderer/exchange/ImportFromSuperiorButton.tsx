import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, Typography } from '@mui/material';
import { useState } from 'react';
import type { DownlinkReportView } from '../../main/api';
import { useCan } from '../app/session';
import { downlinkHeadline, setOutcomeLabels } from './downlinkLabels';
import { useFolderAction } from './useFolderAction';

const severities = { applied: 'success', alreadyReceived: 'info', rejected: 'error' } as const;

/** Main asks for the file (a receipt or a criteria-set directive), checks it against the pinned key and applies it. */
export function ImportFromSuperiorButton({ disabled, onImported }: { disabled: boolean; onImported(): void }) {
  const runWithFile = useFolderAction();
  const canWrite = useCan('ward.write');
  const [report, setReport] = useState<DownlinkReportView | null>(null);
  if (!canWrite) return null;

  const importFile = async () => {
    const result = await runWithFile((client) => client.call('exchange.importFromSuperior', {}));
    if (!result) return;
    setReport(result);
    onImported();
  };

  return (
    <>
      <Button variant="contained" disabled={disabled} onClick={() => void importFile()}>
        Nhận tệp từ cấp trên
      </Button>
      <Dialog open={report !== null} onClose={() => setReport(null)} aria-labelledby="downlink-report-title" maxWidth="md" fullWidth>
        <DialogTitle id="downlink-report-title">Nhận tệp từ cấp trên: {report?.fileName}</DialogTitle>
        <DialogContent dividers>{report ? <ReportBody report={report} /> : null}</DialogContent>
        <DialogActions>
          <Button variant="contained" onClick={() => setReport(null)}>
            Đóng
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

function ReportBody({ report }: { report: DownlinkReportView }) {
  return (
    <>
      <Alert severity={severities[report.result]} sx={{ mb: 1 }}>
        {downlinkHeadline(report)}
      </Alert>
      {report.receipts.length > 0 ? (
        <List dense aria-label="Các lô được báo nhận">
          {report.receipts.map((line) => (
            <ListItem key={line.line}>{line.message}</ListItem>
          ))}
        </List>
      ) : null}
      <ItemLines title="Bộ tiêu chí trong tệp:" label="Các bộ tiêu chí trong tệp" lines={report.criteriaSets} />
      <ItemLines title="Bộ biểu mẫu ngân sách trong tệp:" label="Các bộ biểu mẫu ngân sách trong tệp" lines={report.formSets} />
      {report.unknownLines.length > 0 ? (
        <List dense aria-label="Các dòng phần mềm này chưa đọc được">
          {report.unknownLines.map((line) => (
            <ListItem key={`${line.dataset}-${line.line}`}>{line.message}</ListItem>
          ))}
        </List>
      ) : null}
    </>
  );
}

type ItemLine = DownlinkReportView['criteriaSets' | 'formSets'][number];

/** What became of each criteria set or form set the directive carried, line by line. */
function ItemLines({ title, label, lines }: { title: string; label: string; lines: readonly ItemLine[] }) {
  if (lines.length === 0) return null;
  return (
    <>
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        {title}
      </Typography>
      <List dense aria-label={label}>
        {lines.map((item) => (
          <ListItem key={item.line}>
            {item.name}
            {item.version === null ? '' : ` (phiên bản ${item.version})`}: {setOutcomeLabels[item.outcome]}
            {item.outcome === 'refused' ? `. ${item.message}` : ''}
          </ListItem>
        ))}
      </List>
    </>
  );
}
