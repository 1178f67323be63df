/**
 * Pure queries over pilots and Communities of Practice: filter, group by country, link to the
 * registry in use, merge a partner's list with the built-in one.
 *
 * Nothing here loads or mutates: every function returns new arrays, and a pilot it changes
 * (only `linkPilotDpgs` does) is a new object, so cached data stays as it was loaded.
 */

import { DpgError } from '../errors.js';
import type { CommunityOfPractice, CopStatus, CountryCode, Pilot, PilotStatus } from '../model.js';

import type { OneOrMany } from '../query/types.js';

/** A pilot query: fields combine with AND, values within a field with OR. Empty values are ignored. */
export interface PilotQuery {
  /** ISO 3166-1 alpha-2 code, any case; a literal that is no code (`'UK'`) fails at compile time. */
  country?: OneOrMany<CountryCode | Lowercase<CountryCode>>;
  /** DPG registry id or DPG name, any case. */
  dpg?: OneOrMany<string>;
  /** Sector, any case, e.g. `education`. */
  sector?: OneOrMany<string>;
  status?: OneOrMany<PilotStatus>;
  /** Words that must all appear (case and accents ignored) in the title, summary, partners, DPG names or country codes. */
  q?: string;
}

/** A Community of Practice query. */
export interface CopQuery {
  status?: OneOrMany<CopStatus>;
}

/** A country and the pilots that run in it. */
export interface PilotCountry {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string;
  pilots: Pilot[];
}

/** Finds a DPG in the registry in use by id, slug, name or alias; undefined when it is not there. */
export type DpgLookup = (nameOrId: string) => { id: string } | undefined;

/** How a partner's pilots combine with the built-in ones. */
export type MergeMode = 'add' | 'replace';

const PILOT_STATUSES: readonly PilotStatus[] = ['announced', 'active', 'complete'];
const COP_STATUSES: readonly CopStatus[] = ['complete', 'in-progress', 'coming-soon'];

/** Lower case without accents, so "Kinyarwanda" matches "kinyarwanda" and "Côte" matches "cote". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * The non-empty values of one query field, checked for type. An empty string stands for an
 * empty form field and means "no filter", so it is dropped rather than matching nothing.
 */
function values(field: string, value: OneOrMany<string> | undefined): string[] {
  if (value === undefined) return [];
  const list: readonly unknown[] = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list) {
    if (typeof item !== 'string') {
      throw new DpgError('invalid-query', `The "${field}" filter takes text, not ${item === null ? 'null' : typeof item}.`);
    }
    const trimmed = item.trim();
    if (trimmed !== '') out.push(trimmed);
  }
  return out;
}

function statusValues<T extends string>(value: OneOrMany<T> | undefined, allowed: readonly T[]): Set<T> {
  const list = values('status', value);
  for (const status of list) {
    if (!(allowed as readonly string[]).includes(status)) {
      throw new DpgError('invalid-query', `Unknown status "${status}". Use one of: ${allowed.join(', ')}.`);
    }
  }
  return new Set(list as T[]);
}

function countryValues(value: OneOrMany<string> | undefined): Set<string> {
  const codes = new Set<string>();
  for (const code of values('country', value)) {
    if (!/^[A-Za-z]{2}$/.test(code)) {
      throw new DpgError('invalid-query', `"${code}" is not an ISO 3166-1 alpha-2 country code. Use two letters, e.g. "RW" for Rwanda.`);
    }
    codes.add(code.toUpperCase());
  }
  return codes;
}

/** Everything `q` searches, folded once per pilot. */
function searchText(pilot: Pilot): string {
  return fold([pilot.title, pilot.summary, ...pilot.partners, ...pilot.dpgs.map((d) => d.name), ...pilot.countries].join('\n'));
}

/**
 * Filters pilots. `{}` keeps them all. Throws a `DpgError` of code `invalid-query` for a
 * malformed country code or an unknown status, since those can never match and usually mean a
 * typo the caller wants to hear about.
 */
export function filterPilots(pilots: readonly Pilot[], query: PilotQuery = {}): Pilot[] {
  const countries = countryValues(query.country);
  const dpgs = values('dpg', query.dpg).map(fold);
  const sectors = new Set(values('sector', query.sector).map(fold));
  const statuses = statusValues(query.status, PILOT_STATUSES);
  if (query.q !== undefined && typeof query.q !== 'string') {
    throw new DpgError('invalid-query', 'The "q" filter takes text.');
  }
  const words = query.q === undefined ? [] : fold(query.q).split(/\s+/).filter((w) => w !== '');
  return pilots.filter((pilot) => {
    if (countries.size > 0 && !pilot.countries.some((c) => countries.has(c.toUpperCase()))) return false;
    if (statuses.size > 0 && !statuses.has(pilot.status)) return false;
    if (sectors.size > 0 && !sectors.has(fold(pilot.sector))) return false;
    if (dpgs.length > 0) {
      const names = pilot.dpgs.flatMap((d) => (d.id === undefined ? [fold(d.name)] : [fold(d.name), fold(d.id)]));
      if (!dpgs.some((wanted) => names.includes(wanted))) return false;
    }
    if (words.length > 0) {
      const text = searchText(pilot);
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  });
}

/**
 * Groups pilots by country, for a map: one entry per country code, sorted by code, each with
 * the pilots that name that country (a pilot in seven countries appears in seven entries).
 */
export function pilotCountries(pilots: readonly Pilot[]): PilotCountry[] {
  const byCode = new Map<string, Pilot[]>();
  for (const pilot of pilots) {
    for (const code of new Set(pilot.countries.map((c) => c.toUpperCase()))) {
      const list = byCode.get(code);
      if (list === undefined) byCode.set(code, [pilot]);
      else list.push(pilot);
    }
  }
  return [...byCode.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((code) => ({ code, pilots: byCode.get(code) ?? [] }));
}

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

/** Filters Communities of Practice by status; `{}` keeps them all. Unknown statuses throw `invalid-query`. */
export function filterCops(cops: readonly CommunityOfPractice[], query: CopQuery = {}): CommunityOfPractice[] {
  const statuses = statusValues(query.status, COP_STATUSES);
  return statuses.size === 0 ? [...cops] : cops.filter((cop) => statuses.has(cop.status));
}
