/**
 * Pilots meet the registry in use and a partner's own data: link each pilot's DPGs to the
 * registry's records, find a DPG's pilots, and merge a partner's pilots and Communities of
 * Practice with the built-in ones.
 *
 * Nothing here loads or mutates: every function returns new arrays, and a pilot it changes
 * (only `linkPilotDpgs` does) is a new object, so cached data stays as it was loaded.
 */

import { DpgError } from '../errors.js';
import type { CommunityOfPractice, Pilot } from '../model.js';

/** Finds a DPG in the registry in use by id, slug, name or alias; undefined when it is not there. */
export type DpgLookup = (nameOrId: string) => { id: string } | undefined;

/** How a partner's pilots combine with the built-in ones. */
export type MergeMode = 'add' | 'replace';

/**
 * Sets each pilot DPG's `id` to the id the registry in use gives it, found by the DPG's id first
 * and its name second, and removes the id when the registry does not have the DPG. The data
 * files name DPGs once, but registries differ (the Global Digital Library was in the 2023
 * registry and is not in today's), so a link is only kept when it leads somewhere. The name is
 * always kept.
 */
export function linkPilotDpgs(pilots: readonly Pilot[], lookup: DpgLookup): Pilot[] {
  return pilots.map((pilot) => ({
    ...pilot,
    dpgs: pilot.dpgs.map((dpg) => {
      const found = (dpg.id === undefined ? undefined : lookup(dpg.id)) ?? lookup(dpg.name);
      return found === undefined ? { name: dpg.name } : { name: dpg.name, id: found.id };
    }),
  }));
}

/**
 * The pilots that use the DPG with registry id `dpgId` (any case). Only linked DPGs count, so
 * run {@link linkPilotDpgs} first when the pilots come from a file.
 */
export function pilotsForDpg(pilots: readonly Pilot[], dpgId: string): Pilot[] {
  const wanted = dpgId.toLowerCase();
  return pilots.filter((pilot) => pilot.dpgs.some((dpg) => dpg.id !== undefined && dpg.id.toLowerCase() === wanted));
}

/** The first record of each id, in order: a list with repeats would show one record twice. */
function firstOfEachId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const record of records) if (!byId.has(record.id)) byId.set(record.id, record);
  return byId;
}

function mergeById<T extends { id: string }>(builtIn: readonly T[], partner: readonly T[], mode: MergeMode): T[] {
  if (mode !== 'add' && mode !== 'replace') {
    throw new DpgError('invalid-query', `Unknown merge mode "${String(mode)}". Use "add" or "replace".`);
  }
  const partnerById = firstOfEachId(partner);
  if (mode === 'replace') return [...partnerById.values()];
  const merged: T[] = [];
  for (const record of firstOfEachId(builtIn).values()) merged.push(partnerById.get(record.id) ?? record);
  const builtInIds = new Set(merged.map((record) => record.id));
  for (const record of partnerById.values()) if (!builtInIds.has(record.id)) merged.push(record);
  return merged;
}

/**
 * Combines the built-in pilots with a partner's. `add` keeps the built-in pilots, replaces any
 * whose id the partner also uses with the partner's version (in the built-in position, so the
 * order stays familiar), and appends the partner's new ones; `replace` shows only the
 * partner's. Within each list the first pilot of an id wins, as in validation. An unknown mode
 * throws `invalid-query`.
 */
export function mergePilots(builtIn: readonly Pilot[], partner: readonly Pilot[], mode: MergeMode = 'add'): Pilot[] {
  return mergeById(builtIn, partner, mode);
}

/** Combines the built-in Communities of Practice with a partner's, by the rules of {@link mergePilots}. */
export function mergeCops(
  builtIn: readonly CommunityOfPractice[],
  partner: readonly CommunityOfPractice[],
  mode: MergeMode = 'add',
): CommunityOfPractice[] {
  return mergeById(builtIn, partner, mode);
}
