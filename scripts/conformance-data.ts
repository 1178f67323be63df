/**
 * Real-data checks of what the adapters keep: every URL of a URL field is kept or reported,
 * deployment organisations come out whole (and free-text ones as names or not-a-name issues), placeholders are no aliases, and each count the
 * cards show is the one the registry states. Used by `scripts/conformance.ts`.
 */
import { field } from '../packages/sdk/src/adapters/read.js';
import type { AdapterResult } from '../packages/sdk/src/adapters/result.js';
import type { DigitalPublicGood } from '../packages/sdk/src/model.js';
import { isPlaceholder } from '../packages/sdk/src/normalize/text.js';
import { readOtherDeploymentOrganizations } from '../packages/sdk/src/adapters/deployment-others.js';
import { IssueLog } from '../packages/sdk/src/issues.js';
import { parseLinks } from '../packages/sdk/src/normalize/url.js';

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

/** The URLs a raw app-API record writes in its URL fields (website, repositories, licence evidence, organisation websites). */
export function rawUrls(record: unknown): Set<string> {
  const texts: unknown[] = [
    field(record, 'website'),
    ...list(field(record, 'repositories')).map((repo) => (typeof repo === 'string' ? repo : field(repo, 'url'))),
    ...list(field(record, 'openlicenses')).map((license) => field(license, 'openLicenseEvidenceURLs')),
    ...list(field(record, 'organizations')).map((org) => field(org, 'website')),
  ];
  const urls = new Set<string>();
  for (const text of texts.flatMap(list)) {
    if (typeof text === 'string') for (const link of parseLinks(text).links) urls.add(link.url);
  }
  return urls;
}

/** Every URL a normalised record holds, anywhere. */
function keptUrls(record: DigitalPublicGood): Set<string> {
  const urls = new Set<string>();
  JSON.stringify(record, (key, value: unknown) => {
    if ((key === 'url' || key === 'website') && typeof value === 'string') urls.add(value);
    return value;
  });
  return urls;
}

/** How the URLs of raw app-API records fared: kept in the record, reported as an issue, or lost. */
export interface UrlAccount {
  written: number;
  kept: number;
  reported: number;
  lost: number;
  recordsLosing: number;
  /** Records with a field holding more than one URL. */
  recordsWithSeveral: number;
}

/** Accounts for every URL of every raw record (matched to its record by registry id). */
export function accountUrls(raw: unknown[], result: AdapterResult): UrlAccount {
  const byRegistryId = new Map(result.records.map((record) => [record.registryId, record]));
  const reportedBy = new Map<string | null, Set<string>>();
  for (const issue of result.issues) {
    if (typeof issue.value !== 'string') continue;
    const set = reportedBy.get(issue.recordId) ?? new Set<string>();
    for (const link of parseLinks(issue.value).links) set.add(link.url);
    reportedBy.set(issue.recordId, set);
  }
  const account: UrlAccount = { written: 0, kept: 0, reported: 0, lost: 0, recordsLosing: 0, recordsWithSeveral: 0 };
  for (const item of raw) {
    const urls = rawUrls(item);
    const record = byRegistryId.get(String(field(item, 'id')));
    if (record === undefined) continue;
    const kept = keptUrls(record);
    const reported = reportedBy.get(record.id) ?? new Set<string>();
    let lost = 0;
    for (const url of urls) {
      account.written++;
      if (kept.has(url)) account.kept++;
      else if (reported.has(url)) account.reported++;
      else lost++;
    }
    account.lost += lost;
    if (lost > 0) account.recordsLosing++;
    const several = [field(item, 'website'), ...list(field(item, 'repositories')).map((repo) => field(repo, 'url')), ...list(field(item, 'openlicenses')).map((l) => field(l, 'openLicenseEvidenceURLs'))];
    if (several.some((text) => typeof text === 'string' && parseLinks(text).links.length > 1)) account.recordsWithSeveral++;
  }
  return account;
}

/** Pieces of organisation names that the registry's splitting leaves (see adapters/deployment.ts). */
const NAME_PIECES = [/^United Nations International Children$/, /^United Nations Educational$/, /^Scientific and Cultural Organization/, /^Gavi The/];

/** Deployment organisations: how many records name some in the raw data and in the records, and any name left in pieces. */
export function deploymentOrganizations(raw: unknown[], records: DigitalPublicGood[]): { rawRecords: number; records: number; pieces: string[] } {
  const listed = (item: unknown) => list(field(item, 'deploymentOrganisations')).some((name) => typeof name === 'string' && name.trim() !== '' && !name.trim().endsWith(':'));
  const named = (item: unknown) => listed(item) || namesOthers(item);
  const names = records.flatMap((record) => record.deploymentOrganizations ?? []);
  return {
    rawRecords: raw.filter(named).length,
    records: records.filter((record) => (record.deploymentOrganizations?.length ?? 0) > 0).length,
    pieces: names.filter((name) => NAME_PIECES.some((piece) => piece.test(name))),
  };
}

/** Aliases that only stand in for "none". */
export function placeholderAliases(records: DigitalPublicGood[]): string[] {
  return records.flatMap((record) => record.aliases.filter((alias) => isPlaceholder(alias)));
}

/** Fields that got more than one `too-long` issue for one record. */
export function repeatedTooLong(result: AdapterResult): string[] {
  const seen = new Map<string, number>();
  for (const issue of result.issues) {
    if (issue.problem !== 'too-long') continue;
    const key = `${issue.recordId} ${issue.field.replace(/\[\d+\]$/, '')}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([key]) => key);
}

const saysSomething = (item: unknown): boolean => list(field(item, 'otherDeploymentOrganisations')).some((text) => typeof text === 'string' && text.trim() !== '');

/** True when a raw record's other deployment organisations hold at least one name, read as the adapter reads them. */
function namesOthers(item: unknown): boolean {
  return saysSomething(item) && readOtherDeploymentOrganizations(field(item, 'otherDeploymentOrganisations'), new IssueLog(null), 'o') !== undefined;
}

// What a kept name must not look like: a link, a count, a sentence's verb.
const NOT_A_NAME = /https?:\/\/|www\.|\d\+|\b(?:is|are|we|our|used|using)\b/i;

/**
 * The registry's other deployment organisations: every record whose answer says something has
 * deployment organisations or an issue on that field (nothing dropped unsaid), and no kept name
 * looks like a link or a sentence. Records and raw items are matched by position, so this
 * needs every record read (the conformance checks that first).
 */
export function otherDeploymentOrganizations(raw: unknown[], result: AdapterResult): { answered: number; unaccounted: number; names: number; notNames: number; sentences: string[] } {
  const issued = new Set(result.issues.filter((issue) => issue.field.startsWith('otherDeploymentOrganisations')).map((issue) => issue.recordId));
  let answered = 0;
  let unaccounted = 0;
  raw.forEach((item, i) => {
    if (!saysSomething(item)) return;
    answered++;
    const record = result.records[i];
    if (record === undefined || ((record.deploymentOrganizations?.length ?? 0) === 0 && !issued.has(record.id))) unaccounted++;
  });
  const names = result.records.flatMap((record) => record.deploymentOrganizations ?? []);
  return {
    answered,
    unaccounted,
    names: names.length,
    notNames: result.issues.filter((issue) => issue.problem === 'not-a-name').length,
    sentences: names.filter((name) => NOT_A_NAME.test(name)),
  };
}
