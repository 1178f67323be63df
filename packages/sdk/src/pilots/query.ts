/**
 * The pilot query: the one place that decides which pilots a query keeps and how they group by
 * country. The client answers with it (memoised per load, see pilot-index.ts), and so do the
 * elements, by asking the client; nothing else filters pilots.
 *
 * Nothing here loads or mutates: every function returns new arrays of the pilots it was given.
 */

import { DpgError } from '../errors.js';
import type { CommunityOfPractice, CopStatus, CountryCode, Pilot, PilotStatus } from '../model.js';
import { alpha2ToNumeric } from '../normalize/country-codes.js';
import { foldText } from '../normalize/fold.js';
import type { OneOrMany } from '../query/types.js';

/**
 * A pilot query: fields combine with AND, the values of one field with OR. An empty value
 * (`''`, `[]`, blanks) filters nothing, as an empty form field would. Lists are arrays: the
 * SDK never splits a string, since a DPG's name may hold spaces and commas.
 */
export interface PilotQuery {
  /** Pilot ids, exactly as the data writes them (ids are slugs: compared as they are). */
  id?: OneOrMany<string>;
  /** ISO 3166-1 alpha-2 codes, any case (a literal that is no code, `'UK'`, fails at compile time). A country query also limits `countries()` to these countries. */
  country?: OneOrMany<CountryCode | Lowercase<CountryCode>>;
  /**
   * DPGs. A value matches a pilot's DPG when it equals, ignoring case and accents, either the
   * DPG's registry id (`dhis2`) or its name (`Global Digital Library`). It is an exact match,
   * never a part of a word. The registry id counts only when the registry in use has the DPG
   * (see `linkPilotDpgs`), so a DPG the registry lacks is found by its name alone.
   */
  dpg?: OneOrMany<string>;
  /** Sectors, ignoring case and accents, e.g. `education`. */
  sector?: OneOrMany<string>;
  status?: OneOrMany<PilotStatus>;
  /** Words that must all appear (case and accents ignored) in the title, summary, partners, DPG names or country codes. */
  q?: string;
}

/** A Community of Practice query. */
export interface CopQuery {
  status?: OneOrMany<CopStatus>;
}

/** A country and the pilots that run in it, with its numeric code for maps. */
export interface PilotCountry {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string;
  /** ISO 3166-1 numeric, as a three-digit string (what world maps key on); null for Kosovo (XK). */
  numeric: string | null;
  pilots: Pilot[];
}

/** A query checked and reduced to what matching needs, with a key that names it. */
export interface CompiledPilotQuery {
  /** Equal for queries that keep the same pilots however they are written (`'rw'` and `['RW']`). */
  key: string;
  /** The countries asked for, upper case; empty when any country will do. */
  countries: ReadonlySet<string>;
  matches(pilot: Pilot): boolean;
}

const PILOT_STATUSES: readonly PilotStatus[] = ['announced', 'active', 'complete'];
const COP_STATUSES: readonly CopStatus[] = ['complete', 'in-progress', 'coming-soon'];

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
  return foldText([pilot.title, pilot.summary, ...pilot.partners, ...pilot.dpgs.map((d) => d.name), ...pilot.countries].join('\n'));
}

const sorted = (set: ReadonlySet<string>) => [...set].sort();

/**
 * Checks a query and reduces it to a matcher. Throws a `DpgError` of code `invalid-query` for
 * a malformed country code, an unknown status or a value that is not text, since those can
 * never match and usually mean a typo the caller wants to hear about.
 */
export function compilePilotQuery(query: PilotQuery = {}): CompiledPilotQuery {
  const ids = new Set(values('id', query.id));
  const countries = countryValues(query.country);
  const dpgs = new Set(values('dpg', query.dpg).map(foldText));
  const sectors = new Set(values('sector', query.sector).map(foldText));
  const statuses = statusValues(query.status, PILOT_STATUSES);
  if (query.q !== undefined && typeof query.q !== 'string') {
    throw new DpgError('invalid-query', 'The "q" filter takes text.');
  }
  const words = query.q === undefined ? [] : foldText(query.q).split(/\s+/).filter((w) => w !== '');
  const key = JSON.stringify([sorted(ids), sorted(countries), sorted(dpgs), sorted(sectors), sorted(statuses), words]);
  const matches = (pilot: Pilot): boolean => {
    if (ids.size > 0 && !ids.has(pilot.id)) return false;
    if (countries.size > 0 && !pilot.countries.some((c) => countries.has(c.toUpperCase()))) return false;
    if (statuses.size > 0 && !statuses.has(pilot.status)) return false;
    if (sectors.size > 0 && !sectors.has(foldText(pilot.sector))) return false;
    if (dpgs.size > 0 && !pilot.dpgs.some((d) => dpgs.has(foldText(d.name)) || (d.id !== undefined && dpgs.has(foldText(d.id))))) return false;
    if (words.length > 0) {
      const text = searchText(pilot);
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  };
  return { key, countries, matches };
}

/** Filters pilots; `{}` keeps them all. Throws `invalid-query` as {@link compilePilotQuery} says. */
export function filterPilots(pilots: readonly Pilot[], query: PilotQuery = {}): Pilot[] {
  return pilots.filter(compilePilotQuery(query).matches);
}

/**
 * Groups pilots by country: one entry per country code, sorted by code, each with the pilots
 * that name that country (a pilot in seven countries appears in seven entries). With `only`,
 * only those countries: a pilot across seven states asked for one shows on that one.
 */
export function groupByCountry(pilots: readonly Pilot[], only: ReadonlySet<string> = new Set()): PilotCountry[] {
  const byCode = new Map<string, Pilot[]>();
  for (const pilot of pilots) {
    for (const code of new Set(pilot.countries.map((c) => c.toUpperCase()))) {
      if (only.size > 0 && !only.has(code)) continue;
      const list = byCode.get(code);
      if (list === undefined) byCode.set(code, [pilot]);
      else list.push(pilot);
    }
  }
  return [...byCode.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((code) => ({ code, numeric: alpha2ToNumeric(code) ?? null, pilots: byCode.get(code) ?? [] }));
}

/** The countries of the pilots `query` keeps, for a map: {@link groupByCountry} of {@link filterPilots}. */
export function pilotCountries(pilots: readonly Pilot[], query: PilotQuery = {}): PilotCountry[] {
  const compiled = compilePilotQuery(query);
  return groupByCountry(pilots.filter(compiled.matches), compiled.countries);
}

/** Filters Communities of Practice by status; `{}` keeps them all. Unknown statuses throw `invalid-query`. */
export function filterCops(cops: readonly CommunityOfPractice[], query: CopQuery = {}): CommunityOfPractice[] {
  const statuses = statusValues(query.status, COP_STATUSES);
  return statuses.size === 0 ? [...cops] : cops.filter((cop) => statuses.has(cop.status));
}
