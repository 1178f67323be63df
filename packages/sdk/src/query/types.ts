import type { CountryCode, DigitalPublicGood, DpgType, LicenseKind, SdgNumber, SourceMeta, Stage } from '../model.js';

/** One value or several: several values of one field match any of them (OR). */
export type OneOrMany<T> = T | readonly T[];

/** Sort orders for DPG lists. `relevance` falls back to `name` without a search text. */
export type DpgSort = 'relevance' | 'name' | 'countries';

/**
 * A DPG query. Fields combine with AND; several values within one field combine with OR.
 * Every field is optional: `{}` lists everything.
 */
/** The fields of a query that filter (each may hold one value or several). */
export type FilterField = 'sdg' | 'type' | 'license' | 'country' | 'stage' | 'sector';
export const FILTER_FIELDS: readonly FilterField[] = ['sdg', 'type', 'license', 'country', 'stage', 'sector'];

export interface DpgQuery {
  /** Full-text search over name, aliases, organisations, description and deployment organisations (prefix and typo tolerant). */
  q?: string;
  /** SDG numbers, 1 to 17: a literal out of range fails at compile time (and at run time). */
  sdg?: OneOrMany<SdgNumber>;
  type?: OneOrMany<DpgType>;
  /** SPDX id (case-insensitive) or a licence kind: `open`, `non-commercial`. */
  license?: OneOrMany<string>;
  /**
   * ISO 3166-1 alpha-2 code (any case) of a deployment or development country: a literal that is no code
   * (`'UK'`, `'XX'`) fails at compile time. A string read at run time (an attribute, a URL)
   * is checked when the query runs: cast it (`value as CountryCode`) and catch `invalid-query`.
   */
  country?: OneOrMany<CountryCode | Lowercase<CountryCode>>;
  stage?: OneOrMany<Stage>;
  sector?: OneOrMany<string>;
  sort?: DpgSort;
  /** 1-based page number; default 1. */
  page?: number;
  /** Records per page, 1 to 1000; default 24. */
  pageSize?: number;
}

/** One page of results. */
export interface Page<T> {
  items: T[];
  /** Matches across all pages. */
  total: number;
  page: number;
  pageSize: number;
  /** Number of pages (0 when nothing matched). */
  pages: number;
  meta: SourceMeta;
}

/** How many results have one value of a field. */
export interface FacetCount<V> {
  value: V;
  count: number;
}

/** Counts per value of each filterable field for a query, each computed without its own filter. */
export interface DpgFacets {
  total: number;
  sdg: FacetCount<SdgNumber>[];
  type: FacetCount<DpgType>[];
  license: FacetCount<string>[];
  licenseKind: FacetCount<LicenseKind>[];
  country: FacetCount<string>[];
  stage: FacetCount<Stage>[];
  sector: FacetCount<string>[];
}

export type { DigitalPublicGood };
