/**
 * Registry stages: "DPG" (accepted) and "nominee" → the model's `Stage`.
 */
import type { Stage } from '../model.js';
import { memoize } from './memo.js';

const STAGES = new Map<string, Stage>([
  ['dpg', 'dpg'],
  ['digitalpublicgood', 'dpg'],
  ['verified', 'dpg'],
  ['nominee', 'nominee'],
  ['nominated', 'nominee'],
  ['candidate', 'nominee'],
]);

const NOT_LETTERS = /[^a-z]+/g;

/** Reads a stage ("DPG", "dpg", "nominee", "Digital Public Good"); null for anything else. */
export function parseStage(text: string): Stage | null {
  return parseMemo(text);
}

const parseMemo = memoize((text: string): Stage | null => STAGES.get(text.toLowerCase().replace(NOT_LETTERS, '')) ?? null);
