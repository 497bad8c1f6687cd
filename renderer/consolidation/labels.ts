import type { CompletenessState } from '../../main/api';

export const stateColors: Record<CompletenessState, 'default' | 'info' | 'success' | 'warning' | 'error'> = {
  notReceived: 'default',
  received: 'info',
  complete: 'success',
  late: 'warning',
  problem: 'error',
};

export const periodLabel = (period: string): string => (period.length === 6 ? `Quý ${period.slice(5)}/${period.slice(0, 4)}` : `Năm ${period}`);
