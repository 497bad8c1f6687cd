import Close from '@mui/icons-material/Close';
import { Chip, IconButton, Stack, Tooltip } from '@mui/material';
import type { CriteriaAssessment, EvidenceLink } from '../../../main/api';
import { useClient } from '../../api/ClientContext';
import { useNavigation } from '../../app/navigation';
import { useOpenMeeting } from '../../meetings/openMeeting';
import { useSaveFile } from '../../ui/saveFile';
import { useAction } from '../../ui/useAction';
import { evidenceKindIcons, evidenceKindLabels } from './evidenceKinds';

/** Opens the record a link points to: the meeting, the budget screen, or the attached file saved to disk. */
function useOpenEvidence() {
  const client = useClient();
  const openMeeting = useOpenMeeting();
  const { navigate } = useNavigation();
  const saveFile = useSaveFile();
  return (link: EvidenceLink) => {
    if (link.kind === 'meeting') openMeeting(Number(link.refId));
    else if (link.kind === 'budgetReport') navigate('budget');
    else void saveFile(() => client.call('attachments.get', { id: Number(link.refId) }));
  };
}

interface EvidenceChipsProps {
  assessmentId: number;
  evidence: readonly EvidenceLink[];
  editable: boolean;
  onChanged(assessment: CriteriaAssessment): void;
}

/** The records linked to one indicator; a record deleted since shows as such and opens nothing. */
export function EvidenceChips({ assessmentId, evidence, editable, onChanged }: EvidenceChipsProps) {
  const client = useClient();
  const run = useAction();
  const open = useOpenEvidence();

  const remove = async (link: EvidenceLink) => {
    const result = await run(() => client.call('criteria.removeEvidence', { assessmentId, evidenceId: link.id }), 'Đã bỏ minh chứng.');
    if (result.ok) onChanged(result.value);
  };

  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      {evidence.map((link) => {
        // Main answers a record that no longer exists with no date.
        const missing = link.date === null;
        return (
          <Stack key={link.id} direction="row" spacing={0.5} sx={{ alignItems: 'center', maxWidth: '100%' }}>
            <Tooltip describeChild title={missing ? 'Bản ghi không còn' : `${evidenceKindLabels[link.kind]} – bấm để mở`}>
              <Chip
                size="small"
                variant="outlined"
                color={missing ? 'warning' : 'default'}
                icon={evidenceKindIcons[link.kind]}
                label={link.label}
                onClick={missing ? undefined : () => open(link)}
                sx={{ maxWidth: 320, height: 'auto', '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 } }}
              />
            </Tooltip>
            {editable ? (
              <IconButton size="small" aria-label={`Bỏ minh chứng ${link.label}`} onClick={() => void remove(link)}>
                <Close fontSize="small" />
              </IconButton>
            ) : null}
          </Stack>
        );
      })}
    </Stack>
  );
}
