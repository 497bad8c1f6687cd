import SearchOutlined from '@mui/icons-material/SearchOutlined';
import { Alert, Box, Chip, CircularProgress, InputAdornment, List, ListItem, ListItemButton, Stack, TextField, Typography } from '@mui/material';
import { amber } from '@mui/material/colors';
import { Fragment, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Out, SearchHit } from '../../../main/api';
import { EmptyState } from '../../ui/EmptyState';
import { formatDate, formatNumber } from '../../ui/format';
import { PageLayout } from '../../ui/PageLayout';
import { useMeetingSearch } from './useMeetingSearch';

const hitKindLabels: Record<SearchHit['kind'], string> = {
  meeting: 'Cuộc họp',
  agendaItem: 'Nội dung',
  opinion: 'Ý kiến',
  minutes: 'Biên bản',
};

const hitKindColors: Record<SearchHit['kind'], 'primary' | 'secondary' | 'info' | 'success'> = {
  meeting: 'primary',
  agendaItem: 'info',
  opinion: 'secondary',
  minutes: 'success',
};

const HIT_SELECTOR = '[data-search-hit]';

/** Full-text search over meetings, agenda items, opinions and minutes; typing without diacritics finds text with them. */
export function MeetingSearchScreen({ onOpenMeeting }: { onOpenMeeting?(meetingId: number): void }) {
  const [text, setText] = useState('');
  const { state, busy, searchNow, searchSoon } = useMeetingSearch();
  const fieldRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLOListElement>(null);

  const focusFirstResult = (event: KeyboardEvent) => {
    const first = resultsRef.current?.querySelector<HTMLElement>(HIT_SELECTOR);
    if (event.key !== 'ArrowDown' || !first) return;
    event.preventDefault();
    first.focus();
  };

  return (
    <PageLayout title="Tìm trong biên bản, ý kiến" description="Tìm trong tên cuộc họp, nội dung, ý kiến phát biểu và biên bản đã lập.">
      <Box
        component="form"
        role="search"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void searchNow(text);
        }}
        sx={{ mb: 2 }}
      >
        <TextField
          autoFocus
          fullWidth
          type="search"
          label="Từ cần tìm"
          value={text}
          inputRef={fieldRef}
          onChange={(event) => {
            setText(event.target.value);
            searchSoon(event.target.value);
          }}
          onKeyDown={focusFirstResult}
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchOutlined aria-hidden />
                </InputAdornment>
              ),
              endAdornment: busy ? (
                <InputAdornment position="end">
                  <CircularProgress size={18} aria-label="Đang tìm…" />
                </InputAdornment>
              ) : null,
            },
          }}
        />
      </Box>
      {state.kind === 'idle' ? (
        <EmptyState
          title="Nhập từ cần tìm"
          description="Gõ không dấu cũng tìm được, ví dụ dong gop → đóng góp. Kết quả hiện ra khi bạn ngừng gõ; bấm Enter để tìm ngay."
        />
      ) : null}
      {state.kind === 'failed' ? <Alert severity="error">{state.message}</Alert> : null}
      {state.kind === 'done' ? (
        <SearchResults
          query={state.query}
          result={state.result}
          listRef={resultsRef}
          onOpen={(meetingId) => onOpenMeeting?.(meetingId)}
          onLeaveTop={() => fieldRef.current?.focus()}
        />
      ) : null}
    </PageLayout>
  );
}

interface SearchResultsProps {
  query: string;
  result: Out<'meetings.search'>;
  listRef: RefObject<HTMLOListElement | null>;
  onOpen(meetingId: number): void;
  /** Arrow up from the first result goes back to the search field. */
  onLeaveTop(): void;
}

function SearchResults({ query, result, listRef, onOpen, onLeaveTop }: SearchResultsProps) {
  if (result.total === 0) {
    return (
      <EmptyState
        title="Không tìm thấy kết quả nào"
        description={`Không có cuộc họp, nội dung, ý kiến hay biên bản nào chứa “${query}”. Hãy thử từ khác hoặc bớt từ.`}
      />
    );
  }

  const moveFocus = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(HIT_SELECTOR));
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (index < 0) return;
    event.preventDefault();
    const next = index + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) onLeaveTop();
    else items[Math.min(next, items.length - 1)]?.focus();
  };

  return (
    <>
      <Typography role="status" variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {resultCountText(result)}
      </Typography>
      <List component="ol" ref={listRef} aria-label="Kết quả tìm kiếm" onKeyDown={moveFocus} disablePadding>
        {result.hits.map((hit, index) => (
          <ListItem key={`${hit.kind}-${hit.meetingId}-${index}`} disablePadding divider>
            <ListItemButton data-search-hit onClick={() => onOpen(hit.meetingId)} sx={{ alignItems: 'flex-start' }}>
              <HitSummary hit={hit} />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </>
  );
}

function resultCountText({ hits, total, capped, tookMs }: Out<'meetings.search'>): string {
  const found = `Tìm thấy ${capped ? 'hơn ' : ''}${formatNumber(total)} kết quả (${formatNumber(Math.round(tookMs * 10) / 10)} ms)`;
  return total > hits.length ? `${found}. Hiển thị ${formatNumber(hits.length)} kết quả đầu tiên, thêm từ để thu hẹp.` : `${found}.`;
}

function HitSummary({ hit }: { hit: SearchHit }) {
  return (
    <Stack spacing={0.5} sx={{ width: '100%' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip size="small" variant="outlined" color={hitKindColors[hit.kind]} label={hitKindLabels[hit.kind]} />
        <Typography component="span" sx={{ fontWeight: 600 }}>
          {hit.meetingTitle}
        </Typography>
        <Typography component="span" variant="body2" color="text.secondary">
          {formatDate(hit.meetingDate)}
        </Typography>
      </Stack>
      <Typography variant="body2" component="p">
        {hit.snippet.map((part, index) =>
          part.match ? (
            <Box
              component="mark"
              key={index}
              sx={{ backgroundColor: amber[200], color: 'inherit', fontWeight: 700, borderRadius: 0.5, px: 0.25 }}
            >
              {part.text}
            </Box>
          ) : (
            <Fragment key={index}>{part.text}</Fragment>
          ),
        )}
      </Typography>
    </Stack>
  );
}
