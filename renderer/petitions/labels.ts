import { petitionSourceLabels, petitionSources, petitionStatusLabels, petitionStatuses, type LedgerRules, type PetitionStatus } from '../../main/api';
import type { SelectOption } from '../ui/fields';

export const statusColors: Record<PetitionStatus, 'default' | 'info' | 'success' | 'warning' | 'primary'> = {
  received: 'warning',
  inProgress: 'info',
  answered: 'success',
  forwarded: 'primary',
  closed: 'default',
};

export const sourceOptions: SelectOption[] = petitionSources.map((source) => ({ value: source, label: petitionSourceLabels[source] }));
export const statusOptions: SelectOption[] = petitionStatuses.map((status) => ({ value: status, label: petitionStatusLabels[status] }));
export const categoryOptions = (rules: LedgerRules): SelectOption[] => rules.categories.map((category) => ({ value: category.key, label: category.label }));
/** A select's "any" first line, for filters. */
export const anyOption = (label: string): SelectOption => ({ value: '', label });

export const HIDDEN_PERSON = 'Ẩn (thông tin cá nhân)';
