/**
 * Sources: where registry bytes come from. A source loads every record once (the client keeps
 * them in a store) and, where it can, the full record of one DPG on demand.
 */
import type { DigitalPublicGood, SourceMeta } from '../model.js';
import type { Issue } from '../issues.js';

/** Options every loading call accepts. */
export interface LoadOptions {
  /** Aborts the load; the promise then rejects with a `DpgError` of code `aborted`. */
  signal?: AbortSignal;
}

/** What a source hands to the client. */
export interface RegistryData {
  records: DigitalPublicGood[];
  issues: Issue[];
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
}
