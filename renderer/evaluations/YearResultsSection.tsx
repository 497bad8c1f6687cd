import InfoOutlined from '@mui/icons-material/InfoOutlined';
import InsertChartOutlined from '@mui/icons-material/InsertChartOutlined';
import { Alert, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { grades, type YearResults } from '../../main/api';
import { useChannel } from '../api/useChannel';
import { EmptyState } from '../ui/EmptyState';
import { formatNumber } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { RecordTable, type Column } from '../ui/RecordTable';
import { GradeChip } from './GradeChip';
import { gradeAbbreviations } from './labels';
import { NativeSelect } from '../ui/fields';
import { PersonScoresChart } from './PersonScoresChart';
import { YearClosingPanel } from './YearClosingPanel';

type ResultRow = YearResults['rows'][number];

/** "2026-03" → "Tháng 3", "2026-Q1" → "Quý 1", "2026" → "Cả năm". */
function periodHeading(period: string): string {
  const month = /^\d{4}-(\d{2})$/.exec(period);
  if (month) return `Tháng ${Number(month[1])}`;
  const quarter = /^\d{4}-Q(\d)$/.exec(period);
  return quarter ? `Quý ${quarter[1]}` : 'Cả năm';
}

/** The year's result per person of a group, from the periods' totals, and the check of the excellent-grade quota. */
export function YearResultsSection({ year, groups }: { year: number; groups: string[] }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const groupName = chosen !== null && groups.includes(chosen) ? chosen : groups[0];
  return (
    <Stack spacing={2} component="section" aria-labelledby="year-results-title">
      <Typography id="year-results-title" variant="h6" component="h2">
        Kết quả cả năm {year}
      </Typography>
      {groupName === undefined ? (
        <EmptyState title="Chưa có kết quả cả năm" description="Kết quả cả năm được tổng hợp từ các kỳ đánh giá đã chấm trong năm." />
      ) : (
        <>
          {groups.length > 1 ? (
            <NativeSelect label="Nhóm" name="groupName" value={groupName} options={groups.map((group) => ({ value: group, label: group }))} onChange={setChosen} />
          ) : null}
          <GroupResults year={year} groupName={groupName} />
        </>
      )}
    </Stack>
  );
}

function GroupResults({ year, groupName }: { year: number; groupName: string }) {
  const results = useChannel('evaluations.yearResults', { year, groupName });
  const [explained, setExplained] = useState<ResultRow | null>(null);
  const [charted, setCharted] = useState<ResultRow | null>(null);
  return (
    <LoadState source={results}>
      {(data) => (
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {data.schemeName}
          </Typography>
          {data.quota.warning ? <Alert severity="warning">{data.quota.warning}</Alert> : null}
          <Typography variant="body2" aria-label="Số người theo mức xếp loại">
            {grades.map((grade) => `${gradeAbbreviations[grade]}: ${formatNumber(data.quota.counts[grade])}`).join(' · ')}
            {data.quota.limit === null ? '' : ` · Số ${gradeAbbreviations.excellent} tối đa: ${formatNumber(data.quota.limit)}`}
          </Typography>
          <RecordTable
            label={`Kết quả cả năm ${year} – ${groupName}`}
            rows={data.rows}
            columns={columnsFor(data.rows)}
            rowKey={(row) => row.staffMemberId}
            rowName={(row) => row.fullName}
            rowActions={(row) => (
              <>
                <Tooltip title="Biểu đồ">
                  <IconButton size="small" aria-label={`Biểu đồ điểm các kỳ của ${row.fullName}`} onClick={() => setCharted(row)}>
                    <InsertChartOutlined fontSize="small" />
                  </IconButton>
                </Tooltip>
                <Tooltip title="Cách tính">
                  <IconButton size="small" aria-label={`Cách tính kết quả cả năm của ${row.fullName}`} onClick={() => setExplained(row)}>
                    <InfoOutlined fontSize="small" />
                  </IconButton>
                </Tooltip>
              </>
            )}
          />
          {explained ? (
            <Alert severity="info" onClose={() => setExplained(null)}>
              {explained.fullName}: {explained.explanation}
            </Alert>
          ) : null}
          {charted ? <PersonScoresChart person={charted} year={year} schemeId={data.schemeId} periodLabel={periodHeading} onClose={() => setCharted(null)} /> : null}
          <YearClosingPanel year={year} groupName={groupName} />
        </Stack>
      )}
    </LoadState>
  );
}

function columnsFor(rows: ResultRow[]): Column<ResultRow>[] {
  const periods = [...new Set(rows.flatMap((row) => row.periods.map((entry) => entry.period)))].sort();
  return [
    { header: 'Họ và tên', render: (row) => row.fullName },
    { header: 'Chức vụ', render: (row) => row.position },
    ...periods.map(
      (period): Column<ResultRow> => ({
        header: periodHeading(period),
        render: (row) => {
          const total = row.periods.find((entry) => entry.period === period)?.total;
          return total === undefined ? '—' : formatNumber(total);
        },
        align: 'right',
      }),
    ),
    { header: 'Điểm cả năm', render: (row) => (row.score === null ? '—' : formatNumber(row.score)), align: 'right' },
    { header: 'Xếp loại', render: (row) => (row.grade ? <GradeChip grade={row.grade} label={row.gradeLabel} /> : row.gradeLabel || 'Chưa xếp loại') },
  ];
}
