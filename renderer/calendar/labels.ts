import type { CalendarDay } from '../../main/api';

export const dayKindLabels: Record<CalendarDay['kind'], string> = {
  off: 'Ngày nghỉ',
  working: 'Ngày làm việc bù',
};

export const daySourceLabels: Record<CalendarDay['source'], string> = {
  computed: 'Theo luật',
  official: 'Lịch chính thức',
  ward: 'Phường điều chỉnh',
};
