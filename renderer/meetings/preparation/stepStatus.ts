import dayjs from 'dayjs';
import type { PreparationStep } from '../../../main/api';

/** A step not done and due within this many days is flagged so the union officer starts on it. */
export const DUE_SOON_DAYS = 14;

export type StepStatus = 'done' | 'overdue' | 'dueSoon' | 'upcoming';

export const stepStatusLabels: Record<StepStatus, string> = {
  done: 'Đã xong',
  overdue: 'Quá hạn',
  dueSoon: 'Sắp đến hạn',
  upcoming: 'Chưa đến hạn',
};

export const stepStatusColors: Record<StepStatus, 'success' | 'error' | 'warning' | 'default'> = {
  done: 'success',
  overdue: 'error',
  dueSoon: 'warning',
  upcoming: 'default',
};

/** Main says whether a step is overdue; "due soon" is a reminder computed against today's date (yyyy-MM-dd). */
export function stepStatus(step: PreparationStep, today: string): StepStatus {
  if (step.doneOn) return 'done';
  if (step.overdue) return 'overdue';
  const horizon = dayjs(today).add(DUE_SOON_DAYS, 'day').format('YYYY-MM-DD');
  return step.dueDate <= horizon ? 'dueSoon' : 'upcoming';
}
