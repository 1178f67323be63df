/**
 * Reads a registry from a file or an http(s) URL, in any shape the SDK knows (the registry
 * web-app API, the legacy export, dpg-kit JSON), for `dpg-kit snapshot`. Node only.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { adaptAny } from '../adapters/detect.js';
import { DpgError } from '../errors.js';
import { fetchJson, type FetchJsonOptions } from '../sources/fetch-json.js';
import type { HostedRegistryInput } from './write.js';

export interface ReadRegistryOptions {
  /** The date the data was taken, `YYYY-MM-DD`; default: the source's own date, else today for a URL. */
  asOf?: string;
  /** What to call the source; default: what a dpg-kit file says, else the URL or the file's name. */
  source?: string;
  /** Network options for a URL (the default time limit is 60 s: the registry API is slow). */
  http?: Omit<FetchJsonOptions, 'signal'>;
  /** Today, for a URL without a date (tests pin it). */
  now?: () => Date;
}

/** The newest `_commit_date` of a legacy export, which dates the dump. */
function newestCommitDate(raw: unknown): string | undefined {
  if (!Array.isArray(raw)) return undefined;
  let newest: string | undefined;
  for (const item of raw as Array<{ _commit_date?: unknown } | null>) {
    const date = item?._commit_date;
    if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(date) && (!newest || date > newest)) newest = date;
  }
  return newest?.slice(0, 10);
}

/**
 * Reads `from` (a path or an http(s) URL) into what `writeHostedRegistry` writes. Rejects with a
 * `DpgError`: `parse` for a file that is not JSON or holds no registry shape dpg-kit reads,
 * `invalid-data` when no date is known, and the network codes of `fetchJson` for a URL.
 */
export async function readRegistryInput(from: string, options: ReadRegistryOptions = {}): Promise<HostedRegistryInput & { shape: string }> {
  const isUrl = /^https?:\/\//i.test(from);
  let raw: unknown;
  if (isUrl) {
    raw = (await fetchJson(from, { timeout: 60_000, maxBytes: 200 * 1024 * 1024, ...options.http })).data;
  } else {
    let text: string;
    try {
      text = await readFile(from, 'utf8');
    } catch (cause) {
      throw new DpgError('not-found', `Cannot read ${from}: ${(cause as Error).message}`, { cause });
    }
    try {
      raw = JSON.parse(text);
    } catch (cause) {
      throw new DpgError('parse', `${from} is not valid JSON: ${(cause as Error).message}`, { cause });
    }
  }
  const { records, issues, asOf: ownDate, source: ownSource, shape } = adaptAny(raw);
  if (shape === 'unknown' && !(Array.isArray(raw) && raw.length === 0)) {
    throw new DpgError('parse', `${from} holds no registry shape dpg-kit reads (the registry API's JSON, the legacy export, dpg-kit JSON).`);
  }
  const asOf = options.asOf ?? ownDate?.slice(0, 10) ?? newestCommitDate(raw) ?? (isUrl ? (options.now?.() ?? new Date()).toISOString().slice(0, 10) : undefined);
  if (!asOf) throw new DpgError('invalid-data', `${from} carries no date: give the date the data was taken with --as-of YYYY-MM-DD.`);
  return { records, issues, asOf, source: options.source ?? ownSource ?? (isUrl ? from : basename(from)), shape };
}
