import type { PilotMessages } from '../pilots.js';

/** Arabic counts take the dual for two and the plural of the noun only from three to ten. */
function arabicCount(count: number, n: string): string {
  if (count === 1) return 'مشروع تجريبي واحد';
  if (count === 2) return 'مشروعان تجريبيان';
  const hundredth = count % 100;
  if (hundredth >= 3 && hundredth <= 10) return `${n} مشاريع تجريبية`;
  return `${n} مشروعًا تجريبيًا`;
}

export const ar: PilotMessages = {
  map: 'خريطة البلدان التي تجري فيها المشاريع التجريبية',
  caribbean: 'شرق الكاريبي',
  pilotCount: arabicCount,
  countryLabel: (name, pilots) => `${name}: ${pilots}`,
  legendCount: 'عدد المشاريع التجريبية في كل بلد',
  orMore: (n) => `${n} أو أكثر`,
  legendSector: 'القطاع',
  severalSectors: 'عدة قطاعات',
  marker: 'بلد صغير',
  countries: 'بلدان المشاريع التجريبية',
  more: (n) => `و${n} غيرها`,
  empty: 'لا توجد مشاريع تجريبية بعد.',
  emptyFiltered: 'لا يوجد مشروع تجريبي يطابق هذا الاختيار.',
  sector: 'القطاع',
  status: 'الحالة',
  dpgs: 'المنافع العامة الرقمية',
  partners: 'الشركاء',
  announced: 'تاريخ الإعلان',
  listByCountry: 'المشاريع التجريبية حسب البلد',
  listByPilot: 'المشاريع التجريبية',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  zoomReset: 'عرض العالم كله',
  sectors: { education: 'التعليم', health: 'الصحة', innovation: 'الابتكار', youth: 'الشباب' },
};
