import LockOutlined from '@mui/icons-material/LockOutlined';
import RefreshOutlined from '@mui/icons-material/RefreshOutlined';
import { Button, Chip, Stack } from '@mui/material';
import { reportsChannels, type In, type QuarterlyReport } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { useConfirm } from '../ui/confirm';
import { ExportButtons, type ExportChoice } from '../ui/ExportButtons';
import { formatDate, formatDateTime } from '../ui/format';
import { useAction } from '../ui/useAction';
import { CorrectionButton } from '../ui/CorrectionButton';

interface ActionProps {
  report: QuarterlyReport;
  onChange(report: QuarterlyReport): void;
}

const exportFormats: ExportChoice<In<'quarterlyReport.export'>['format']>[] = [
  { format: 'pdf', label: 'Tải PDF' },
  { format: 'docx', label: 'Tải Word (DOCX)' },
];

export function ReportStatusChip({ report }: { report: QuarterlyReport }) {
  if (report.status === 'finalized') {
    return <Chip color="success" icon={<LockOutlined />} label={`Đã hoàn thành – số ${report.number} ngày ${formatDate(report.issuedOn ?? '')}`} />;
  }
  return <Chip color="warning" variant="outlined" label={report.version > 1 ? `Bản điều chỉnh lần ${report.version - 1} – đang soạn` : 'Đang soạn'} />;
}

/** Compiles the draft's figures again from what was recorded since. */
function RefreshAction({ report, onChange }: ActionProps) {
  const client = useClient();
  const run = useAction();
  const refresh = async () => {
    const result = await run(() => client.call('quarterlyReport.refresh', { year: report.year, quarter: report.quarter }), 'Đã cập nhật số liệu từ hồ sơ.');
    if (result.ok) onChange(result.value);
  };
  return (
    <Button variant="outlined" startIcon={<RefreshOutlined />} onClick={() => void refresh()}>
      Cập nhật số liệu
    </Button>
  );
}

function FinalizeAction({ report, onChange }: ActionProps) {
  const client = useClient();
  const confirm = useConfirm();
  const run = useAction();
  const finalize = async () => {
    const confirmed = await confirm({
      title: 'Hoàn thành báo cáo?',
      message: `Báo cáo được lấy số "…/BC-UBND" trong sổ văn bản đi, ghi ngày hôm nay và khóa lại với số liệu tổng hợp lúc ${formatDateTime(report.compiledAt)}. Nếu mới ghi thêm hồ sơ, hãy bấm "Cập nhật số liệu" trước. Sau khi hoàn thành, muốn sửa phải tạo bản điều chỉnh và ghi lý do.`,
      confirmLabel: 'Hoàn thành báo cáo',
    });
    if (!confirmed) return;
    const result = await run(() => client.call('quarterlyReport.finalize', { year: report.year, quarter: report.quarter }), 'Đã hoàn thành báo cáo.');
    if (result.ok) onChange(result.value);
  };
  return (
    <Button variant="contained" startIcon={<LockOutlined />} onClick={() => void finalize()}>
      Hoàn thành báo cáo
    </Button>
  );
}

function CorrectionAction({ report, onChange }: ActionProps) {
  const client = useClient();
  return (
    <CorrectionButton
      schema={reportsChannels['quarterlyReport.startCorrection'].input}
      empty={{ year: report.year, quarter: report.quarter, reason: '' }}
      save={async (input) => onChange(await client.call('quarterlyReport.startCorrection', input))}
      savedMessage="Đã tạo bản điều chỉnh; có thể cập nhật số liệu và sửa nội dung."
      notice="Báo cáo đã hoàn thành được giữ nguyên. Bản điều chỉnh khi hoàn thành sẽ lấy số mới và ghi lý do dưới đây."
    />
  );
}

/** What can be done with the report now: update and finalize a draft, correct a finalized one, print either. */
export function ReportActions({ report, onChange, canWrite }: ActionProps & { canWrite: boolean }) {
  const client = useClient();
  const draft = report.status === 'draft';
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
      {canWrite && draft ? <RefreshAction report={report} onChange={onChange} /> : null}
      {canWrite && draft ? <FinalizeAction report={report} onChange={onChange} /> : null}
      {canWrite && !draft ? <CorrectionAction report={report} onChange={onChange} /> : null}
      <ExportButtons choices={exportFormats} produce={(format) => client.call('quarterlyReport.export', { year: report.year, quarter: report.quarter, format })} />
    </Stack>
  );
}
