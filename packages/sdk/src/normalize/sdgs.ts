/**
 * A reader for the ways registry data writes a Sustainable Development Goal
 * (`4`, `"4"`, `"SDG 4"`, `"SDG4: Quality Education"`, `"Quality Education"`). The goals
 * themselves (numbers, titles, colours) are in sdg-info.ts, re-exported here.
 */
import type { SdgNumber } from '../model.js';
import { memoize } from './memo.js';
import { cleanName } from './text.js';
import { isSdgNumber, SDGS } from './sdg-info.js';

export { isSdgNumber, sdgInfo, SDG_LIST, type SdgInfo } from './sdg-info.js';
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
