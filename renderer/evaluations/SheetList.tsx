import CalculateOutlined from '@mui/icons-material/CalculateOutlined';
import { IconButton, Stack, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import type { EvaluationPeriod, EvaluationSheet, ScoringScheme } from '../../main/api';
import { useChannel } from '../api/useChannel';
import { formatNumber } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { RecordTable, type Column } from '../ui/RecordTable';
import { GradeChip } from './GradeChip';
import { SheetDialog } from './SheetDialog';
import { SheetResultPanel } from './SheetResultPanel';

const columns: Column<EvaluationSheet>[] = [
  { header: 'Họ và tên', render: (row) => row.fullName },
  { header: 'Chức vụ', render: (row) => row.position },
  { header: 'Tổng điểm', render: (row) => (row.result?.total == null ? '—' : formatNumber(row.result.total)), align: 'right' },
  { header: 'Xếp loại', render: (row) => (row.result ? <GradeChip grade={row.result.grade} label={row.result.gradeLabel} /> : 'Chưa chấm') },
];

interface SheetListProps {
  period: EvaluationPeriod;
  scheme: ScoringScheme;
  onChanged(): void;
}

/** The sheets of one period: who is scored, and each person's total and grade. */
export function SheetList({ period, scheme, onChanged }: SheetListProps) {
  const sheets = useChannel('evaluations.listSheets', { periodId: period.id });
  const [editing, setEditing] = useState<EvaluationSheet | null>(null);
  const [shown, setShown] = useState<EvaluationSheet | null>(null);

  const saved = (sheet: EvaluationSheet) => {
    setEditing(null);
    setShown(sheet);
    void sheets.reload();
    onChanged();
  };

  return (
    <Stack spacing={2} component="section" aria-labelledby="sheets-title">
      <Typography id="sheets-title" variant="h6" component="h2">
        Phiếu đánh giá {period.periodLabel} – {period.groupName}
      </Typography>
      <LoadState source={sheets}>
        {(rows) => (
          <RecordTable
            label={`Phiếu đánh giá ${period.periodLabel}`}
            rows={rows}
            columns={columns}
            rowKey={(row) => row.staffMemberId}
            rowName={(row) => `phiếu của ${row.fullName}`}
            onEdit={setEditing}
            rowActions={(row) =>
              row.result ? (
                <Tooltip title="Cách tính">
                  <IconButton size="small" aria-label={`Cách tính điểm của ${row.fullName}`} onClick={() => setShown(row)}>
                    <CalculateOutlined fontSize="small" />
                  </IconButton>
                </Tooltip>
              ) : null
            }
          />
        )}
      </LoadState>
      {shown?.result ? <SheetResultPanel subject={shown.fullName} result={shown.result} /> : null}
      {editing ? <SheetDialog sheet={editing} scheme={scheme} onClose={() => setEditing(null)} onSaved={saved} /> : null}
    </Stack>
  );
}
