import { Alert, AlertTitle, Box, Paper, Stack, Tab, Tabs, Typography } from '@mui/material';
import { NativeSelect } from '../ui/fields';
import { useId, useState, type ReactNode } from 'react';
import { budgetReportKey, type ComputedForm, type FiscalYear, type Out, type StageReport, type StageSummary } from '../../main/api';
import { useChannel } from '../api/useChannel';
import { AttachmentList } from '../attachments/AttachmentList';
import { useCan } from '../app/session';
import { formatDate } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { BudgetCharts } from './BudgetCharts';
import { DocumentExport } from './DocumentExport';
import { FormPanel } from './FormPanel';
import { disclosureChannelLabels, stageLabels, versionStatusLabels } from './labels';
import { CarryOverAction, CorrectionAction, DisclosureAction, StageDatesAction } from './StageActions';

interface StagePanelProps {
  fiscalYear: FiscalYear;
  summary: StageSummary;
  previousYearOpen: boolean;
  onYearChanged(fiscalYear: FiscalYear): void;
  reloadYear(): Promise<void>;
}

/** One stage of the year: its dates, its report (one tab per form, plus charts), disclosure and documents. */
export function StagePanel({ fiscalYear, summary, previousYearOpen, onYearChanged, reloadYear }: StagePanelProps) {
  const { year } = fiscalYear;
  const { stage } = summary;
  const headingId = useId();
  const canWrite = useCan('budget.write');
  const [version, setVersion] = useState<number | undefined>(undefined);
  const report = useChannel('budget.getReport', version === undefined ? { year, stage } : { year, stage, version });
  const [warnings, setWarnings] = useState<string[]>([]);

  const recorded = (result: Out<'budget.recordDisclosure'>) => {
    onYearChanged(result.year);
    setWarnings(result.warnings);
    void report.reload();
  };

  const carried = (next: StageReport) => {
    report.replace(next);
    void reloadYear();
  };

  const correctionStarted = (next: StageReport) => {
    setVersion(undefined);
    report.replace(next);
    setWarnings([]);
    void reloadYear();
  };

  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between', alignItems: 'flex-start', mb: 1 }}>
        <Box>
          <Typography id={headingId} variant="h6" component="h2">
            {stageLabels[stage]} năm {year}
          </Typography>
          <StageDates summary={summary} />
        </Box>
        {canWrite ? <StageDatesAction year={year} summary={summary} onSaved={onYearChanged} /> : null}
      </Stack>
      {warnings.length > 0 ? (
        <Alert severity="warning" onClose={() => setWarnings([])} sx={{ mb: 1 }}>
          <AlertTitle>Lưu ý về việc công khai</AlertTitle>
          {warnings.map((warning) => (
            <div key={warning}>{warning}</div>
          ))}
        </Alert>
      ) : null}
      <LoadState source={report}>
        {(data) => (
          <ReportView
            report={data}
            canWrite={canWrite}
            previousYearOpen={previousYearOpen}
            onSelectVersion={(picked) => setVersion(picked === data.versions.at(-1)?.version ? undefined : picked)}
            onFormChanged={(computed) => {
              report.replace({ ...data, forms: data.forms.map((entry) => (entry.form.code === computed.form.code ? computed : entry)) });
              // The first figure creates version 1: the versions and the stage's status change with it.
              if (data.versions.length === 0) void Promise.all([report.reload(), reloadYear()]);
            }}
            actions={
              <>
                <DocumentExport year={year} stage={stage} version={data.version} />
                {canWrite && canDisclose(data) && stage !== 'estimateSubmitted' ? <CarryOverAction year={year} stage={stage} onCarried={carried} /> : null}
                {canWrite && canDisclose(data) ? <DisclosureAction year={year} stage={stage} onRecorded={recorded} /> : null}
                {canWrite && canCorrect(data) ? <CorrectionAction year={year} stage={stage} onStarted={correctionStarted} /> : null}
              </>
            }
          />
        )}
      </LoadState>
    </Paper>
  );
}

const isLatest = (report: StageReport) => report.versions.at(-1)?.version === report.version;
const canDisclose = (report: StageReport) => isLatest(report) && !report.locked;
const canCorrect = (report: StageReport) => isLatest(report) && report.versions.at(-1)?.status === 'disclosed';

function StageDates({ summary }: { summary: StageSummary }) {
  const facts = [
    `Hạn công khai: ${summary.deadline ? formatDate(summary.deadline) : 'chưa xác định'} (${summary.deadlineRule.charAt(0).toLocaleLowerCase('vi')}${summary.deadlineRule.slice(1)})`,
    summary.resolutionNumber || summary.resolutionDate
      ? `Nghị quyết ${summary.resolutionNumber ? `số ${summary.resolutionNumber}` : ''}${summary.resolutionDate ? ` ngày ${formatDate(summary.resolutionDate)}` : ''}`
      : null,
    summary.submittedOn ? `Trình HĐND ngày ${formatDate(summary.submittedOn)}` : null,
    summary.disclosedOn ? `Công khai ngày ${formatDate(summary.disclosedOn)}` : null,
  ];
  return (
    <Typography variant="body2" color="text.secondary">
      {facts.filter(Boolean).join(' · ')}
    </Typography>
  );
}

interface ReportViewProps {
  report: StageReport;
  canWrite: boolean;
  previousYearOpen: boolean;
  onSelectVersion(version: number): void;
  onFormChanged(computed: ComputedForm): void;
  actions: ReactNode;
}

const CHARTS_TAB = 'charts';

function ReportView({ report, canWrite, previousYearOpen, onSelectVersion, onFormChanged, actions }: ReportViewProps) {
  const [tab, setTab] = useState<string>(report.forms[0]?.form.code ?? CHARTS_TAB);
  const shownForm = report.forms.find((entry) => entry.form.code === tab);
  const readOnly = !canWrite || report.locked;
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        {report.versions.length > 0 ? <VersionPicker report={report} onSelect={onSelectVersion} /> : null}
        {actions}
      </Stack>
      <ReportNotice report={report} canWrite={canWrite} />
      {report.versions.some((entry) => entry.version === report.version) ? (
        <AttachmentList
          entity="budgetReport"
          entityId={budgetReportKey(report)}
          title="Ảnh chụp bản niêm yết"
          emptyMessage="Chưa có ảnh chụp bản niêm yết."
          canAdd={canWrite}
          canDelete={canWrite && !report.locked}
        />
      ) : null}
      <Tabs value={shownForm ? tab : CHARTS_TAB} onChange={(_event, value: string) => setTab(value)} variant="scrollable" scrollButtons="auto" aria-label="Các biểu mẫu của giai đoạn">
        {report.forms.map(({ form }) => (
          <Tab
            key={form.code}
            value={form.code}
            sx={{ maxWidth: 240, alignItems: 'flex-start', textAlign: 'left' }}
            label={
              <Box>
                <Typography variant="body2" sx={{ fontWeight: 700 }}>
                  {form.formNumber}
                </Typography>
                <Typography variant="caption" sx={{ display: 'block', lineHeight: 1.2 }}>
                  {form.title}
                </Typography>
              </Box>
            }
          />
        ))}
        <Tab value={CHARTS_TAB} label="Biểu đồ" />
      </Tabs>
      {shownForm ? (
        <FormPanel key={shownForm.form.code} year={report.year} stage={report.stage} computed={shownForm} readOnly={readOnly} onChanged={onFormChanged} />
      ) : (
        <BudgetCharts report={report} previousYearOpen={previousYearOpen} />
      )}
    </Stack>
  );
}

function versionText(entry: StageReport['versions'][number]): string {
  const parts = [`Bản ${entry.version}: ${versionStatusLabels[entry.status]}`];
  if (entry.disclosure) parts.push(`công khai ngày ${formatDate(entry.disclosure.postedOn)}`);
  if (entry.correctionReason) parts.push(`điều chỉnh: ${entry.correctionReason}`);
  return parts.join(', ');
}

function VersionPicker({ report, onSelect }: { report: StageReport; onSelect(version: number): void }) {
  return (
    <NativeSelect
      label="Phiên bản"
      value={String(report.version)}
      options={[...report.versions].reverse().map((entry) => ({ value: String(entry.version), label: versionText(entry) }))}
      onChange={(version) => onSelect(Number(version))}
      sx={{ minWidth: 260, maxWidth: 420 }}
    />
  );
}

/** Why the grid cannot be edited, and how the shown version was disclosed. */
function ReportNotice({ report, canWrite }: { report: StageReport; canWrite: boolean }) {
  const shown = report.versions.find((entry) => entry.version === report.version);
  const latest = report.versions.at(-1);
  const disclosure = shown?.disclosure;
  const lock =
    shown && latest && shown.version !== latest.version
      ? `Đây là bản ${shown.version} (${versionStatusLabels[shown.status].toLocaleLowerCase('vi')}), chỉ để xem. Bản hiện hành là bản ${latest.version}.`
      : report.locked
        ? `Báo cáo đã công khai nên số liệu đã khóa.${canWrite ? ' Muốn sửa, hãy tạo bản điều chỉnh và ghi rõ lý do.' : ''}`
        : canWrite
          ? null
          : 'Bạn chỉ có quyền xem số liệu.';
  if (!lock && !disclosure && !shown?.correctionReason) return null;
  return (
    <Alert severity="info" icon={false}>
      {lock ? <div>{lock}</div> : null}
      {shown?.correctionReason ? <div>Lý do điều chỉnh: {shown.correctionReason}</div> : null}
      {disclosure ? (
        <div>
          Công khai ngày {formatDate(disclosure.postedOn)}, niêm yết {disclosure.postingDays} ngày; hình thức:{' '}
          {disclosure.channels.map((channel) => disclosureChannelLabels[channel]).join('; ')}; người thực hiện:{' '}
          {disclosure.performedBy}.{disclosure.note ? ` ${disclosure.note}` : ''}
        </div>
      ) : null}
    </Alert>
  );
}
