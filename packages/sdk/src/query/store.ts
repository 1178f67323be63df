/**
 * The store: every record of one registry load, indexed for lookups, filters, search and facets.
 * Built once per load; queries are pure reads.
 *
 * Records have a position in name order, and every set of records is a bitset over those
 * positions (bitset.ts): filters come from an inverted index (inverted-index.ts),
 * the default name order is walking set bits, and facets are popcounts (facets.ts).
 */
import type { DigitalPublicGood } from '../model.js';
import { DpgError } from '../errors.js';
import { foldText } from '../normalize/fold.js';
import { addBit, type Bitset, countBits, emptySet, fullSet, hasBit, intersect, positions } from './bitset.js';
import { countFacets } from './facets.js';
import { parseFilters } from './filter.js';
import type { FilterField } from './types.js';
import { InvertedIndex } from './inverted-index.js';
import type * as SearchModule from './search.js';
import type { SearchIndex } from './search.js';
import type { DpgFacets, DpgQuery } from './types.js';

const DEFAULT_PAGE_SIZE = 24;
const MAX_PAGE_SIZE = 1000;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Lower-cased, accent-free key used for id, slug and alias lookups. */
export function lookupKey(text: string): string {
  return foldText(text).trim();
}

/** A page of matching records, before the client adds source metadata. */
export interface StorePage {
  items: DigitalPublicGood[];
  total: number;
  page: number;
  pageSize: number;
  pages: number;
}

/** The records a query matches: how many, and the name-order positions of one slice of them. */
interface Matches {
  total: number;
  slice(skip: number, limit: number): number[];
}

export class DpgStore {
  readonly records: readonly DigitalPublicGood[];
  /** The records in name order: a record's position here is its bit in every bitset. */
  readonly #byName: readonly DigitalPublicGood[];
  /** Name-order position of each record, by its index in `records`. */
  readonly #positionOf: Uint32Array;
  readonly #byKey = new Map<string, DigitalPublicGood>();
  #index: InvertedIndex | undefined;
  #search: SearchIndex | undefined;
  /** The search module, loaded on demand: pages that never search never download it. */
  #searchModule: typeof SearchModule | undefined;
  /** The step-by-step build `prepareSearch()` started, while it runs or once it is done. */
  #searchBuild: Promise<void> | undefined;
  /**
   * The last search text and its hits: a page asks for a page of results and for the facets
   * of the same text at each keystroke, and the second asking need not search again.
   */
  #lastHits: { text: string; positions: number[] } | undefined;
  /** Positions by number of deployment countries (most first), then by name. */
  #byCountries: Uint32Array | undefined;

  constructor(records: readonly DigitalPublicGood[]) {
    this.records = records;
    const order = records.map((_, i) => i).sort((a, b) => collator.compare(records[a]!.name, records[b]!.name));
    this.#byName = order.map((i) => records[i]!);
    this.#positionOf = new Uint32Array(records.length);
    order.forEach((i, position) => (this.#positionOf[i] = position));
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

  /** Loads the search library. Queries with a search text (`q`) need it; the client calls it for you. */
  async loadSearch(): Promise<void> {
    this.#searchModule ??= await import('./search.js');
  }

  /**
   * Builds the search index now instead of at the first search (e.g. when the browser is idle).
   * Throws when `loadSearch()` has not finished yet.
   */
  warmSearch(): void {
    if (!this.#searchModule) {
      throw new DpgError('invalid-query', 'Search is not loaded yet: await store.loadSearch() before searching.');
    }
    this.#search ??= new this.#searchModule.SearchIndex(this.records);
  }

  /**
   * Loads the search library and builds the search index in steps of a few milliseconds,
   * yielding between them, so a page stays responsive while it indexes thousands of records.
   * Calls share one build; once it is done, searches start at once. When a build fails, the
   * next call starts another.
   */
  prepareSearch(): Promise<void> {
    this.#searchBuild ??= (async () => {
      await this.loadSearch();
      if (this.#search) return;
      const built = await this.#searchModule!.SearchIndex.build(this.records);
      this.#search ??= built;
    })().catch((error: unknown) => {
      this.#searchBuild = undefined;
      throw error;
    });
    return this.#searchBuild;
  }

  /** The inverted index of the filter fields, built at the first filter or facet query. */
  #inverted(): InvertedIndex {
    return (this.#index ??= new InvertedIndex(this.#byName));
  }

  /** Validates the filters of `query` and returns the bitset of each field it sets. */
  #filterMasks(query: DpgQuery): Map<FilterField, Bitset> {
    const masks = new Map<FilterField, Bitset>();
    const filters = parseFilters(query);
    if (filters.size === 0) return masks;
    const index = this.#inverted();
    for (const [field, wanted] of filters) masks.set(field, index.mask(field, wanted));
    return masks;
  }

  /** The trimmed search text ('' for none); throws `invalid-query` when `q` is not a string. */
  #text(q: unknown): string {
    if (q !== undefined && typeof q !== 'string') {
      throw new DpgError('invalid-query', `Query field "q" must be a string, not ${typeof q}.`);
    }
    return q?.trim() ?? '';
  }

  /** Positions of the records that match `text`, best first (MiniSearch's relevance order). */
  #hits(text: string): number[] {
    if (this.#lastHits?.text === text) return this.#lastHits.positions;
    this.warmSearch();
    const positionOf = this.#positionOf;
    const positions = this.#search!.search(text).map((index) => positionOf[index]!);
    this.#lastHits = { text, positions };
    return positions;
  }

  #countriesOrder(): Uint32Array {
    if (this.#byCountries === undefined) {
      const deployments = this.#byName.map((record) => record.countries.deployment.length);
      this.#byCountries = Uint32Array.from(deployments.keys()).sort((a, b) => deployments[b]! - deployments[a]! || a - b);
    }
    return this.#byCountries;
  }

  /** The records matching `query`, in the query's sort order. Throws `invalid-query` on a bad query. */
  #matches(query: DpgQuery): Matches {
    const masks = this.#filterMasks(query);
    const text = this.#text(query.q);
    const sort = query.sort ?? 'relevance';
    if (sort !== 'relevance' && sort !== 'name' && sort !== 'countries') {
      throw new DpgError('invalid-query', `Unknown sort "${String(sort)}"; use relevance, name or countries.`);
    }
    const size = this.records.length;
    const filter = masks.size === 0 ? undefined : intersect([...masks.values()], size);
    let mask: Bitset;
    if (text) {
      const hits = this.#hits(text);
      const ranked = filter === undefined ? hits : hits.filter((position) => hasBit(filter, position));
      if (sort === 'relevance') return { total: ranked.length, slice: (skip, limit) => ranked.slice(skip, skip + limit) };
      mask = emptySet(size);
      for (const position of ranked) addBit(mask, position);
    } else {
      mask = filter ?? fullSet(size);
    }
    const total = countBits(mask);
    if (sort !== 'countries') return { total, slice: (skip, limit) => positions(mask, skip, limit) };
    const order = this.#countriesOrder();
    return {
      total,
      slice: (skip, limit) => {
        const out: number[] = [];
        let toSkip = skip;
        for (let i = 0; i < order.length && out.length < limit; i++) {
          const position = order[i]!;
          if (!hasBit(mask, position)) continue;
          if (toSkip > 0) toSkip--;
          else out.push(position);
        }
        return out;
      },
    };
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
    const found = this.#matches(query);
    const byName = this.#byName;
    return {
      items: found.slice((page - 1) * pageSize, pageSize).map((position) => byName[position]!),
      total: found.total,
      page,
      pageSize,
      pages: Math.ceil(found.total / pageSize),
    };
  }

  /** Number of records matching `query`. */
  count(query: DpgQuery = {}): number {
    return this.#matches({ ...query, sort: 'relevance' }).total;
  }

  /**
   * Counts per value of every filter field. Each field is counted under every other active
   * filter but not its own, so picking a second SDG never hides the first one's count.
   */
  facets(query: DpgQuery = {}): DpgFacets {
    const masks = this.#filterMasks(query);
    let hits: Bitset | undefined;
    const text = query.q ? this.#text(query.q) : '';
    if (text) {
      hits = emptySet(this.records.length);
      for (const position of this.#hits(text)) addBit(hits, position);
    }
    return countFacets(this.#inverted(), masks, hits);
  }
}
