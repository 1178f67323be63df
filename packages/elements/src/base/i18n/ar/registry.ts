import type { RegistryMessages } from '../registry.js';

export const ar: RegistryMessages = {
  label: 'سجل المنافع العامة الرقمية',
  search: 'البحث في المنافع العامة الرقمية',
  searchPlaceholder: 'الاسم أو المنظمة أو كلمة مفتاحية',
  filters: 'عوامل التصفية',
  groups: { sdg: 'هدف التنمية المستدامة', type: 'النوع', license: 'الترخيص', country: 'البلد', stage: 'المرحلة', sector: 'القطاع' },
  licenseKinds: { open: 'ترخيص مفتوح', 'non-commercial': 'ترخيص غير تجاري' },
  findCountry: 'ابحث عن بلد',
  pilotCountry: 'بلد تجريبي',
  showAll: (count) => `عرض الكل (${count})`,
  showFewer: 'عرض أقل',
  activeFilters: 'عوامل التصفية النشطة',
  removeFilter: (label) => `إزالة عامل التصفية: ${label}`,
  clearAll: 'مسح الكل',
  // A count with a label avoids the six plural forms of Arabic nouns.
  results: (_count, formatted) => `عدد النتائج: ${formatted}`,
  sort: 'الترتيب حسب',
  sortNames: { relevance: 'الصلة', name: 'الاسم', countries: 'بلدان النشر' },
  view: 'طريقة العرض',
  viewNames: { cards: 'بطاقات', table: 'جدول' },
  showMore: 'عرض المزيد',
  noResults: 'لا توجد منفعة عامة رقمية تطابق عوامل التصفية هذه.',
  columns: { name: 'الاسم', type: 'النوع', sdgs: 'أهداف التنمية المستدامة', license: 'الترخيص', countries: 'البلدان', stage: 'المرحلة' },
  close: 'إغلاق',
  resultsTable: 'جدول النتائج',
  filtersButton: (active, formatted) => (active === 0 ? 'عوامل التصفية' : `عوامل التصفية (${formatted} مفعّلة)`),
};
