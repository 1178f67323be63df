/**
 * Sources: where registry bytes come from. A source loads every record once (the client keeps
 * them in a store) and, where it can, the full record of one DPG on demand.
 */
import type { DigitalPublicGood, SourceMeta } from '../model.js';
import type { Issue } from '../issues.js';
import type { DpgFacets } from '../query/types.js';

/** Options every loading call accepts. */
export interface LoadOptions {
  /** Aborts the load; the promise then rejects with a `DpgError` of code `aborted`. */
  signal?: AbortSignal;
}

/**
 * How much of a record a caller needs: `compact` is the slim record (what a compact card and a
 * badge show), `full` adds the long texts (SDG evidence, DPG Standard indicators).
 */
export type DetailLevel = 'compact' | 'full';

/** Options of `RegistrySource.loadOne` and `client.dpgs.get`. */
export interface LoadOneOptions extends LoadOptions {
  /** Default `full`. */
  detail?: DetailLevel;
}

/** What a source hands to the client. */
export interface RegistryData {
  records: DigitalPublicGood[];
  /** What could not be read of the records; a source with `loadIssues` keeps them there instead. */
  issues: Issue[];
  meta: SourceMeta;
}

/**
 * What an unfiltered list shows first, without the index: its first records in name order, the
 * number of records and the facets (a hosted layout's `first.json`).
 */
export interface FirstPage {
  /** The first `pageSize` records (fewer when the registry holds fewer), in name order. */
  records: DigitalPublicGood[];
  pageSize: number;
  total: number;
  facets: DpgFacets;
  meta: SourceMeta;
}

/** A place registry records come from. */
export interface RegistrySource {
  /** Short name used in messages. */
  readonly name: string;
  /** Loads every record (slim records are fine: the client asks `loadFull` for one record's long texts). */
  load(options?: LoadOptions): Promise<RegistryData>;
  /**
   * Loads the full record of one DPG (long texts, DPG Standard indicators). Sources whose
   * `load` already returns full records leave this out.
   */
  loadFull?(id: string, options?: LoadOptions): Promise<DigitalPublicGood | undefined>;
  /**
   * Loads one DPG by its exact id without loading every record (a hosted layout's
   * `dpgs/<id>.json`). Resolves undefined when the source has no file for that id (an alias, a
   * registry id, another case, or no such DPG): the client then looks the id up in the index.
   * Other failures reject with a `DpgError`.
   */
  loadOne?(id: string, options?: LoadOneOptions): Promise<DigitalPublicGood | undefined>;
  /**
   * Where the data comes from, without loading every record (a hosted layout's
   * `manifest.json`). Resolves undefined when the source cannot tell without loading them.
   */
  loadMeta?(options?: LoadOptions): Promise<SourceMeta | undefined>;
  /**
   * Loads the issues met reading the records, when the source keeps them apart from `load`'s
   * data (the embedded snapshot does: lists and searches never need them). Called after
   * `load`; `client.issues()` lists these after `load`'s own.
   */
  loadIssues?(options?: LoadOptions): Promise<Issue[]>;
  /**
   * The first page of the unfiltered list, without loading every record. Resolves undefined
   * when the source has none (a layout written before `first.json`); the client then loads
   * the index, as it does for every other question.
   */
  loadFirst?(options?: LoadOptions): Promise<FirstPage | undefined>;
}
