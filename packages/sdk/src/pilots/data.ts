/**
 * The pilots and Communities of Practice that ship with the SDK.
 *
 * The canonical data is `data/pilots.json` and `data/cops.json` in the package; the code reads
 * their generated twin `generated/builtin-data.ts` (see scripts/gen-pilot-data.mjs), because a
 * browser cannot import JSON without a bundler. The import is dynamic so that pages that never
 * show pilots never download them: bundlers split it into its own chunk.
 */

import type { CopsFile, PilotsFile } from './types.js';

/**
 * Loads the built-in pilots file: the pilots, plus where the facts come from (`source`) and the
 * date they describe (`asOf`).
 *
 * Each call returns a fresh copy, so a caller that sorts or edits the records in place cannot
 * change what the next caller sees.
 */
export async function loadBuiltinPilots(): Promise<PilotsFile> {
  const { builtinPilotsFile } = await import('./generated/builtin-data.js');
  return structuredClone(builtinPilotsFile);
}

/**
 * Loads the built-in Communities of Practice file. Like {@link loadBuiltinPilots}, each call
 * returns a fresh copy.
 */
export async function loadBuiltinCops(): Promise<CopsFile> {
  const { builtinCopsFile } = await import('./generated/builtin-data.js');
  return structuredClone(builtinCopsFile);
}
