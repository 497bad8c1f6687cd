import { contentGroupKeys, disclosureFormLabels, disclosureStatusLabels, disclosureStatuses, type Disclosure } from '../../main/api';
import type { SelectOption } from '../ui/fields';
import { formatDate } from '../ui/format';

export const ALL = '';

export const groupOptions: SelectOption[] = [{ value: ALL, label: 'Tất cả nhóm' }, ...contentGroupKeys.map((key) => ({ value: key, label: key }))];
export const statusOptions: SelectOption[] = [{ value: ALL, label: 'Tất cả trạng thái' }, ...disclosureStatuses.map((status) => ({ value: status, label: disclosureStatusLabels[status] }))];
export const quarterOptions: SelectOption[] = [{ value: ALL, label: 'Cả năm' }, ...[1, 2, 3, 4].map((quarter) => ({ value: String(quarter), label: `Quý ${quarter}` }))];

export const formsText = (entry: Pick<Disclosure, 'channels'>) => entry.channels.map((channel) => disclosureFormLabels[channel]).join(', ');
export const optionalDate = (value: string | null) => (value ? formatDate(value) : '—');
