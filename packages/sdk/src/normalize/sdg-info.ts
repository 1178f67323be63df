/**
 * The 17 Sustainable Development Goals: numbers, official English short titles and the UN's
 * official colours. Kept apart from the reader of goal text (sdgs.ts), which needs the text
 * cleaners: a page that shows goals does not download them.
 */
import type { SdgNumber } from '../model.js';

/** A goal with its official English short title and colour. */
export interface SdgInfo {
  goal: SdgNumber;
  title: string;
  /** Official UN colour, `#rrggbb`. */
  color: string;
}

/** Every goal number, 1 to 17, in order. */
export const SDG_LIST: readonly SdgNumber[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17];

// Titles and colours as the UN communications guidelines give them.
export const SDGS: readonly SdgInfo[] = [
  { goal: 1, title: 'No Poverty', color: '#E5243B' },
  { goal: 2, title: 'Zero Hunger', color: '#DDA63A' },
  { goal: 3, title: 'Good Health and Well-being', color: '#4C9F38' },
  { goal: 4, title: 'Quality Education', color: '#C5192D' },
  { goal: 5, title: 'Gender Equality', color: '#FF3A21' },
  { goal: 6, title: 'Clean Water and Sanitation', color: '#26BDE2' },
  { goal: 7, title: 'Affordable and Clean Energy', color: '#FCC30B' },
  { goal: 8, title: 'Decent Work and Economic Growth', color: '#A21942' },
  { goal: 9, title: 'Industry, Innovation and Infrastructure', color: '#FD6925' },
  { goal: 10, title: 'Reduced Inequalities', color: '#DD1367' },
  { goal: 11, title: 'Sustainable Cities and Communities', color: '#FD9D24' },
  { goal: 12, title: 'Responsible Consumption and Production', color: '#BF8B2E' },
  { goal: 13, title: 'Climate Action', color: '#3F7E44' },
  { goal: 14, title: 'Life Below Water', color: '#0A97D9' },
  { goal: 15, title: 'Life on Land', color: '#56C02B' },
  { goal: 16, title: 'Peace, Justice and Strong Institutions', color: '#00689D' },
  { goal: 17, title: 'Partnerships for the Goals', color: '#19486A' },
];

/** True when `value` is an integer from 1 to 17. */
export function isSdgNumber(value: unknown): value is SdgNumber {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 17;
}

/** The goal's official title and colour; undefined when `goal` is not 1–17. */
export function sdgInfo(goal: number): SdgInfo | undefined {
  return isSdgNumber(goal) ? SDGS[goal - 1] : undefined;
}
