import type { Grade, PeriodKind } from '../../main/api';

export const gradeAbbreviations: Record<Grade, string> = {
  excellent: 'HTXSNV',
  good: 'HTTNV',
  satisfactory: 'HTNV',
  unsatisfactory: 'KHTNV',
};

export const gradeColors: Record<Grade, 'success' | 'info' | 'default' | 'error'> = {
  excellent: 'success',
  good: 'info',
  satisfactory: 'default',
  unsatisfactory: 'error',
};

export const periodKindLabels: Record<PeriodKind, string> = {
  month: 'Tháng',
  quarter: 'Quý',
  year: 'Cả năm',
};

export const DEFAULT_GROUP = 'Cán bộ, công chức UBND phường';
