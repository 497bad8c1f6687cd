import { useCallback } from 'react';
import type { Meeting, MeetingTypeRules } from '../../main/api';
import { useAction } from '../ui/useAction';
import { useConfirmedDelete } from '../ui/useConfirmedDelete';

/** What every part of the meeting page gets: the meeting, its type's rules, and where the updated meeting goes. */
export interface SectionProps {
  meeting: Meeting;
  rules: MeetingTypeRules;
  /** False for viewers and while the minutes are finalized. */
  editable: boolean;
  /** Every write channel returns the whole meeting: it replaces the one shown. */
  onChange(meeting: Meeting): void;
}

/** Runs a write of the meeting, announces main's error, and shows the meeting it returns; true when it succeeded. */
export function useMeetingWrite(onChange: (meeting: Meeting) => void) {
  const run = useAction();
  return useCallback(
    async (write: () => Promise<Meeting>, successMessage?: string): Promise<boolean> => {
      const result = await run(write, successMessage);
      if (result.ok) onChange(result.value);
      return result.ok;
    },
    [run, onChange],
  );
}

/** Deletes a part of the meeting (an item, a task) after a confirmation, and shows the meeting main returns. */
export function useMeetingPartDelete(onChange: (meeting: Meeting) => void) {
  const confirmedDelete = useConfirmedDelete();
  return async ({ name, consequence, remove }: { name: string; consequence: string; remove(): Promise<Meeting> }) => {
    let updated: Meeting | null = null;
    const removed = await confirmedDelete({ name, consequence, remove: async () => (updated = await remove()) });
    if (removed && updated) onChange(updated);
  };
}
