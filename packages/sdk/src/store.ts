/**
 * The store: every record of one registry load, indexed for lookups, filters, search and facets.
 * Built once per load; queries are pure reads.
 */
import type { DigitalPublicGood, DpgType, LicenseKind, SdgNumber, Stage } from './model.js';
import { DpgError } from './errors.js';
import { buildPredicates, FILTER_FIELDS, matchesAll, type FilterField } from './query/filter.js';
import { SearchIndex } from './query/search.js';
import type { DpgFacets, DpgQuery, FacetCount } from './query/types.js';

const DEFAULT_PAGE_SIZE = 24;
const MAX_PAGE_SIZE = 1000;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Lower-cased, accent-free key used for id, slug and alias lookups. */
export function lookupKey(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();
}

/** A page of matching records, before the client adds source metadata. */
export interface StorePage {
  items: DigitalPublicGood[];
  total: number;
  page: number;
  pageSize: number;
  pages: number;
}

export class DpgStore {
  readonly records: readonly DigitalPublicGood[];
  /** The records in name order: filters walk this so that the default sort costs nothing. */
  readonly #byName: readonly DigitalPublicGood[];
  readonly #nameRank = new Map<DigitalPublicGood, number>();
  readonly #byKey = new Map<string, DigitalPublicGood>();
  #search: SearchIndex | undefined;

  constructor(records: readonly DigitalPublicGood[]) {
    this.records = records;
    this.#byName = [...records].sort((a, b) => collator.compare(a.name, b.name));
    this.#byName.forEach((record, rank) => this.#nameRank.set(record, rank));
    // Ids win over registry ids, which win over names, which win over aliases: later sets never overwrite.
    const keyed: Array<(r: DigitalPublicGood) => readonly (string | undefined)[]> = [
      (r) => [r.id],
      (r) => [r.registryId],
      (r) => [r.name],
      (r) => r.aliases,
    ];
    for (const keys of keyed) {
      for (const record of records) {
        for (const key of keys(record)) {
          if (!key) continue;
          const folded = lookupKey(key);
          if (folded && !this.#byKey.has(folded)) this.#byKey.set(folded, record);
        }
      }
    }
  }

  /** A record by id, registry id, name or alias (case- and accent-insensitive). */
  find(idOrName: string): DigitalPublicGood | undefined {
    return this.#byKey.get(lookupKey(idOrName));
  }

  /** Builds the search index now instead of at the first search (e.g. when the browser is idle). */
  warmSearch(): void {
    this.#search ??= new SearchIndex(this.records);
  }

  /** Matching records in the query's sort order. */
  #matches(query: DpgQuery): DigitalPublicGood[] {
    const predicates = buildPredicates(query);
    if (query.q !== undefined && typeof query.q !== 'string') {
      throw new DpgError('invalid-query', `Query field "q" must be a string, not ${typeof query.q}.`);
    }
    const sort = query.sort ?? 'relevance';
    if (sort !== 'relevance' && sort !== 'name' && sort !== 'countries') {
      throw new DpgError('invalid-query', `Unknown sort "${String(sort)}"; use relevance, name or countries.`);
    }
    const text = query.q?.trim() ?? '';
    let matches: DigitalPublicGood[];
    if (text) {
      this.warmSearch();
      matches = [];
      // MiniSearch yields hits best first, which is the relevance order.
      for (const index of this.#search!.search(text).keys()) {
        const record = this.records[index]!;
        if (matchesAll(record, predicates)) matches.push(record);
      }
      if (sort === 'name') matches.sort((a, b) => this.#rank(a) - this.#rank(b));
    } else {
      matches = this.#byName.filter((record) => matchesAll(record, predicates));
    }
    if (sort === 'countries') {
      matches.sort((a, b) => b.countries.deployment.length - a.countries.deployment.length || this.#rank(a) - this.#rank(b));
    }
    return matches;
  }

  #rank(record: DigitalPublicGood): number {
    return this.#nameRank.get(record) ?? 0;
  }

  /** One page of the records matching `query`. Throws `invalid-query` on a bad query. */
  list(query: DpgQuery = {}): StorePage {
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const page = query.page ?? 1;
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new DpgError('invalid-query', `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}, not ${String(pageSize)}.`);
    }
    if (!Number.isInteger(page) || page < 1) {
      throw new DpgError('invalid-query', `page must be a whole number from 1, not ${String(page)}.`);
    }
    const all = this.#matches(query);
    const start = (page - 1) * pageSize;
    return {
      items: all.slice(start, start + pageSize),
      total: all.length,
      page,
      pageSize,
      pages: Math.ceil(all.length / pageSize),
    };
  }

  /** Number of records matching `query`. */
  count(query: DpgQuery = {}): number {
    return this.#matches({ ...query, sort: 'relevance' }).length;
  }

  /**
   * Counts per value of every filter field. Each field is counted under every other active
   * filter but not its own, so picking a second SDG never hides the first one's count.
   */
  facets(query: DpgQuery = {}): DpgFacets {
    const predicates = buildPredicates(query);
    const base = query.q ? this.#matches({ q: query.q }) : this.records;
    const counters = new Map<FilterField, Map<string | number, number>>(FILTER_FIELDS.map((f) => [f, new Map()]));
    const kinds = new Map<LicenseKind, number>();
    let total = 0;
    for (const record of base) {
      if (matchesAll(record, predicates)) total++;
      for (const field of FILTER_FIELDS) {
        if (!matchesAll(record, predicates, field)) continue;
        const counter = counters.get(field)!;
        for (const value of new Set(facetValues(record, field))) counter.set(value, (counter.get(value) ?? 0) + 1);
        if (field === 'license') {
          for (const kind of new Set(record.licenses.map((l) => l.kind))) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        }
      }
    }
    const sorted = <V extends string | number>(field: FilterField) =>
      [...counters.get(field)!].map(([value, count]) => ({ value: value as V, count })).sort(byCountThenValue);
    return {
      total,
      sdg: sorted<SdgNumber>('sdg').sort((a, b) => a.value - b.value),
      type: sorted<DpgType>('type'),
      license: sorted<string>('license'),
      licenseKind: [...kinds].map(([value, count]) => ({ value, count })).sort(byCountThenValue),
      country: sorted<string>('country'),
      stage: sorted<Stage>('stage'),
      sector: sorted<string>('sector'),
    };
  }
}

function byCountThenValue<V extends string | number>(a: FacetCount<V>, b: FacetCount<V>): number {
  return b.count - a.count || String(a.value).localeCompare(String(b.value));
}

function facetValues(record: DigitalPublicGood, field: FilterField): Array<string | number> {
  switch (field) {
    case 'sdg':
      return record.sdgs.map((s) => s.goal);
    case 'type':
      return record.types;
    case 'license':
      return record.licenses.map((l) => l.spdx ?? l.name);
    case 'country':
      return [...record.countries.deployment, ...record.countries.development];
    case 'stage':
      return [record.stage];
    case 'sector':
      return record.sectors;
  }
}
