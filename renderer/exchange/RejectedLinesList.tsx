import { List, ListItem } from '@mui/material';
import type { RejectedLineView } from '../../main/api';

/** The record lines the superior rejected, one per row with its dataset, line number and reason. */
export function RejectedLinesList({ lines, label }: { lines: readonly RejectedLineView[]; label: string }) {
  return (
    <List dense aria-label={label}>
      {lines.map((line) => (
        <ListItem key={`${line.dataset}-${line.line}`}>
          {line.dataset}, dòng {line.line}: {line.message}
        </ListItem>
      ))}
    </List>
  );
}
