import Add from '@mui/icons-material/Add';
import { Button, Link, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { EvaluationPeriod, ScoringScheme } from '../../main/api';
import { useChannel } from '../api/useChannel';
import { EmptyState } from '../ui/EmptyState';
import { formatNumber } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { RecordTable, type Column } from '../ui/RecordTable';
import { OpenPeriodDialog } from './OpenPeriodDialog';
import { SheetList } from './SheetList';
import { YearResultsSection } from './YearResultsSection';

/** The head's work for a year: its periods, the sheets of the chosen one, and the year's results. */
export function HeadWork({ year }: { year: number }) {
  const periods = useChannel('evaluations.listPeriods', { year });
  const schemes = useChannel('evaluations.schemes', {});
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [opening, setOpening] = useState(false);

  const opened = (period: EvaluationPeriod) => {
    setOpening(false);
    setSelectedId(period.id);
    void periods.reload();
  };

  return (
    <LoadState source={schemes}>
      {(schemeList) => (
        <LoadState source={periods}>
          {(rows) => (
            <Stack spacing={4}>
              <Stack spacing={2} component="section" aria-labelledby="periods-title">
                <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
                  <Typography id="periods-title" variant="h6" component="h2">
                    Các kỳ đánh giá năm {year}
                  </Typography>
                  <Button variant="contained" startIcon={<Add />} onClick={() => setOpening(true)}>
                    Mở kỳ đánh giá
                  </Button>
                </Stack>
                <PeriodTable year={year} rows={rows} onSelect={setSelectedId} />
              </Stack>
              <SelectedPeriod period={rows.find((row) => row.id === selectedId)} schemes={schemeList} onChanged={() => void periods.reload()} />
              <YearResultsSection
                // Scoring a sheet changes the year's results: a new count of scored sheets reloads them.
                key={rows.reduce((scored, row) => scored + row.scored, 0)}
                year={year}
                groups={[...new Set(rows.filter((row) => row.scored > 0).map((row) => row.groupName))]}
              />
              {opening ? <OpenPeriodDialog year={year} schemes={schemeList} onClose={() => setOpening(false)} onOpened={opened} /> : null}
            </Stack>
          )}
        </LoadState>
      )}
    </LoadState>
  );
}

function PeriodTable({ year, rows, onSelect }: { year: number; rows: EvaluationPeriod[]; onSelect(id: number): void }) {
  if (rows.length === 0) {
    return <EmptyState title={`Chưa mở kỳ đánh giá nào trong năm ${year}`} description="Mở kỳ đánh giá để lập phiếu cho từng người được đánh giá." />;
  }
  const columns: Column<EvaluationPeriod>[] = [
    {
      header: 'Kỳ đánh giá',
      render: (row) => (
        <Link component="button" type="button" onClick={() => onSelect(row.id)} sx={{ textAlign: 'left' }}>
          {row.periodLabel}
        </Link>
      ),
    },
    { header: 'Nhóm', render: (row) => row.groupName },
    { header: 'Thang đánh giá', render: (row) => row.schemeName },
    { header: 'Đã chấm', render: (row) => `${formatNumber(row.scored)}/${formatNumber(row.sheets)}`, align: 'right' },
  ];
  return <RecordTable label="Danh sách kỳ đánh giá" rows={rows} columns={columns} rowKey={(row) => row.id} rowName={(row) => `${row.periodLabel} – ${row.groupName}`} />;
}

function SelectedPeriod({ period, schemes, onChanged }: { period: EvaluationPeriod | undefined; schemes: ScoringScheme[]; onChanged(): void }) {
  const scheme = schemes.find((entry) => entry.id === period?.schemeId);
  if (!period || !scheme) return null;
  return <SheetList key={period.id} period={period} scheme={scheme} onChanged={onChanged} />;
}
