/**
 * The hosted registry layout: one format for the registry the CDN build ships and for a copy a
 * partner hosts (written by `dpg-kit snapshot`). Files are laid out by use, so that what a page
 * downloads follows what it shows, not how big the registry is:
 *
 * ```
 * manifest.json        where and when the data was taken, counts        (a card's source line)
 * first.json           the first page of the list, its total and facets (a list's first paint)
 * index.json           the slim record of every DPG, and the issues     (lists, search, facets)
 * dpgs/<id>.json       one DPG's slim record                            (a compact card, a badge)
 * details/<id>.json    its long texts: SDG evidence, indicators, awards (a full card only)
 * ```
 *
 * This module holds what the reader and the writer share; it runs in browsers and in Node.
 */
import type { DigitalPublicGood, Indicator, IndicatorKey, Link, SdgNumber } from '../model.js';
import type { Issue } from '../issues.js';
import type { DpgFacets } from '../query/types.js';

/** The `format` of a hosted registry's manifest. */
export const HOSTED_FORMAT = 'dpg-kit-registry';
/** The layout version this SDK writes and reads. */
export const HOSTED_VERSION = 1;

/** Paths of the layout, relative to its folder. */
export const HOSTED_FILES = {
  manifest: 'manifest.json',
  first: 'first.json',
  index: 'index.json',
  dpgs: 'dpgs/',
  details: 'details/',
} as const;

/** `manifest.json`: small, what a card needs to say where its data comes from. */
export interface HostedManifest {
  format: typeof HOSTED_FORMAT;
  version: typeof HOSTED_VERSION;
  /** Date the source data was taken, ISO 8601 (`YYYY-MM-DD`). */
  asOf: string;
  /** What the data was read from: the registry API's address, a dump's name. */
  source: string;
  counts: { dpgs: number; issues: number };
  /**
   * The layout's files. `first` came later than the others: a folder written before it has no
   * `first.json`, and its manifest does not name it. (Readers ask for `first.json` without
   * reading the manifest first, a round trip sooner, and take a 404 for "none".)
   */
  files: typeof HOSTED_FILES;
}

/**
 * The `format` of `index.json`: dpg-kit's normalised registry JSON, so that the index is also a
 * registry file any dpg-kit source reads (`httpSource('…/index.json')` checks every field).
 */
export const INDEX_FORMAT = 'dpg-kit/registry';

/**
 * `index.json`: every DPG's slim record (no SDG evidence, no indicators), and the issues met
 * while reading the source.
 */
export interface HostedIndex {
  format: typeof INDEX_FORMAT;
  version: typeof HOSTED_VERSION;
  asOf: string;
  source: string;
  dpgs: DigitalPublicGood[];
  issues: Issue[];
}

/** The `format` of `first.json`. */
export const FIRST_PAGE_FORMAT = 'dpg-kit/first-page';

/**
 * Records in `first.json`: the page `<dpg-registry>` shows with no search, filter or preset
 * (its default `page-size`). A list asking for this many or fewer is answered from the file.
 */
export const FIRST_PAGE_SIZE = 24;

/**
 * `first.json`: what a list of the whole registry shows before it has the index. The first
 * `FIRST_PAGE_SIZE` slim records in name order (the default order of an unfiltered list), the
 * number of records, and the facets of the whole registry. At 10,000 records it is a few kB
 * against the index's 2 MB, so a registry browser paints at once and loads the index behind.
 */
export interface HostedFirstPage {
  format: typeof FIRST_PAGE_FORMAT;
  version: typeof HOSTED_VERSION;
  asOf: string;
  source: string;
  /** The order of `dpgs`: always `name` (version 1). */
  sort: 'name';
  /** How many records `dpgs` holds at most. */
  pageSize: number;
  /** Every record of the index: the unfiltered list's total. */
  total: number;
  dpgs: DigitalPublicGood[];
  facets: DpgFacets;
}

/**
 * `details/<id>.json`: the long texts of one DPG (an empty object when it has none). The embedded
 * snapshot's shards hold the same objects, keyed by id.
 */
export interface HostedDetails {
  sdgEvidence?: Partial<Record<number, string>>;
  indicators?: Partial<Record<IndicatorKey, Indicator>>;
  awards?: string;
  /** Every evidence link of a licence that has several, by the licence's index. */
  licenseLinks?: Partial<Record<number, Link[]>>;
}

/** A slug as the adapters make them (normalize/slug.ts), checked here without their code. */
const SAFE_FILE_ID = /^[a-z0-9](?:[a-z0-9._-]{0,98}[a-z0-9])?$/;

/**
 * The file name of a DPG's own files (`dhis2.json`), or undefined when the id is not a safe
 * slug (lower case letters, digits, `.`, `_`, `-`, no `..`): such a record is in the index only,
 * so no id can name a path outside its folder.
 */
export function recordFileName(id: string): string | undefined {
  return SAFE_FILE_ID.test(id) && !id.includes('..') ? `${id}.json` : undefined;
}

/**
 * Splits a full record into its slim record (what lists and compact cards show) and its long
 * texts. The slim record keeps each licence's first evidence link and each SDG's goal only.
 */
export function splitRecord(record: DigitalPublicGood): { slim: DigitalPublicGood; details: HostedDetails } {
  const { indicators, awards, ...rest } = record;
  const details: HostedDetails = {};
  if (awards) details.awards = awards;
  const licenseLinks = Object.fromEntries(record.licenses.flatMap((license, i) => (license.links ? [[i, license.links]] : [])));
  if (Object.keys(licenseLinks).length > 0) details.licenseLinks = licenseLinks;
  const evidence: Partial<Record<number, string>> = {};
  for (const { goal, evidence: text } of record.sdgs) if (text) evidence[goal] = text;
  if (Object.keys(evidence).length > 0) details.sdgEvidence = evidence;
  if (indicators && Object.keys(indicators).length > 0) details.indicators = indicators;
  const licenses = record.licenses.map(({ links: _links, ...license }) => license);
  const sdgs = record.sdgs.map(({ goal }): { goal: SdgNumber } => ({ goal }));
  return { slim: { ...rest, licenses, sdgs }, details };
}

/** Joins a slim record with its long texts (none: the record as it is). */
export function withDetails(record: DigitalPublicGood, details: HostedDetails | undefined): DigitalPublicGood {
  if (!details) return record;
  const { licenseLinks } = details;
  return {
    ...record,
    sdgs: record.sdgs.map((entry) => {
      const evidence = details.sdgEvidence?.[entry.goal];
      return evidence ? { ...entry, evidence } : entry;
    }),
    ...(details.indicators ? { indicators: details.indicators } : {}),
    ...(details.awards ? { awards: details.awards } : {}),
    ...(licenseLinks ? { licenses: record.licenses.map((license, i) => (licenseLinks[i] ? { ...license, links: licenseLinks[i] } : license)) } : {}),
  };
}
