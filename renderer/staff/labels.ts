import type { EmploymentType } from '../../main/api';

export const employmentTypeLabels: Record<EmploymentType, string> = {
  cadre: 'Cán bộ',
  civilServant: 'Công chức',
  publicEmployee: 'Viên chức',
  employee: 'Người lao động',
};
