import { Alert, AlertTitle, Stack, Typography } from '@mui/material';
import type { EvaluationSheet, MyResults } from '../../main/api';
import { useChannel } from '../api/useChannel';
import { EmptyState } from '../ui/EmptyState';
import { formatDate, formatNumber } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { GradeChip } from './GradeChip';
import { FoldedSheetResult } from './SheetResultPanel';

type YearResult = MyResults['years'][number];

const NOT_LINKED = 'Tài khoản của bạn chưa được gắn với cán bộ nào; quản trị viên gắn trong mục Tài khoản.';

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The signed-in person's own sheets and year result, as main finds them through the account's staff member. */
export function OwnResults({ year }: { year: number }) {
  const mine = useChannel('evaluations.myResults', { year });
  return (
    <Stack spacing={2} component="section" aria-labelledby="own-results-title">
      <Typography id="own-results-title" variant="h6" component="h2">
        Kết quả đánh giá của tôi
      </Typography>
      <LoadState source={mine}>{(results) => <OwnResultsBody year={year} results={results} />}</LoadState>
    </Stack>
  );
}

function OwnResultsBody({ year, results }: { year: number; results: MyResults }) {
  const { staffMember, sheets, years } = results;
  if (staffMember === null) return <EmptyState title={NOT_LINKED} />;
  const scored = sheets.filter((sheet) => sheet.result !== null);
  const periodLabels = new Map(sheets.map((sheet) => [sheet.period, sheet.periodLabel]));
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {staffMember.fullName} – {staffMember.position}
      </Typography>
      {scored.length === 0 ? (
        <EmptyState
          title={`Chưa có phiếu đánh giá nào của bạn được chấm trong năm ${year}`}
          description={sheets.length > 0 ? `Đang chờ chấm: ${sheets.map((sheet) => sheet.periodLabel).join(', ')}.` : undefined}
        />
      ) : (
        <>
          {years.map((result) => (
            <YearResultPanel key={result.groupName} year={year} result={result} periodLabels={periodLabels} />
          ))}
          <div>
            {sheets.map((sheet) => (
              <PeriodSheet key={sheet.periodId} sheet={sheet} />
            ))}
          </div>
        </>
      )}
    </Stack>
  );
}

function PeriodSheet({ sheet }: { sheet: EvaluationSheet }) {
  const period = capitalized(sheet.periodLabel);
  if (sheet.result === null) return <Typography variant="body2">{period}: chưa chấm.</Typography>;
  return <FoldedSheetResult subject={period} result={sheet.result} />;
}

function YearResultPanel({ year, result, periodLabels }: { year: number; result: YearResult; periodLabels: ReadonlyMap<string, string> }) {
  const periods = result.periods.map((entry) => `${periodLabels.get(entry.period) ?? entry.period} – ${formatNumber(entry.total)} điểm`).join(' · ');
  return (
    <Alert severity="info" icon={false} role="region" aria-label={`Kết quả cả năm ${year} – ${result.groupName}`}>
      <AlertTitle>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <span>
            Cả năm {year}: {result.score === null ? '' : `${formatNumber(result.score)} điểm – `}
            {result.gradeLabel}
          </span>
          {result.grade === null ? null : <GradeChip grade={result.grade} label={result.gradeLabel} />}
        </Stack>
      </AlertTitle>
      <Typography variant="body2">{result.explanation}</Typography>
      {periods === '' ? null : <Typography variant="body2">Điểm các kỳ: {periods}</Typography>}
      <Typography variant="body2" color="text.secondary">
        {result.groupName} · {result.decidedOn === null ? 'Tạm tính, người đứng đầu chưa chốt kết quả cả năm.' : `Đã chốt ngày ${formatDate(result.decidedOn)}.`}
      </Typography>
    </Alert>
  );
}
