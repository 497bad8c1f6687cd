import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { Alert, Box, Chip, IconButton, Paper, Stack, Tooltip, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import type { AgendaItem, DecisionResult, MeetingTypeRules, VoteCounts } from '../../main/api';
import { OpinionLedgerButton } from '../petitions/OpinionLedgerButton';
import { formatNumber } from '../ui/format';
import { Facts } from './Facts';
import { agendaKindLabels, voteMethodLabels } from './labels';

export interface AgendaItemActions {
  onEdit(): void;
  /** Absent for the first item. */
  onMoveUp?: () => void;
  /** Absent for the last item. */
  onMoveDown?: () => void;
  onDelete(): void;
}

interface AgendaItemViewProps {
  item: AgendaItem;
  number: number;
  rules: MeetingTypeRules;
  actions?: AgendaItemActions;
}

export function AgendaItemView({ item, number, rules, actions }: AgendaItemViewProps) {
  const headingId = useId();
  const matter = rules.matters.find((entry) => entry.key === item.matter);
  return (
    <Paper component="li" variant="outlined" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
        <Box>
          <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {number}. {item.title}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 0.5 }}>
            <Chip size="small" label={agendaKindLabels[item.kind]} />
            {matter ? (
              <Typography variant="body2" color="text.secondary">
                {matter.label}
              </Typography>
            ) : null}
          </Stack>
        </Box>
        {actions ? <ItemButtons title={item.title} actions={actions} /> : null}
      </Stack>
      <Stack spacing={1.5} sx={{ mt: 1.5 }}>
        <Facts label={`Chi tiết nội dung ${number}`} facts={[['Người trình bày', item.presenter], ['Nội dung', item.content]]} />
        {item.opinions.length > 0 ? <OpinionsView agendaItemId={item.id} opinions={item.opinions} /> : null}
        {item.vote ? <VoteView vote={item.vote} election={item.kind === 'election'} /> : null}
        {item.kind === 'election' ? <CandidatesView item={item} /> : null}
        {item.result ? <ResultView result={item.result} /> : null}
        <Facts label={`Kết luận nội dung ${number}`} facts={[['Kết luận', item.conclusion]]} />
      </Stack>
    </Paper>
  );
}

function ItemButtons({ title, actions }: { title: string; actions: AgendaItemActions }) {
  const button = (label: string, icon: ReactNode, onClick: (() => void) | undefined, color?: 'error') => (
    <Tooltip title={label}>
      <span>
        <IconButton size="small" aria-label={`${label} “${title}”`} disabled={!onClick} onClick={onClick} color={color}>
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );
  return (
    <Stack direction="row" sx={{ flexShrink: 0 }}>
      {button('Chuyển lên', <ArrowUpward fontSize="small" />, actions.onMoveUp)}
      {button('Chuyển xuống', <ArrowDownward fontSize="small" />, actions.onMoveDown)}
      {button('Sửa', <EditOutlined fontSize="small" />, actions.onEdit)}
      {button('Xóa', <DeleteOutlined fontSize="small" />, actions.onDelete, 'error')}
    </Stack>
  );
}

function OpinionsView({ agendaItemId, opinions }: { agendaItemId: number; opinions: AgendaItem['opinions'] }) {
  return (
    <Box>
      <Typography variant="subtitle2" component="h4">
        Ý kiến phát biểu ({formatNumber(opinions.length)})
      </Typography>
      <Box component="ol" sx={{ pl: 3, my: 0.5 }}>
        {opinions.map((opinion, index) => (
          <Typography component="li" variant="body2" key={index} sx={{ whiteSpace: 'pre-line' }}>
            <strong>{opinion.speaker}:</strong> {opinion.summary}
            {opinion.answer ? `\nTrả lời${opinion.answeredBy ? ` (${opinion.answeredBy})` : ''}: ${opinion.answer}` : ''}
            <OpinionLedgerButton agendaItemId={agendaItemId} position={index + 1} speaker={opinion.speaker} />
          </Typography>
        ))}
      </Box>
    </Box>
  );
}

function VoteView({ vote, election }: { vote: VoteCounts; election: boolean }) {
  const invalid = vote.method === 'showOfHands' && vote.invalid === 0 ? '' : `Không hợp lệ: ${formatNumber(vote.invalid)}`;
  const counts = election
    ? invalid
    : [`Đồng ý: ${formatNumber(vote.for)}`, `Không đồng ý: ${formatNumber(vote.against)}`, `Không ý kiến: ${formatNumber(vote.abstain)}`, invalid].filter(Boolean).join(' · ');
  return (
    <Facts
      label={election ? 'Hình thức bầu' : 'Biểu quyết'}
      facts={[
        [election ? 'Hình thức bầu' : 'Hình thức biểu quyết', voteMethodLabels[vote.method]],
        ['Kết quả kiểm đếm', counts],
        ['Ban kiểm phiếu', vote.countingBoard.join(', ')],
      ]}
    />
  );
}

function CandidatesView({ item }: { item: AgendaItem }) {
  const candidates = item.candidates.map((candidate) => `${candidate.name}${candidate.position ? ` (${candidate.position})` : ''}: ${formatNumber(candidate.votes)} phiếu`);
  return (
    <Facts
      label="Bầu cử"
      facts={[
        ['Số người cần bầu', item.seats === null ? '' : formatNumber(item.seats)],
        ['Người ứng cử', candidates.join('\n')],
      ]}
    />
  );
}

/** main's verdict under the matter's rule, shown as is. */
function ResultView({ result }: { result: DecisionResult }) {
  return (
    <Stack spacing={1}>
      <Alert severity={result.passed ? 'success' : 'error'}>{result.message}</Alert>
      {result.tied.length > 0 ? <Alert severity="warning">Bằng phiếu ở vị trí cuối: {result.tied.join(', ')}. Cần bầu lại giữa những người này.</Alert> : null}
    </Stack>
  );
}
