/**
 * What `<dpg-registry>` loads for one question: a page of results (or several, read a page at a
 * time), their total, the facets, and the countries where pathfinder pilots run. Only the
 * client's public API is used, with the element's AbortSignal passed down.
 */
import type { DigitalPublicGood, DpgClient, DpgFacets, DpgQuery } from '@dpg-kit/sdk';

/** What one query of the registry shows. */
export interface RegistryResults {
  items: DigitalPublicGood[];
  total: number;
  facets: DpgFacets;
  /** The countries where pilots run; empty while `pilotsLater` is pending. */
  pilotCountries: ReadonlySet<string>;
  /**
   * Set when the results came before the pilot countries (a registry's first page comes before
   * its index, which pilots are checked against): resolves with them, or rejects when the load
   * was aborted. The element shows its pilot marks then.
   */
  pilotsLater?: Promise<ReadonlySet<string>>;
}

/** The SDK's largest page: longer lists are read a page at a time. */
export const MAX_PAGE = 1000;

const pilotCountriesOf = new WeakMap<DpgClient, ReadonlySet<string>>();

/**
 * The countries where pilots run, once per client; none when pilots cannot load (they only add
 * a mark). The load follows the element's signal, so an element taken off the page leaves no
 * request behind, and an aborted load is not remembered.
 */
export async function pilotCountries(client: DpgClient, signal: AbortSignal): Promise<ReadonlySet<string>> {
  const known = pilotCountriesOf.get(client);
  if (known) return known;
  let found: ReadonlySet<string>;
  try {
    found = new Set((await client.pilots.countries(undefined, { signal })).map((country) => country.code));
  } catch (error) {
    if (signal.aborted) throw error;
    found = new Set<string>();
  }
  pilotCountriesOf.set(client, found);
  return found;
}

/** The pilot countries of `client` when they are known already. */
export function knownPilotCountries(client: DpgClient): ReadonlySet<string> | undefined {
  return pilotCountriesOf.get(client);
}

const NO_COUNTRIES: ReadonlySet<string> = new Set();

/**
 * The first `count` results of `query`, their total, the facets, and the pilot countries when
 * they are known by then: the marks are not worth holding the results back for.
 */
export async function loadResults(client: DpgClient, query: DpgQuery, count: number, signal: AbortSignal): Promise<RegistryResults> {
  const pageSize = Math.min(count, MAX_PAGE);
  const [first, facets] = await Promise.all([client.dpgs.list({ ...query, pageSize }, { signal }), client.dpgs.facets(query, { signal })]);
  const items = first.items;
  for (let page = 2; items.length < Math.min(count, first.total); page++) {
    items.push(...(await client.dpgs.list({ ...query, page, pageSize }, { signal })).items);
  }
  const results = { items: items.slice(0, count), total: first.total, facets };
  // The pilots are checked against the index, so asking for them starts it: only now, lest a
  // first page share the network with the whole index. Known already, or ready within a task
  // (the index is in), they come with the results; else the element shows them when they come.
  const pilots = pilotCountries(client, signal);
  pilots.catch(() => undefined); // an aborted load: the results are aborted too
  const known = await Promise.race([pilots.catch(() => undefined), new Promise<undefined>((resolve) => setTimeout(resolve, 0))]);
  if (known) return { ...results, pilotCountries: known };
  return { ...results, pilotCountries: NO_COUNTRIES, pilotsLater: pilots };
}
