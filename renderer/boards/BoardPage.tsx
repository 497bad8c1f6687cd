import ArrowBack from '@mui/icons-material/ArrowBack';
import { Alert, Button, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { boardTitle, type BoardDetail } from '../../main/api';
import { useChannel } from '../api/useChannel';
import { useCan } from '../app/session';
import { formatDate, formatNumber } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { PageLayout } from '../ui/PageLayout';
import { ActivitiesSection } from './ActivitiesSection';
import { MembersSection } from './MembersSection';
import { PeriodSections } from './PeriodSections';

export interface SectionProps {
  board: BoardDetail;
  /** Whether the account may write and the board still records new work. */
  canWrite: boolean;
  reload(): Promise<void>;
}

export function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <Stack component="section" spacing={1} aria-label={title}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}>
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          {actions}
        </Stack>
      </Stack>
      {children}
    </Stack>
  );
}

function facts(board: BoardDetail): string {
  const period = `${formatDate(board.from)} – ${board.to ? formatDate(board.to) : 'nay'}`;
  if (board.kind === 'inspection') return `Nhiệm kỳ ${period}.`;
  const value = board.projectValue === null ? '' : ` Tổng mức đầu tư ${formatNumber(board.projectValue)} đồng.`;
  return `Chủ đầu tư: ${board.investor}. Thời gian thực hiện ${period}.${value}`;
}

/** One board: its composition, plans, activities with recommendations and the ward's answers, and its reports. */
export function BoardPage({ boardId, onBack }: { boardId: number; onBack(): void }) {
  const source = useChannel('boards.get', { id: boardId });
  const canWrite = useCan('boards.write');
  return (
    <LoadState source={source}>
      {(board) => (
        <PageLayout title={boardTitle(board)} description={facts(board)} actions={<Button startIcon={<ArrowBack />} onClick={onBack}>Danh sách các ban</Button>}>
          <Stack spacing={3}>
            {board.dissolved ? <Alert severity="info">Dự án đã kết thúc nên Ban đã giải thể: chỉ xem lại, ghi trả lời kiến nghị và báo cáo.</Alert> : null}
            {board.compositionIssues.length > 0 ? (
              <Alert severity="warning">{`Ban chưa đủ thành phần: ${board.compositionIssues.join(' ')} Chưa ghi được hoạt động của Ban.`}</Alert>
            ) : null}
            <MembersSection board={board} canWrite={canWrite && !board.dissolved} reload={source.reload} />
            <ActivitiesSection board={board} canWrite={canWrite} reload={source.reload} />
            <PeriodSections board={board} canWrite={canWrite} reload={source.reload} />
          </Stack>
        </PageLayout>
      )}
    </LoadState>
  );
}
