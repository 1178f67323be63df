/**
 * Writes a registry in the hosted layout (see layout.ts). Node only: it writes files.
 *
 * The same records give the same bytes: records are sorted by id and nothing depends on the
 * clock. Personal contact data never ships: e-mail addresses are cut out of every text.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { DigitalPublicGood } from '../model.js';
import type { Issue } from '../issues.js';
import { DpgError } from '../errors.js';
import { redactEmails } from '../normalize/text.js';
import { DpgStore } from '../query/store.js';
import {
  FIRST_PAGE_FORMAT, FIRST_PAGE_SIZE, HOSTED_FILES, HOSTED_FORMAT, HOSTED_VERSION, INDEX_FORMAT, recordFileName, splitRecord,
  type HostedFirstPage, type HostedIndex, type HostedManifest,
} from './layout.js';

/** What the writer lays out. */
export interface HostedRegistryInput {
  records: readonly DigitalPublicGood[];
  issues: readonly Issue[];
  /** Date the data was taken, `YYYY-MM-DD`. */
  asOf: string;
  /** What the data was read from, shown by cards as their source. */
  source: string;
}

/** What was written. */
export interface HostedWriteResult {
  manifest: HostedManifest;
  /** Records in the index only, with no files of their own (their id is no safe file name). */
  indexOnly: Issue[];
  /** Every file written, relative to the folder, `/`-separated. */
  files: string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Cuts e-mail addresses out of every string of a JSON value. */
function scrub<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'string' ? redactEmails(v) : v)) as T;
}

/**
 * The first page of the unfiltered list, its total and the facets, as the SDK's own store
 * computes them from the index: the same answer a client gives once it has the index.
 */
export function firstPageOf(index: HostedIndex): HostedFirstPage {
  const store = new DpgStore(index.dpgs);
  const { items, total } = store.list({ sort: 'name', pageSize: FIRST_PAGE_SIZE });
  return {
    format: FIRST_PAGE_FORMAT,
    version: HOSTED_VERSION,
    asOf: index.asOf,
    source: index.source,
    sort: 'name',
    pageSize: FIRST_PAGE_SIZE,
    total,
    dpgs: items,
    facets: store.facets({}),
  };
}

/**
 * Writes `input` into `dir` as a hosted registry: `manifest.json`, `first.json`, `index.json`,
 * `dpgs/<id>.json` and `details/<id>.json`. The `dpgs/` and `details/` folders are emptied first, so a DPG that
 * left the registry leaves no file behind; nothing else in `dir` is touched.
 * Rejects with `invalid-data` for an `asOf` that is not `YYYY-MM-DD`.
 */
export async function writeHostedRegistry(dir: string, input: HostedRegistryInput): Promise<HostedWriteResult> {
  if (!ISO_DATE.test(input.asOf)) {
    throw new DpgError('invalid-data', `The as-of date must be written YYYY-MM-DD, not "${input.asOf}".`);
  }
  const root = resolve(dir);
  const inside = (path: string) => {
    const full = resolve(root, path);
    // recordFileName admits safe slugs only; this is the belt to its braces.
    if (!full.startsWith(root + sep)) throw new DpgError('invalid-data', `Refusing to write ${path} outside ${root}.`);
    return full;
  };
  const records = scrub([...input.records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  const issues = scrub([...input.issues]);
  const source = redactEmails(input.source);

  await mkdir(root, { recursive: true });
  for (const folder of [HOSTED_FILES.dpgs, HOSTED_FILES.details]) {
    await rm(inside(folder), { recursive: true, force: true });
    await mkdir(inside(folder), { recursive: true });
  }
  const files: string[] = [];
  const write = async (path: string, value: unknown) => {
    await writeFile(inside(path), JSON.stringify(value));
    files.push(path);
  };

  const slims: DigitalPublicGood[] = [];
  const indexOnly: Issue[] = [];
  for (const record of records) {
    const { slim, details } = splitRecord(record);
    slims.push(slim);
    const file = recordFileName(record.id);
    if (!file) {
      indexOnly.push({ recordId: record.id, field: 'id', problem: 'wrong-type', value: 'not a safe file name: the record is in index.json only' });
      continue;
    }
    await write(HOSTED_FILES.dpgs + file, slim);
    await write(HOSTED_FILES.details + file, details);
  }
  const index: HostedIndex = { format: INDEX_FORMAT, version: HOSTED_VERSION, asOf: input.asOf, source, dpgs: slims, issues: [...issues, ...indexOnly] };
  await write(HOSTED_FILES.index, index);
  await write(HOSTED_FILES.first, firstPageOf(index));
  const manifest: HostedManifest = {
    format: HOSTED_FORMAT,
    version: HOSTED_VERSION,
    asOf: input.asOf,
    source,
    counts: { dpgs: slims.length, issues: index.issues.length },
    files: HOSTED_FILES,
  };
  // The manifest last: a folder with a manifest is complete.
  await write(HOSTED_FILES.manifest, manifest);
  return { manifest, indexOnly, files: files.map((file) => file.split(sep).join('/')) };
}
