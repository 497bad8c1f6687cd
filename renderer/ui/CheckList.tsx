import { Button, Checkbox, FormControl, FormControlLabel, FormGroup, FormLabel } from '@mui/material';
import type { ReactNode } from 'react';

interface CheckListProps<T> {
  legend: ReactNode;
  items: readonly T[];
  keyOf(item: T): number;
  labelOf(item: T): string;
  isChecked(item: T): boolean;
  onToggle(item: T, checked: boolean): void;
  /** The button that checks every item, e.g. "Tất cả có mặt". */
  allLabel: string;
  onAll(): void;
  disabled?: boolean;
}

/** A list of people to tick (invitees, who is present): Tab moves between boxes, Space ticks. */
export function CheckList<T>({ legend, items, keyOf, labelOf, isChecked, onToggle, allLabel, onAll, disabled }: CheckListProps<T>) {
  return (
    <FormControl component="fieldset" disabled={disabled} fullWidth>
      <FormLabel component="legend">{legend}</FormLabel>
      {disabled ? null : (
        <Button size="small" onClick={onAll} sx={{ alignSelf: 'flex-start' }}>
          {allLabel}
        </Button>
      )}
      <FormGroup sx={{ maxHeight: 320, overflowY: 'auto', flexWrap: 'nowrap' }}>
        {items.map((item) => (
          <FormControlLabel
            key={keyOf(item)}
            label={labelOf(item)}
            control={<Checkbox size="small" checked={isChecked(item)} onChange={(event) => onToggle(item, event.target.checked)} />}
          />
        ))}
      </FormGroup>
    </FormControl>
  );
}
