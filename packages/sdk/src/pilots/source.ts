/**
 * Where the client's pilots and Communities of Practice come from: the built-in files, plus a
 * partner's own file when the client is given one.
 *
 * A partner file is validated record by record; the records that fail are left out and turned
 * into Issues, so `client.issues()` shows a partner exactly what to fix while their good
 * records still appear. Failing to fetch the file at all is an error (the caller asked for it
 * and would otherwise see the built-in pilots without knowing why).
 */

import { DpgError } from '../errors.js';
import type { Issue } from '../issues.js';
import type { CommunityOfPractice, Pilot } from '../model.js';
import { loadBuiltinCops, loadBuiltinPilots } from './data.js';
import { mergeCops, mergePilots } from './merge.js';
import type { MergeMode } from './merge.js';
import type { ValidationError } from './validate.js';
import type { HttpSourceOptions } from '../sources/http.js';

export type { MergeMode };

/** Where a partner file is: its URL, or its already parsed contents. */
export type DataFileInput = string | URL | Record<string, unknown> | readonly unknown[];

/** The pilot-related options of `createClient`. */
export interface PilotDataOptions {
  /** A partner's `dpg-kit/pilots` file (see `schemas/pilots.schema.json`). */
  pilots?: DataFileInput;
  /** `add` (default): partner pilots join the built-in ones and win on equal ids. `replace`: only the partner's. */
  pilotsMode?: MergeMode;
  /** A partner's `dpg-kit/cops` file (see `schemas/cops.schema.json`). */
  cops?: DataFileInput;
  /** How partner Communities of Practice combine with the built-in ones; default `add`. */
  copsMode?: MergeMode;
  /** Network options (timeout, retries, size limit…) for partner files given by URL. */
  http?: HttpSourceOptions;
}

/** The loaded pilots and Communities of Practice, with every problem found in partner files. */
export interface PilotData {
  pilots: Pilot[];
  cops: CommunityOfPractice[];
  issues: Issue[];
}

async function readInput(input: DataFileInput, http: HttpSourceOptions | undefined, signal: AbortSignal | undefined): Promise<unknown> {
  if (typeof input !== 'string' && !(input instanceof URL)) return input;
  const url = new URL(String(input), globalThis.location?.href).href;
  const { fetchJson } = await import('../sources/fetch-json.js');
  const { data } = await fetchJson(url, { ...http, ...(signal ? { signal } : {}) });
  return data;
}

/**
 * Turns validation errors into Issues. Every error of a record means the record was set aside;
 * the readable message is the Issue's value, as it names the offending value already.
 */
function toIssues(key: 'pilots' | 'cops', errors: readonly ValidationError[]): Issue[] {
  return errors.map((error) => {
    const record = error.index === null ? '' : `${key}[${error.index}]`;
    const field = [record, error.field].filter((part) => part !== '').join(record !== '' && !error.field.startsWith('[') ? '.' : '');
    return {
      recordId: error.id,
      field: field === '' ? key : field,
      problem: error.index === null ? 'wrong-type' : 'set-aside',
      value: error.message,
    };
  });
}

/** Loads the built-in data and, when given, the partner's files, merged as the options ask. */
export async function loadPilotData(options: PilotDataOptions = {}, signal?: AbortSignal): Promise<PilotData> {
  const [builtinPilots, builtinCops, partnerPilots, partnerCops] = await Promise.all([
    loadBuiltinPilots(),
    loadBuiltinCops(),
    options.pilots === undefined ? undefined : readInput(options.pilots, options.http, signal),
    options.cops === undefined ? undefined : readInput(options.cops, options.http, signal),
  ]);
  if (signal?.aborted) throw new DpgError('aborted', 'Loading the pilots was aborted.', { cause: signal.reason });
  const issues: Issue[] = [];
  let pilots = builtinPilots.pilots;
  let cops = builtinCops.cops;
  // The validator and its schema library load only when a partner file is given.
  if (options.pilots !== undefined) {
    const { validatePilotsFile } = await import('./validate.js');
    const checked = validatePilotsFile(partnerPilots);
    issues.push(...toIssues('pilots', checked.errors));
    pilots = mergePilots(pilots, checked.pilots, options.pilotsMode ?? 'add');
  }
  if (options.cops !== undefined) {
    const { validateCopsFile } = await import('./validate.js');
    const checked = validateCopsFile(partnerCops);
    issues.push(...toIssues('cops', checked.errors));
    cops = mergeCops(cops, checked.cops, options.copsMode ?? 'add');
  }
  return { pilots, cops, issues };
}
