import type { CopMessages } from '../cops.js';

export const ar: CopMessages = {
  caption: 'مجتمعات الممارسة',
  priorityArea: 'المجال ذو الأولوية',
  focus: 'التركيز',
  status: 'الحالة',
  statusNames: { complete: 'مكتمل', 'in-progress': 'قيد التنفيذ', 'coming-soon': 'قريبًا' },
  filter: 'الحالة',
  all: 'الكل',
  toBeDecided: 'سيُحدَّد لاحقًا',
  empty: 'لا توجد مجتمعات ممارسة بعد.',
  emptyFiltered: 'لا يوجد مجتمع ممارسة بهذه الحالة.',
};
