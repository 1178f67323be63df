/**
 * The 17 Sustainable Development Goals: numbers, official English short titles and the UN's
 * official colours, and a reader for the ways registry data writes a goal
 * (`4`, `"4"`, `"SDG 4"`, `"SDG4: Quality Education"`, `"Quality Education"`).
 */
import type { SdgNumber } from '../model.js';
import { memoize } from './memo.js';
import { cleanName } from './text.js';

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
const SDGS: readonly SdgInfo[] = [
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

const titleKey = (title: string): string => title.toLowerCase().replace(/[^a-z]+/g, ' ').trim();

// The registry's own titles differ from the UN's in places ("Gender Equity",
// "End Poverty in all its forms everywhere"), so those are keys as well.
const BY_TITLE = new Map<string, SdgNumber>([
  ...SDGS.map((sdg): [string, SdgNumber] => [titleKey(sdg.title), sdg.goal]),
  [titleKey('End Poverty in all its forms everywhere'), 1],
  [titleKey('Good Health and Well-Being'), 3],
  [titleKey('Gender Equity'), 5],
  [titleKey('Peace Justice and Strong Institutions'), 16],
]);

// "SDG4: …", "SDG 4", "Goal 4 - …", "#4", "4". The number may not run on into "4.5" or "45".
const NUMBERED = /^(?:sdg|goal)?\s*[#-]?\s*(\d{1,2})(?![\d.,]?\d)(?:\s*[:.)\-–—]?\s+\S.*|\s*[:.)])?$/is;

/** True when `value` is an integer from 1 to 17. */
export function isSdgNumber(value: unknown): value is SdgNumber {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 17;
}

/**
 * Reads a goal number from a number or a string; null when it is not a goal 1–17
 * (0, 18, 4.5, NaN, a target such as "4.1", or text that names no goal).
 */
export function parseSdg(value: unknown): SdgNumber | null {
  if (typeof value === 'number') return isSdgNumber(value) ? value : null;
  if (typeof value !== 'string') return null;
  return parseSdgText(value);
}

const parseSdgText = memoize((value: string): SdgNumber | null => {
  const text = cleanName(value);
  const match = NUMBERED.exec(text);
  if (match) {
    const goal = Number(match[1]);
    return isSdgNumber(goal) ? goal : null;
  }
  return BY_TITLE.get(titleKey(text)) ?? null;
});

/** The goal's official title and colour; undefined when `goal` is not 1–17. */
export function sdgInfo(goal: number): SdgInfo | undefined {
  return isSdgNumber(goal) ? SDGS[goal - 1] : undefined;
}
