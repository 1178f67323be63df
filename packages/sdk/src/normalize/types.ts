/**
 * DPG types: the registry's category names ("Open Software", "AI model(s)", legacy
 * "aimodel") → the model's `DpgType`.
 */
import type { DpgType } from '../model.js';
import { memoize } from './memo.js';

const TYPES = new Map<string, DpgType>([
  ['software', 'software'],
  ['content', 'content'],
  ['data', 'data'],
  ['dataset', 'data'],
  ['aimodel', 'ai-model'],
  ['ai', 'ai-model'],
  ['aisystem', 'ai-model'],
  ['model', 'ai-model'],
  ['standard', 'standard'],
]);

const NOT_LETTERS = /[^a-z]+/g;
const OPEN_PREFIX = /^open(?=[a-z])/;
const PLURAL = /s$/;

/**
 * Reads a DPG type as the registry writes it: "software", "Open Software", "content",
 * "Open Content", "data", "Open Data", "AI model(s)", "Open AI Model", "aimodel",
 * "standard", "Open Standard". Null for anything else.
 */
export function parseDpgType(text: string): DpgType | null {
  return parseMemo(text);
}

const parseMemo = memoize((text: string): DpgType | null => {
  const key = text.toLowerCase().replace(NOT_LETTERS, '').replace(OPEN_PREFIX, '');
  return TYPES.get(key) ?? TYPES.get(key.replace(PLURAL, '')) ?? null;
});
