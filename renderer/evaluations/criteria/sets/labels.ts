import type { CriteriaSetOrigin, CriteriaSetSummary, PassRule } from '../../../../main/api';
import { formatNumber } from '../../../ui/format';

export const originLabels: Record<CriteriaSetOrigin, string> = {
  builtIn: 'Có sẵn (bản mẫu)',
  imported: 'Nhận từ cấp trên',
  authored: 'Tự soạn',
};

export const statusLabels: Record<CriteriaSetSummary['status'], string> = {
  draft: 'Dự thảo',
  published: 'Đã ban hành',
};

export const EXAMPLE_LABEL = 'Bản mẫu – cấp trên cần xác nhận điểm';

/** How a set is named in buttons and dialogs: "Bộ tiêu chí … – phiên bản 2". */
export const setTitle = (set: Pick<CriteriaSetSummary, 'name' | 'version'>) => `${set.name} – phiên bản ${set.version}`;

export function passRuleText(rule: PassRule): string {
  return `Đạt chuẩn khi tổng điểm từ ${formatNumber(rule.minTotal)} trở lên và mỗi tiêu chí đạt từ ${rule.minCriterionPercent} % điểm tối đa của tiêu chí.`;
}
