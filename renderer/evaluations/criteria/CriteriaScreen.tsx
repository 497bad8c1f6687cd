import Add from '@mui/icons-material/Add';
import { Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { CriteriaSetSummary } from '../../../main/api';
import { useChannel } from '../../api/useChannel';
import { useCan, useIsSuperior } from '../../app/session';
import { EmptyState } from '../../ui/EmptyState';
import { LoadState } from '../../ui/LoadState';
import { PageLayout } from '../../ui/PageLayout';
import { AssessmentList } from './AssessmentList';
import { AssessmentView } from './AssessmentView';
import { OpenAssessmentDialog } from './OpenAssessmentDialog';
import { CriteriaSetsPanel } from './sets/CriteriaSetsPanel';

/** A ward scores itself against the superior's criteria sets; a superior office writes and publishes the sets. */
export function CriteriaScreen() {
  return useIsSuperior() ? <SuperiorCriteria /> : <WardCriteria />;
}

function SuperiorCriteria() {
  return (
    <PageLayout title="Bộ tiêu chí">
      {/* No scoring at a superior office, which does not score itself. */}
      <CriteriaSetsPanel />
    </PageLayout>
  );
}

type Opening = { set: CriteriaSetSummary | null } | null;

function WardCriteria() {
  const canScore = useCan('criteria.score');
  const [openedId, setOpenedId] = useState<number | null>(null);
  const [opening, setOpening] = useState<Opening>(null);
  const startButton = canScore ? (
    <Button variant="contained" startIcon={<Add />} onClick={() => setOpening({ set: null })}>
      Chấm điểm năm…
    </Button>
  ) : null;
  return (
    <PageLayout
      title="Tự đánh giá theo bộ tiêu chí"
      description="Xã, phường tự chấm điểm từng chỉ tiêu theo bộ tiêu chí cấp trên ban hành, kèm minh chứng; sau đó đối chiếu với điểm thẩm định."
      actions={openedId === null ? startButton : null}
    >
      {openedId === null ? (
        <Stack spacing={4}>
          <Assessments canScore={canScore} onOpen={setOpenedId} />
          <Box>
            <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
              Bộ tiêu chí
            </Typography>
            <CriteriaSetsPanel onAssess={(set) => setOpening({ set })} />
          </Box>
        </Stack>
      ) : (
        <AssessmentView id={openedId} onBack={() => setOpenedId(null)} />
      )}
      {opening ? (
        <OpenAssessmentDialog
          initialSet={opening.set}
          onClose={() => setOpening(null)}
          onOpened={(assessment) => {
            setOpening(null);
            setOpenedId(assessment.id);
          }}
        />
      ) : null}
    </PageLayout>
  );
}

function Assessments({ canScore, onOpen }: { canScore: boolean; onOpen(id: number): void }) {
  const assessments = useChannel('criteria.listAssessments', {});
  return (
    <Box component="section" aria-labelledby="criteria-assessments">
      <Typography id="criteria-assessments" variant="h6" component="h2" sx={{ mb: 1 }}>
        Hồ sơ tự chấm điểm
      </Typography>
      <LoadState source={assessments}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState
              title="Chưa có hồ sơ tự chấm điểm nào"
              description={canScore ? 'Chọn “Chấm điểm năm…” để chấm điểm một năm theo bộ tiêu chí đã ban hành.' : 'Cán bộ phụ trách chưa chấm điểm năm nào.'}
            />
          ) : (
            <AssessmentList assessments={items} onOpen={onOpen} />
          )
        }
      </LoadState>
    </Box>
  );
}
