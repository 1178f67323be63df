/**
 * What the pilot map and the pilot list show: the pilots their filter attributes keep, grouped
 * by country. Pure functions, shared by both elements so they always agree.
 */
import type { DpgClient, Pilot } from '@dpg-kit/sdk';

/** The filter attributes of the map and the list, as written on the element. */
export interface PilotFilterAttributes {
  pilotIds?: string | undefined;
  country?: string | undefined;
  sector?: string | undefined;
  dpgId?: string | undefined;
}

/** A country and the pilots shown in it. Maps join on `numeric`, never on names. */
export interface CountryPilots {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string;
  /** ISO 3166-1 numeric as three digits; null for a code without one (Kosovo). */
  numeric: string | null;
  pilots: Pilot[];
}

/** The words of a list attribute: `"rw ug"`, `"rw, ug"`. */
export function listOf(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter((word) => word !== '');
}

/**
 * The pilots the attributes keep. Fields combine with AND, the words of one field with OR; an
 * empty attribute filters nothing. Comparisons ignore case, as a hand-written attribute would.
 */
export function filterPilots(pilots: readonly Pilot[], filter: PilotFilterAttributes): Pilot[] {
  const ids = new Set(listOf(filter.pilotIds));
  const countries = new Set(listOf(filter.country).map((code) => code.toUpperCase()));
  const sectors = new Set(listOf(filter.sector).map((sector) => sector.toLowerCase()));
  const dpgIds = new Set(listOf(filter.dpgId).map((id) => id.toLowerCase()));
  return pilots.filter(
    (pilot) =>
      (ids.size === 0 || ids.has(pilot.id)) &&
      (countries.size === 0 || pilot.countries.some((code) => countries.has(code.toUpperCase()))) &&
      (sectors.size === 0 || sectors.has(pilot.sector.toLowerCase())) &&
      (dpgIds.size === 0 || pilot.dpgs.some((dpg) => dpg.id !== undefined && dpgIds.has(dpg.id.toLowerCase()))),
  );
}

/**
 * One entry per country that the pilots name, in code order. With a `country` filter, only the
 * countries asked for: a pilot across seven states filtered to one shows on that one.
 */
export function groupByCountry(pilots: readonly Pilot[], client: DpgClient, country?: string): CountryPilots[] {
  const wanted = new Set(listOf(country).map((code) => code.toUpperCase()));
  const byCode = new Map<string, Pilot[]>();
  for (const pilot of pilots) {
    for (const code of new Set(pilot.countries.map((each) => each.toUpperCase()))) {
      if (wanted.size > 0 && !wanted.has(code)) continue;
      const list = byCode.get(code);
      if (list) list.push(pilot);
      else byCode.set(code, [pilot]);
    }
  }
  return [...byCode.keys()].sort().map((code) => ({
    code,
    numeric: client.countries.get(code)?.numeric ?? null,
    pilots: byCode.get(code)!,
  }));
}
