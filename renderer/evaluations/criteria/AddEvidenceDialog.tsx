import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItemButton, ListItemIcon, ListItemText, Stack, TextField, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { evidenceKinds, foldVietnamese, type AttachmentInfo, type CriteriaAssessment, type EvidenceKind, type EvidenceRecord, type IndicatorRow } from '../../../main/api';
import { useClient } from '../../api/ClientContext';
import { useChannel } from '../../api/useChannel';
import { AttachButton } from '../../attachments/AttachButton';
import { formatDate } from '../../ui/format';
import { LoadState } from '../../ui/LoadState';
import { useAction } from '../../ui/useAction';
import { evidenceKindIcons, evidenceKindLabels } from './evidenceKinds';

interface AddEvidenceDialogProps {
  assessment: CriteriaAssessment;
  indicator: IndicatorRow;
  onChanged(assessment: CriteriaAssessment): void;
  onClose(): void;
}

function emptyMessage(year: number, search: string): string {
  return search.trim()
    ? `Không có minh chứng nào của năm ${year} khớp với "${search.trim()}".`
    : `Năm ${year} chưa có cuộc họp, báo cáo công khai ngân sách hay tệp đính kèm nào. Có thể đính kèm tệp mới.`;
}

/** Typed the way people type: "duong ngo" finds "đường ngõ". */
const matches = (record: EvidenceRecord, search: string) => foldVietnamese(record.label).includes(foldVietnamese(search.trim()));

/** Links the year's meetings, budget disclosures and files to one indicator; a new file can be uploaded and linked at once. */
export function AddEvidenceDialog({ assessment, indicator, onChanged, onClose }: AddEvidenceDialogProps) {
  const titleId = useId();
  const client = useClient();
  const run = useAction();
  const candidates = useChannel('criteria.evidenceCandidates', { year: assessment.year });
  const [search, setSearch] = useState('');
  const linked = new Set(indicator.evidence.map((link) => `${link.kind}:${link.refId}`));

  const link = async (kind: EvidenceKind, refId: string, label: string) => {
    const result = await run(
      () => client.call('criteria.addEvidence', { assessmentId: assessment.id, indicatorKey: indicator.key, kind, refId }),
      `Đã gắn minh chứng "${label}".`,
    );
    if (result.ok) onChanged(result.value);
  };
  // A file uploaded here is meant for this indicator; it may be dated outside the assessed year, so it is linked directly.
  const attached = (attachment: AttachmentInfo) => {
    void candidates.reload();
    void link('attachment', String(attachment.id), attachment.fileName);
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>Thêm minh chứng</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2">{indicator.label}</Typography>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <TextField size="small" label="Tìm minh chứng" value={search} onChange={(event) => setSearch(event.target.value)} autoFocus sx={{ flex: 1, minWidth: 240 }} />
            <AttachButton entity="criteriaAssessment" entityId={String(assessment.id)} onAttached={attached} />
          </Stack>
          <LoadState source={candidates}>
            {(records) => <CandidateGroups records={records.filter((record) => matches(record, search))} emptyMessage={emptyMessage(assessment.year, search)} isLinked={(record) => linked.has(`${record.kind}:${record.refId}`)} onPick={(record) => void link(record.kind, record.refId, record.label)} />}
          </LoadState>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Đóng</Button>
      </DialogActions>
    </Dialog>
  );
}

interface CandidateGroupsProps {
  records: EvidenceRecord[];
  emptyMessage: string;
  isLinked(record: EvidenceRecord): boolean;
  onPick(record: EvidenceRecord): void;
}

function CandidateGroups({ records, emptyMessage, isLinked, onPick }: CandidateGroupsProps) {
  if (records.length === 0) return <Alert severity="info">{emptyMessage}</Alert>;
  return (
    <>
      {evidenceKinds.map((kind) => {
        const ofKind = records.filter((record) => record.kind === kind);
        return ofKind.length === 0 ? null : <CandidateGroup key={kind} kind={kind} records={ofKind} isLinked={isLinked} onPick={onPick} />;
      })}
    </>
  );
}

function CandidateGroup({ kind, records, isLinked, onPick }: Omit<CandidateGroupsProps, 'emptyMessage'> & { kind: EvidenceKind }) {
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} variant="subtitle2" component="h3">
        {evidenceKindLabels[kind]}
      </Typography>
      <List dense aria-labelledby={headingId}>
        {records.map((record) => {
          const done = isLinked(record);
          return (
            <ListItemButton key={record.refId} disabled={done} onClick={() => onPick(record)}>
              <ListItemIcon sx={{ minWidth: 32 }}>{evidenceKindIcons[kind]}</ListItemIcon>
              <ListItemText primary={record.label} secondary={[record.date ? formatDate(record.date) : '', done ? 'Đã gắn với chỉ tiêu này' : ''].filter(Boolean).join(' · ')} />
            </ListItemButton>
          );
        })}
      </List>
    </Box>
  );
}
