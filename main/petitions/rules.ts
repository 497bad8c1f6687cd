import { petitionActions, petitionRules, type PetitionAction, type PetitionRules, type PetitionStatus } from '../api/petitions';
import rulesFile from '../../resources/petitions/petition-rules.json';
import type { DayArithmetic } from '../calendar/workingDays';

/** Categories and the suggestion-box witnesses are data (petition-rules.json): a province may use its own list. */
export const petitionRuleSet: PetitionRules = petitionRules.parse(rulesFile);

export function categoryLabel(key: string): string {
  return petitionRuleSet.categories.find((category) => category.key === key)?.label ?? key;
}

export function isKnownCategory(key: string): boolean {
  return petitionRuleSet.categories.some((category) => category.key === key);
}

/**
 * The answer deadline: the received date plus N working days. N is an internal default of the ward
 * (10 working days unless changed in the settings), not a legal deadline [U]; each entry's deadline
 * can be edited, e.g. to a sector law's deadline.
 */
export function defaultDueOn(receivedOn: string, workingDays: number, days: Pick<DayArithmetic, 'addWorkingDays'>): string {
  return days.addWorkingDays(receivedOn, workingDays);
}

/** Answered, forwarded and closed entries are settled: only the others can become overdue. */
export const openStatuses: readonly PetitionStatus[] = ['received', 'inProgress'];

/** Still open after its deadline day. */
export function isOverdue(entry: { status: PetitionStatus; dueOn: string }, today: string): boolean {
  return openStatuses.includes(entry.status) && today > entry.dueOn;
}

export type { PetitionAction };

/** Which status each action moves an entry to, from the statuses it is allowed in. */
const transitions: Record<PetitionAction, Partial<Record<PetitionStatus, PetitionStatus>>> = {
  edit: { received: 'received', inProgress: 'inProgress', answered: 'answered', forwarded: 'forwarded' },
  assign: { received: 'inProgress', inProgress: 'inProgress' },
  answer: { received: 'answered', inProgress: 'answered' },
  forward: { received: 'forwarded', inProgress: 'forwarded' },
  close: { received: 'closed', inProgress: 'closed', answered: 'closed', forwarded: 'closed' },
};

const refusals: Record<PetitionAction, Partial<Record<PetitionStatus, string>>> = {
  edit: { closed: 'Phản ánh này đã đóng, không sửa được nữa.' },
  assign: {
    answered: 'Phản ánh này đã được trả lời, không giao xử lý lại được.',
    forwarded: 'Phản ánh này đã chuyển cơ quan khác giải quyết, không giao xử lý được.',
    closed: 'Phản ánh này đã đóng, không giao xử lý được nữa.',
  },
  answer: {
    answered: 'Phản ánh này đã được trả lời rồi.',
    forwarded: 'Phản ánh này đã chuyển cơ quan khác giải quyết, không trả lời ở đây được.',
    closed: 'Phản ánh này đã đóng, không trả lời được nữa.',
  },
  forward: {
    answered: 'Phản ánh này đã được trả lời, không chuyển đi được nữa.',
    forwarded: 'Phản ánh này đã được chuyển đi rồi.',
    closed: 'Phản ánh này đã đóng, không chuyển đi được nữa.',
  },
  close: { closed: 'Phản ánh này đã đóng rồi.' },
};

export type TransitionResult = { ok: true; next: PetitionStatus } | { ok: false; message: string };

export function transition(status: PetitionStatus, action: PetitionAction): TransitionResult {
  const next = transitions[action][status];
  if (next) return { ok: true, next };
  return { ok: false, message: refusals[action][status] ?? 'Không thực hiện được thao tác này với phản ánh ở trạng thái hiện tại.' };
}

/** A date of the entry's life (answer, forwarding, closing) cannot come before it was received. */
export function dateAfterReceipt(date: string, receivedOn: string, what: string): string | null {
  return date < receivedOn ? `${what} không được trước ngày tiếp nhận.` : null;
}

/** The actions an entry in this status allows. */
export function allowedActions(status: PetitionStatus): PetitionAction[] {
  return petitionActions.filter((action) => transition(status, action).ok);
}
