/**
 * dpg-kit's own normalised JSON: what `npm run snapshot` writes and what a partner may host.
 *
 * ```json
 * { "format": "dpg-kit/registry", "version": 1, "source": "…", "asOf": "2026-07-13",
 *   "dpgs": [DigitalPublicGood, …] }
 * ```
 * It is read as untrusted as any other source (a partner hosts it): every field goes through
 * the same readers and normalisers; a kind, a country code or a URL is never taken on trust.
 */
import { type Issue, IssueLog } from '../issues.js';
import type { DigitalPublicGood, Indicator, IndicatorKey, Link, SdgEntry, SdgNumber } from '../model.js';
import { parseLicense } from '../normalize/licenses.js';
import { parseSdg } from '../normalize/sdgs.js';
import { isSlug, slugify } from '../normalize/slug.js';
import { collectIndicators } from './indicator.js';
import {
  arrayItems, field, isObject, mergeSdg, note, readCountries, readLabel, readLabels, readLicense, readName,
  readOrganizations, readRepositories, readStage, readText, readTypes, readUrl, type RawObject,
} from './read.js';
import { type AdapterResult, guarded, IdClaims, keptValue, unreadable } from './result.js';

/** The `format` tag of dpg-kit's normalised JSON. */
export const NORMALIZED_FORMAT = 'dpg-kit/registry';

/** dpg-kit's normalised registry file, version 1. */
export interface NormalizedDocument {
  format: typeof NORMALIZED_FORMAT;
  version: 1;
  /** Where the records were read from (a URL or a description). */
  source: string;
  /** When the source data was taken, ISO 8601 (date or date-time). */
  asOf: string;
  dpgs: DigitalPublicGood[];
}

/** Wraps records as a normalised document, for writing a snapshot or a partner's file. */
export function createNormalizedDocument(dpgs: DigitalPublicGood[], source: string, asOf: string): NormalizedDocument {
  return { format: NORMALIZED_FORMAT, version: 1, source, asOf, dpgs };
}

const INDICATOR_KEYS: readonly IndicatorKey[] = ['ownership', 'license', 'platformIndependence', 'documentation', 'nonPII', 'privacy', 'standards', 'doNoHarm'];
const REGISTRY_ID = /^[\w.-]{1,40}$/;
const ISO_DATE = /^\d{4}-\d{2}(?:-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?$/;

/** `[{ url, label }]` as written by dpg-kit; each URL re-checked. */
function readLinkList(value: unknown, log: IssueLog, path: string): Link[] {
  const links: Link[] = [];
  for (const [item, i] of arrayItems(value, log, path)) {
    const url = readUrl(isObject(item) ? field(item, 'url') : item, log, `${path}[${i}].url`);
    if (url === undefined || links.some((link) => link.url === url)) continue;
    const label = isObject(item) ? readLabel(field(item, 'label'), log, `${path}[${i}].label`) : undefined;
    links.push(label === undefined ? { url } : { url, label });
  }
  return links;
}

function readSdgs(value: unknown, log: IssueLog): SdgEntry[] {
  const byGoal = new Map<SdgNumber, SdgEntry>();
  for (const [item, i] of arrayItems(value, log, 'sdgs')) {
    const raw = isObject(item) ? field(item, 'goal') : item;
    const goal = parseSdg(raw);
    if (goal === null) note(log, `sdgs[${i}].goal`, 'invalid-sdg', raw);
    else mergeSdg(byGoal, goal, readText(field(item, 'evidence'), log, `sdgs[${i}].evidence`), readLinkList(field(item, 'links'), log, `sdgs[${i}].links`));
  }
  return [...byGoal.values()].sort((a, b) => a.goal - b.goal);
}

function readIndicators(value: unknown, log: IssueLog): Partial<Record<IndicatorKey, Indicator>> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    note(log, 'indicators', 'wrong-type', value);
    return undefined;
  }
  // Only the Standard's keys are looked up: keys from the data are never iterated or written.
  return collectIndicators(INDICATOR_KEYS.map((key): [IndicatorKey, Indicator | undefined] => {
    const raw = field(value, key);
    if (raw === undefined || raw === null) return [key, undefined];
    if (!isObject(raw)) {
      note(log, `indicators.${key}`, 'wrong-type', raw);
      return [key, undefined];
    }
    const met = field(raw, 'met');
    if (met !== undefined && met !== null && typeof met !== 'boolean') note(log, `indicators.${key}.met`, 'wrong-type', met);
    const indicator: Indicator = { met: typeof met === 'boolean' ? met : null, links: readLinkList(field(raw, 'links'), log, `indicators.${key}.links`) };
    const evidence = readText(field(raw, 'evidence'), log, `indicators.${key}.evidence`);
    if (evidence !== undefined) indicator.evidence = evidence;
    return [key, indicator];
  }));
}

function readRecord(item: unknown, i: number, claims: IdClaims, issues: Issue[]): DigitalPublicGood | undefined {
  if (!isObject(item)) {
    issues.push({ recordId: null, field: `dpgs[${i}]`, problem: 'set-aside', value: item === null ? null : typeof item });
    return undefined;
  }
  const early = new IssueLog(null);
  const name = readName(field(item, 'name'), early);
  const rawId = field(item, 'id');
  const slug = typeof rawId === 'string' && isSlug(rawId) ? rawId : name === undefined ? '' : slugify(name);
  if (name === undefined || slug === '') {
    issues.push({ recordId: typeof rawId === 'string' && isSlug(rawId) ? rawId : null, field: `dpgs[${i}].${name === undefined ? 'name' : 'id'}`, problem: 'set-aside', value: name ?? null });
    return undefined;
  }
  const { id, duplicate } = claims.claim(slug);
  const log = new IssueLog(id);
  if (rawId !== slug) note(log, 'id', rawId === undefined ? 'missing' : 'wrong-type', rawId);
  if (duplicate) note(log, 'id', 'duplicate-id', slug);

  const licenses = arrayItems(field(item, 'licenses'), log, 'licenses').flatMap(([entry, n]) => {
    const spdx = field(entry, 'spdx');
    const name = field(entry, 'name');
    // The SPDX id when it is a known one, else the licence as the source wrote it.
    const known = typeof spdx === 'string' && parseLicense(spdx).spdx !== null;
    const license = readLicense(known ? spdx : (name ?? spdx), field(entry, 'url'), log, `licenses[${n}]`, known ? 'spdx' : 'name', 'url');
    const label = known ? readLabel(name, log, `licenses[${n}].name`) : undefined;
    if (license !== undefined && label !== undefined) license.name = label;
    const links = field(entry, 'links') === undefined ? [] : readLinkList(field(entry, 'links'), log, `licenses[${n}].links`);
    if (license !== undefined && links.length > 1) license.links = links;
    return license === undefined ? [] : [license];
  });
  const countries = field(item, 'countries');
  const record: DigitalPublicGood = {
    id,
    name,
    aliases: readLabels(field(item, 'aliases'), log, 'aliases'),
    description: readText(field(item, 'description'), log, 'description', true) ?? '',
    types: readTypes(field(item, 'types'), log, 'types'),
    licenses,
    sdgs: readSdgs(field(item, 'sdgs'), log),
    sectors: readLabels(field(item, 'sectors'), log, 'sectors'),
    repositories: readRepositories(field(item, 'repositories'), log, 'repositories'),
    organizations: readOrganizations(field(item, 'organizations'), log, 'organizations'),
    stage: readStage(field(item, 'stage'), log, 'stage', 'nominee'),
    countries: {
      deployment: readCountries(field(countries, 'deployment'), log, 'countries.deployment'),
      development: readCountries(field(countries, 'development'), log, 'countries.development'),
    },
  };
  const registryId = field(item, 'registryId');
  if (typeof registryId === 'string' && REGISTRY_ID.test(registryId)) record.registryId = registryId;
  else if (registryId !== undefined) note(log, 'registryId', 'wrong-type', registryId);
  const website = readUrl(field(item, 'website'), log, 'website');
  if (website !== undefined) record.website = website;
  const registryUrl = readUrl(field(item, 'registryUrl'), log, 'registryUrl');
  if (registryUrl !== undefined) record.registryUrl = registryUrl;
  const dpgId = field(item, 'dpgId');
  if (typeof dpgId === 'string' && REGISTRY_ID.test(dpgId)) record.dpgId = dpgId;
  else if (dpgId !== undefined) note(log, 'dpgId', 'wrong-type', dpgId);
  const deployedWith = field(item, 'deploymentOrganizations') === undefined ? [] : readLabels(field(item, 'deploymentOrganizations'), log, 'deploymentOrganizations');
  if (deployedWith.length > 0) record.deploymentOrganizations = deployedWith;
  const awards = readText(field(item, 'awards'), log, 'awards');
  if (awards !== undefined) record.awards = awards;
  const indicators = readIndicators(field(item, 'indicators'), log);
  if (indicators !== undefined) record.indicators = indicators;
  issues.push(...log.issues);
  return record;
}

function readHeader(doc: RawObject, name: 'source' | 'asOf', issues: Issue[]): string | undefined {
  const value = field(doc, name);
  if (typeof value === 'string' && value.length <= 500 && (name !== 'asOf' || ISO_DATE.test(value))) return value;
  issues.push({ recordId: null, field: name, problem: value === undefined ? 'missing' : 'wrong-type', value: keptValue(value ?? null) });
  return undefined;
}

/**
 * True for a page of DPGs as the SDK's `list()` returns it and `dpg-kit dpgs --json` prints
 * it: `{ items: [...], total, page, pageSize, pages, meta: { source, asOf? } }`.
 */
export function isDpgPage(raw: unknown): raw is RawObject {
  return isObject(raw) && Array.isArray(field(raw, 'items')) && typeof field(raw, 'total') === 'number' && isObject(field(raw, 'meta'));
}

/** A page of DPGs (see {@link isDpgPage}) read as a normalised document: its items are the records. */
function pageAsDocument(page: RawObject): RawObject {
  const meta = field(page, 'meta');
  const asOf = field(meta, 'asOf');
  return { format: NORMALIZED_FORMAT, version: 1, source: field(meta, 'source') ?? 'a page of dpg-kit results', ...(asOf === undefined ? {} : { asOf }), dpgs: field(page, 'items') };
}

/**
 * Reads dpg-kit's normalised JSON (or a page of results, see {@link isDpgPage}). A document that is not `format: "dpg-kit/registry"`,
 * `version: 1` yields no records and one issue. Never throws.
 */
export function adaptNormalized(input: unknown): AdapterResult {
  const page = isDpgPage(input);
  const raw = page ? pageAsDocument(input) : input;
  if (!isObject(raw) || field(raw, 'format') !== NORMALIZED_FORMAT) return unreadable(raw, 'format');
  if (field(raw, 'version') !== 1) return unreadable(field(raw, 'version'), 'version');
  const dpgs = field(raw, 'dpgs');
  if (!Array.isArray(dpgs)) return unreadable(dpgs, 'dpgs');
  const issues: Issue[] = [];
  const claims = new IdClaims();
  const records: DigitalPublicGood[] = [];
  dpgs.forEach((item: unknown, i) => {
    guarded(i, issues, () => {
      const record = readRecord(item, i, claims, issues);
      if (record !== undefined) records.push(record);
    });
  });
  const result: AdapterResult = { records, issues };
  const source = readHeader(raw, 'source', issues);
  // A page from a source with no date has none to carry: that is no problem of the page.
  const asOf = page && field(raw, 'asOf') === undefined ? undefined : readHeader(raw, 'asOf', issues);
  if (source !== undefined) result.source = source;
  if (asOf !== undefined) result.asOf = asOf;
  return result;
}
