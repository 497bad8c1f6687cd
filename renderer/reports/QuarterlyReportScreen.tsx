import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { quarterLabel, type QuarterlyReport, type ReportSectionKey } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { useChannel } from '../api/useChannel';
import { useCan } from '../app/session';
import { NativeSelect } from '../ui/fields';
import { YearSelect } from '../evaluations/YearSelect';
import { EmptyState } from '../ui/EmptyState';
import { formatDate, formatDateTime } from '../ui/format';
import { LoadState, Spinner } from '../ui/LoadState';
import { PageLayout } from '../ui/PageLayout';
import { useAction } from '../ui/useAction';
import { ReportActions, ReportStatusChip } from './ReportActions';
import { ReportSectionCard } from './ReportSectionCard';

interface QuarterRef {
  year: number;
  quarter: number;
}

const quarterOptions = [1, 2, 3, 4].map((quarter) => ({ value: String(quarter), label: `Quý ${['I', 'II', 'III', 'IV'][quarter - 1]}` }));

function currentQuarter(now = new Date()): QuarterRef {
  return { year: now.getFullYear(), quarter: Math.floor(now.getMonth() / 3) + 1 };
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function NotOpened({ quarter, canWrite, onOpened }: { quarter: QuarterRef; canWrite: boolean; onOpened(report: QuarterlyReport): void }) {
  const client = useClient();
  const run = useAction();
  const open = async () => {
    const result = await run(() => client.call('quarterlyReport.open', quarter), 'Đã lập báo cáo từ hồ sơ của quý.');
    if (result.ok) onOpened(result.value);
  };
  return (
    <EmptyState
      title={`Chưa lập báo cáo ${quarterLabel(quarter.year, quarter.quarter)}`}
      description="Ứng dụng tổng hợp số liệu tám mục của báo cáo từ các hồ sơ đã ghi trong quý: công khai, cuộc họp, lấy ý kiến, hoạt động giám sát, đơn thư."
      action={
        canWrite ? (
          <Button variant="contained" onClick={() => void open()}>
            Lập báo cáo
          </Button>
        ) : undefined
      }
    />
  );
}

function ReportView({ report, canWrite, onChange }: { report: QuarterlyReport; canWrite: boolean; onChange(report: QuarterlyReport): void }) {
  const client = useClient();
  const run = useAction();
  const editable = canWrite && report.status === 'draft';
  const saveNarrative = async (section: ReportSectionKey, text: string) => {
    const result = await run(() => client.call('quarterlyReport.saveNarrative', { year: report.year, quarter: report.quarter, section, text }), 'Đã lưu nội dung.');
    if (result.ok) onChange(result.value);
    return result.ok;
  };
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <ReportStatusChip report={report} />
        <Typography variant="body2" color="text.secondary">
          Số liệu từ {formatDate(report.from)} đến {formatDate(report.to)}, tổng hợp lúc {formatDateTime(report.compiledAt)}.
        </Typography>
      </Stack>
      {report.correctionReason ? <Alert severity="info">Lý do điều chỉnh: {report.correctionReason}</Alert> : null}
      {report.hasRecords ? null : (
        <Alert severity="info">
          Trong quý này chưa có hồ sơ nào (công khai, cuộc họp, lấy ý kiến, hoạt động giám sát, đơn thư) nên các số liệu đều bằng 0. Hãy ghi hồ sơ ở các mục tương ứng rồi bấm “Cập nhật số liệu”.
        </Alert>
      )}
      <ReportActions report={report} canWrite={canWrite} onChange={onChange} />
      {report.sections.map((section, index) => (
        <ReportSectionCard key={section.key} section={section} number={index + 1} onSaveNarrative={editable ? (text) => saveNarrative(section.key, text) : null} />
      ))}
      {report.finalizedVersions.length > 0 ? (
        <Box component="section" aria-label="Các bản đã hoàn thành">
          <Typography variant="subtitle2" component="h2">
            Các bản đã hoàn thành
          </Typography>
          {report.finalizedVersions.map((version) => (
            <Typography key={version.version} variant="body2">
              Bản {version.version}: số {version.number} ngày {formatDate(version.issuedOn)}
              {version.correctionReason ? ` – điều chỉnh: ${version.correctionReason}` : ''}
            </Typography>
          ))}
        </Box>
      ) : null}
    </Stack>
  );
}

/** The quarterly report on democracy implementation sent to the superior (rules §7). */
export function QuarterlyReportScreen() {
  const [quarter, setQuarter] = useState<QuarterRef>(currentQuarter);
  const source = useChannel('quarterlyReport.get', quarter);
  const canWrite = useCan('ward.write');
  return (
    <PageLayout
      title="Báo cáo quý"
      description="Báo cáo kết quả thực hiện dân chủ ở cơ sở gửi cấp trên: số liệu tổng hợp từ hồ sơ đã ghi, nội dung từng mục có thể viết lại trước khi hoàn thành."
    >
      <Stack spacing={2}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <YearSelect year={quarter.year} onChange={(year) => setQuarter({ ...quarter, year })} />
          <Box sx={{ width: 140 }}>
            <NativeSelect label="Quý" name="quarter" size="small" value={String(quarter.quarter)} options={quarterOptions} onChange={(value) => setQuarter({ ...quarter, quarter: Number(value) })} />
          </Box>
          <Typography variant="h6" component="p">
            {capitalized(quarterLabel(quarter.year, quarter.quarter))}
          </Typography>
        </Stack>
        {source.loading ? (
          // Another quarter's report stays in `source` until this one arrives: never show it under this quarter.
          <Spinner />
        ) : (
          <LoadState source={source}>
            {(report) =>
              report ? <ReportView report={report} canWrite={canWrite} onChange={source.replace} /> : <NotOpened quarter={quarter} canWrite={canWrite} onOpened={source.replace} />
            }
          </LoadState>
        )}
      </Stack>
    </PageLayout>
  );
}
