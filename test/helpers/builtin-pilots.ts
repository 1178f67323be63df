/** What the pilot tests share: the repository's root, its JSON files, and the built-in pilots. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pilot } from '../../packages/sdk/src/model.js';
import { validatePilotsFile } from '../../packages/sdk/src/pilots/validate.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
/** A file of test/fixtures/pilots/. */
export const fixture = (name: string): unknown => readJson(`test/fixtures/pilots/${name}`);

export const OECS_FULL_MEMBERS = ['AG', 'DM', 'GD', 'KN', 'LC', 'MS', 'VC'];

/** The built-in pilots, as the published schema's validator reads them. */
export const builtin = validatePilotsFile(readJson('packages/sdk/data/pilots.json'));
export const pilots = builtin.pilots;
export const byId = (id: string): Pilot => {
  const pilot = pilots.find((p) => p.id === id);
  assert.ok(pilot, `built-in pilot "${id}" exists`);
  return pilot;
};
