import AddOutlined from '@mui/icons-material/AddOutlined';
import { Button, Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { CriteriaSetSummary } from '../../../../main/api';
import { useChannel } from '../../../api/useChannel';
import { useCan, useIsSuperior } from '../../../app/session';
import { EmptyState } from '../../../ui/EmptyState';
import { GenerateButton, GeneratingStatus } from '../../../ui/ExportButtons';
import { LoadState } from '../../../ui/LoadState';
import { RecordTable, type Column } from '../../../ui/RecordTable';
import { CriteriaSetEditor } from './CriteriaSetEditor';
import { CriteriaSetView } from './CriteriaSetView';
import { ImportSetButton } from './ImportSetButton';
import { EXAMPLE_LABEL, originLabels, setTitle, statusLabels } from './labels';
import { useSetAuthoring, type SetAuthoring } from './useSetAuthoring';

const columns: Column<CriteriaSetSummary>[] = [
  {
    header: 'Bộ tiêu chí',
    render: (set) => (
      <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
        <span>{set.name}</span>
        {set.example ? <Chip size="small" color="warning" variant="outlined" label={EXAMPLE_LABEL} /> : null}
      </Stack>
    ),
  },
  { header: 'Phiên bản', render: (set) => set.version, align: 'right' },
  { header: 'Cơ quan ban hành', render: (set) => set.issuer },
  { header: 'Nguồn', render: (set) => originLabels[set.origin] },
  {
    header: 'Trạng thái',
    render: (set) => <Chip size="small" color={set.status === 'published' ? 'success' : 'default'} label={statusLabels[set.status]} />,
  },
  { header: 'Năm đã chấm', render: (set) => (set.assessedYears.length > 0 ? set.assessedYears.join(', ') : '—') },
];

/**
 * The stored criteria sets. A ward views them, imports the ones its superior sends and scores against a published one;
 * a superior office writes drafts, publishes them and exports them for its wards.
 */
export function CriteriaSetsPanel({ onAssess }: { onAssess?(set: CriteriaSetSummary): void }) {
  const sets = useChannel('criteria.listSets', {});
  const superior = useIsSuperior();
  const canManage = useCan('criteria.manage');
  const canScore = useCan('criteria.score');
  const authoring = useSetAuthoring(sets.data ?? [], () => void sets.reload());
  const [viewing, setViewing] = useState<CriteriaSetSummary | null>(null);
  const authors = superior && canManage;

  const rowActions = (set: CriteriaSetSummary) => (
    <>
      <ActionButton verb="Xem" set={set} onClick={() => setViewing(set)} />
      {onAssess && !superior && canScore && set.status === 'published' ? <ActionButton verb="Chấm điểm" set={set} onClick={() => onAssess(set)} /> : null}
      {authors ? <AuthorActions set={set} authoring={authoring} /> : null}
    </>
  );

  return (
    <Stack spacing={2} component="section" aria-label="Bộ tiêu chí">
      <Typography variant="body2" color="text.secondary">
        {superior
          ? 'Soạn dự thảo, ban hành rồi xuất tệp gửi các xã, phường. Phiên bản đã ban hành không sửa được; muốn thay đổi hãy tạo phiên bản mới.'
          : 'Bộ tiêu chí do cấp trên ban hành. Nhận bộ tiêu chí mới bằng tệp .json cấp trên gửi; phiên bản đã ban hành không thay đổi.'}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        {authors ? (
          <Button variant="contained" startIcon={<AddOutlined />} onClick={authoring.create}>
            Soạn bộ tiêu chí mới
          </Button>
        ) : null}
        {!superior && canManage ? <ImportSetButton onImported={() => void sets.reload()} /> : null}
        <GeneratingStatus busy={authoring.exporting} />
      </Stack>
      <LoadState source={sets}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="Chưa có bộ tiêu chí nào" />
          ) : (
            <RecordTable label="Danh sách bộ tiêu chí" rows={list} columns={columns} rowKey={(set) => `${set.id}:${set.version}`} rowName={setTitle} rowActions={rowActions} />
          )
        }
      </LoadState>
      <CriteriaSetView set={viewing} onClose={() => setViewing(null)} />
      <CriteriaSetEditor start={authoring.editor} onClose={authoring.closeEditor} onSaved={authoring.saved} />
    </Stack>
  );
}

/** A row's text button; its spoken name also names the set ("Ban hành – … – phiên bản 2"). */
function ActionButton({ verb, set, onClick, color }: { verb: string; set: CriteriaSetSummary; onClick(): void; color?: 'error' }) {
  return (
    <Button size="small" color={color} aria-label={`${verb} – ${setTitle(set)}`} onClick={onClick}>
      {verb}
    </Button>
  );
}

function AuthorActions({ set, authoring }: { set: CriteriaSetSummary; authoring: SetAuthoring }) {
  if (set.status === 'draft') {
    return (
      <>
        <ActionButton verb="Sửa" set={set} onClick={() => void authoring.edit(set)} />
        <ActionButton verb="Ban hành" set={set} onClick={() => void authoring.publish(set)} />
        <ActionButton verb="Xóa" set={set} color="error" onClick={() => void authoring.remove(set)} />
      </>
    );
  }
  return (
    <>
      <ActionButton verb="Tạo phiên bản mới" set={set} onClick={() => void authoring.newVersion(set)} />
      <GenerateButton
        label="Xuất tệp gửi xã, phường"
        ariaLabel={`Xuất tệp gửi xã, phường – ${setTitle(set)}`}
        variant="text"
        busy={authoring.exporting}
        own={`${set.id}:${set.version}`}
        onClick={() => authoring.exportSet(set)}
      />
    </>
  );
}
