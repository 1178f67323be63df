/**
 * The public shape of a dpg-kit client, as returned by `createClient`.
 */
import type { CommunityOfPractice, DigitalPublicGood, Pilot, SdgNumber, SourceMeta } from './model.js';
import type { Issue } from './issues.js';
import type { DpgFacets, DpgQuery, Page } from './query/types.js';
import type { CopQuery, PilotCountry, PilotQuery } from './pilots/query.js';
import type { LoadOneOptions, LoadOptions } from './sources/source.js';

export type { PilotQuery, CopQuery, PilotCountry } from './pilots/query.js';

/** A Sustainable Development Goal with its official English title and colour. */
export interface Sdg {
  goal: SdgNumber;
  title: string;
  /** Official UN colour, `#rrggbb`. */
  color: string;
}

/** A country as the SDK knows it. */
export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  numeric: string | null;
  /** English short name. */
  name: string;
}

export interface DpgApi {
  /**
   * Lists DPGs matching `query` (slim records: no indicators, no SDG evidence). On a hosted
   * registry the first page of the unfiltered list (and its `count` and `facets`) is answered
   * from the folder's `first.json` until the index has loaded, which then loads behind it.
   */
  list(query?: DpgQuery, options?: LoadOptions): Promise<Page<DigitalPublicGood>>;
  /** Number of DPGs matching `query`. */
  count(query?: DpgQuery, options?: LoadOptions): Promise<number>;
  /**
   * One DPG by id, slug, registry id or alias (case-insensitive). `detail: 'full'` (the
   * default) gives the full record with its long texts (SDG evidence, DPG Standard
   * indicators); `detail: 'compact'` the slim record a compact card or a badge shows, which
   * on a hosted registry is one small file and nothing more.
   * Rejects with a `DpgError` of code `not-found` when there is none.
   */
  get(id: string, options?: LoadOneOptions): Promise<DigitalPublicGood>;
  /** Counts per SDG, type, licence, country, stage and sector for `query`. */
  facets(query?: DpgQuery, options?: LoadOptions): Promise<DpgFacets>;
  /** The pilots that use a DPG. */
  pilots(id: string, options?: LoadOptions): Promise<Pilot[]>;
  /**
   * Loads the registry and the search library and builds the search index, in steps short
   * enough to keep a page responsive (a few milliseconds each). The first search does this by
   * itself; call it earlier (when the browser is idle, or when a search box gets focus) so that
   * the first search answers at once. The index is built once per client.
   */
  prepareSearch(options?: LoadOptions): Promise<void>;
}

/**
 * Pilots. `list` and `countries` are the SDK's one pilot filter (the elements ask them too);
 * each answer is computed once per query on the loaded data and then remembered, so asking
 * again costs a lookup. Rejects with `invalid-query` for a malformed query (see `PilotQuery`).
 */
export interface PilotApi {
  /** The pilots `query` keeps, in the data's order. */
  list(query?: PilotQuery, options?: LoadOptions): Promise<Pilot[]>;
  /** Rejects with `not-found` when there is no such pilot. */
  get(id: string, options?: LoadOptions): Promise<Pilot>;
  /**
   * Every country of the pilots `query` keeps, with those pilots, sorted by code. With a
   * `country` query, only the countries asked for (a pilot across seven states asked for one
   * shows on that one).
   */
  countries(query?: PilotQuery, options?: LoadOptions): Promise<PilotCountry[]>;
  /** The registry DPGs a pilot uses (those the registry in use has). */
  dpgs(id: string, options?: LoadOptions): Promise<DigitalPublicGood[]>;
}

export interface CopApi {
  list(query?: CopQuery, options?: LoadOptions): Promise<CommunityOfPractice[]>;
}

/** A dpg-kit client: one set of sources, loaded once, queried many times. */
export interface DpgClient {
  readonly dpgs: DpgApi;
  readonly pilots: PilotApi;
  readonly cops: CopApi;
  readonly sdgs: { list(): Sdg[]; get(goal: number): Sdg | undefined };
  readonly countries: { get(code: string): Country | undefined; name(code: string, lang?: string): string };
  /** Every Issue raised while reading the sources loaded so far. */
  issues(options?: LoadOptions): Promise<Issue[]>;
  /**
   * Where the registry data came from, and whether it is stale. On a hosted registry this
   * reads its small manifest until the index is loaded, then the index's own meta.
   */
  meta(options?: LoadOptions): Promise<SourceMeta>;
}
