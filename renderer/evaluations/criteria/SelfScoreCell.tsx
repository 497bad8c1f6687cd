import { Stack, TableCell, TextField, Typography } from '@mui/material';
import { useState, type KeyboardEvent } from 'react';
import type { CriteriaAssessment, IndicatorRow } from '../../../main/api';
import { useClient } from '../../api/ClientContext';
import { messageOf } from '../../api/client';
import { PointsField } from '../PointsField';
import { parseScore, scoreText, showScore } from './scoreText';

interface SelfScoreCellProps {
  assessmentId: number;
  indicator: IndicatorRow;
  editable: boolean;
  onSaved(assessment: CriteriaAssessment): void;
}

/** The self-score with its note under it. */
export function SelfScoreCell({ assessmentId, indicator, editable, onSaved }: SelfScoreCellProps) {
  return (
    <TableCell sx={{ minWidth: 180, verticalAlign: 'top' }}>
      {editable ? (
        <ScoreInputs assessmentId={assessmentId} indicator={indicator} onSaved={onSaved} />
      ) : (
        <ScoreWithNote score={indicator.selfScore} note={indicator.selfNote} />
      )}
    </TableCell>
  );
}

export function ScoreWithNote({ score, note }: { score: number | null; note: string }) {
  return (
    <>
      <Typography variant="body2">{showScore(score)}</Typography>
      {note ? (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', whiteSpace: 'pre-line' }}>
          {note}
        </Typography>
      ) : null}
    </>
  );
}

/** Score and note are saved together when either box is left or Enter is pressed (Shift+Enter: a new line in the note). */
function ScoreInputs({ assessmentId, indicator, onSaved }: Omit<SelfScoreCellProps, 'editable'>) {
  const client = useClient();
  const [score, setScore] = useState(() => scoreText(indicator.selfScore));
  const [note, setNote] = useState(indicator.selfNote);
  const [error, setError] = useState<string | undefined>(undefined);

  const save = async () => {
    const parsed = parseScore(score, indicator.maxPoints);
    if (!parsed.ok) return setError(parsed.message);
    setError(undefined);
    if (parsed.score === indicator.selfScore && note.trim() === indicator.selfNote) return;
    try {
      onSaved(await client.call('criteria.saveSelfScore', { assessmentId, indicatorKey: indicator.key, score: parsed.score, note }));
    } catch (failure) {
      setError(messageOf(failure, 'Không lưu được điểm tự chấm. Vui lòng thử lại.'));
    }
  };
  const saveOnEnter = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.shiftKey) return;
    event.preventDefault();
    void save();
  };

  return (
    <Stack spacing={1}>
      <PointsField
        ariaLabel={`Điểm tự chấm – ${indicator.label}`}
        value={score}
        maxPoints={indicator.maxPoints}
        onChange={setScore}
        onBlur={() => void save()}
        onKeyDown={saveOnEnter}
        error={error}
      />
      <TextField
        size="small"
        multiline
        value={note}
        placeholder="Ghi chú"
        onChange={(event) => setNote(event.target.value)}
        onBlur={() => void save()}
        onKeyDown={saveOnEnter}
        slotProps={{ htmlInput: { maxLength: 5000, 'aria-label': `Ghi chú tự chấm – ${indicator.label}` } }}
      />
    </Stack>
  );
}
