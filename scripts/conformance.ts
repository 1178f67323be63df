/**
 * Conformance: reads every real registry file in ../shared/data/dpg-registry through the
 * adapters and checks that nothing is lost, nothing crashes and the normalisers cover the data.
 * Prints per file what was read, set aside and reported, then `N passed, N failed`; exits 1 on
 * any failure. Without ../shared (a clone elsewhere) it says so and exits 0.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { adaptAppApi } from '../packages/sdk/src/adapters/app-api.js';
import { adaptAny } from '../packages/sdk/src/adapters/detect.js';
import { adaptLegacy } from '../packages/sdk/src/adapters/legacy.js';
import { adaptNormalized, createNormalizedDocument } from '../packages/sdk/src/adapters/normalized.js';
import { field, readCountries } from '../packages/sdk/src/adapters/read.js';
import type { AdapterResult } from '../packages/sdk/src/adapters/result.js';
import { type Issue, IssueLog } from '../packages/sdk/src/issues.js';
import type { DigitalPublicGood } from '../packages/sdk/src/model.js';
import { countryCounts, deploymentCount } from '../packages/sdk/src/country-count.js';
import { isDpgError } from '../packages/sdk/src/errors.js';
import { accountUrls, deploymentOrganizations, otherDeploymentOrganizations, placeholderAliases, repeatedTooLong } from './conformance-data.js';
import { checkHostedSnapshots } from './conformance-hosted.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// DPG_REGISTRY_DATA points elsewhere, for a checkout that is not next to ../shared.
const dataDir = process.env.DPG_REGISTRY_DATA ?? resolve(root, '..', 'shared', 'data', 'dpg-registry');
if (!existsSync(dataDir)) {
  console.log(`skipped: ../shared not found (looked for ${dataDir})`);
  process.exit(0);
}

let passed = 0;
let failed = 0;
function check(name: string, ok: boolean, detail = ''): void {
  if (ok) passed++;
  else failed++;
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
}

const load = (file: string): unknown => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const pct = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(2)}%`);
const EMAIL = /[\w.%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/i;

let crashes = 0;
function run(read: () => AdapterResult): AdapterResult {
  try {
    const result = read();
    crashes += result.issues.filter((issue) => String(issue.value).startsWith('unreadable record')).length;
    return result;
  } catch (error) {
    crashes++;
    console.log(`  adapter threw: ${String(error)}`);
    return { records: [], issues: [] };
  }
}

/** Country strings in `locations` of raw records, read with the adapters' own reader. */
function countryCoverage(raw: unknown[]): { total: number; unresolved: Map<string, number> } {
  let total = 0;
  const unresolved = new Map<string, number>();
  for (const record of raw) {
    const locations = field(record, 'locations');
    for (const key of ['deploymentCountries', 'developmentCountries']) {
      const values = asArray(field(locations, key)).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
      total += values.length;
      const log = new IssueLog(null);
      readCountries(values, log, key);
      for (const issue of log.issues) unresolved.set(String(issue.value), (unresolved.get(String(issue.value)) ?? 0) + 1);
    }
  }
  return { total, unresolved };
}

function linksKept(records: DigitalPublicGood[]): number {
  let kept = 0;
  for (const r of records) {
    kept += (r.website ? 1 : 0) + r.repositories.length + r.organizations.filter((o) => o.website).length;
    kept += r.licenses.filter((l) => l.url).length + r.sdgs.reduce((n, s) => n + (s.links?.length ?? 0), 0);
    kept += Object.values(r.indicators ?? {}).reduce((n, indicator) => n + indicator.links.length, 0);
  }
  return kept;
}

/** Every string under a `url`, `website` or `registryUrl` key is an http(s) URL. */
function allUrlsSafe(value: unknown, key = ''): boolean {
  if (typeof value === 'string') return !['url', 'website', 'registryUrl'].includes(key) || /^https?:\/\//.test(value);
  if (Array.isArray(value)) return value.every((item) => allUrlsSafe(item, key));
  if (value !== null && typeof value === 'object') return Object.entries(value).every(([k, v]) => allUrlsSafe(v, k));
  return true;
}

function printIssues(issues: Issue[]): void {
  const byKey = new Map<string, number>();
  for (const issue of issues) {
    const key = `${issue.problem.padEnd(16)} ${issue.field.replace(/\[\d+\]/g, '[]')}`;
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
  }
  const byProblem = new Map<string, number>();
  for (const issue of issues) byProblem.set(issue.problem, (byProblem.get(issue.problem) ?? 0) + 1);
  console.log(`  issues: ${issues.length} — by problem: ${[...byProblem].map(([p, n]) => `${p} ${n}`).join(', ') || 'none'}`);
  for (const [key, n] of [...byKey].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`    ${String(n).padStart(4)}  ${key}`);
}

function report(label: string, inputCount: number, rawForCountries: unknown[], result: AdapterResult): void {
  const setAside = result.issues.filter((issue) => issue.problem === 'set-aside').length;
  console.log(`\n${label}`);
  console.log(`  records: ${inputCount} in, ${result.records.length} read, ${setAside} set aside`);
  printIssues(result.issues);
  const { total, unresolved } = countryCoverage(rawForCountries);
  const missed = [...unresolved.values()].reduce((a, b) => a + b, 0);
  console.log(`  countries: ${total - missed}/${total} strings resolved to ISO (${pct(total - missed, total)})${missed ? `; unresolved: ${[...unresolved].map(([v, n]) => `${JSON.stringify(v)}×${n}`).join(', ')}` : ''}`);
  const rejected = result.issues.filter((issue) => issue.problem === 'invalid-url' || issue.problem === 'unsafe-url').length;
  const kept = linksKept(result.records);
  console.log(`  URLs: ${kept} kept, ${rejected} refused (${pct(kept, kept + rejected)} kept)`);

  check(`${label}: every record read or set aside`, result.records.length + setAside === inputCount, `${result.records.length} + ${setAside} of ${inputCount}`);
  check(`${label}: country strings resolved ≥ 99%`, total === 0 || (total - missed) / total >= 0.99, pct(total - missed, total));
  check(`${label}: ids unique`, new Set(result.records.map((r) => r.id)).size === result.records.length);
  check(`${label}: no e-mail address kept`, !EMAIL.test(JSON.stringify(result.records)) && !EMAIL.test(JSON.stringify(result.issues)));
  check(`${label}: every URL is http(s)`, allUrlsSafe(result.records));
  const again = run(() => adaptNormalized(JSON.parse(JSON.stringify(createNormalizedDocument(result.records, label, '2026-01-01')))));
  // Re-reading may only repeat what the first reading said (an unknown licence stays unknown).
  const said = new Set(result.issues.map((issue) => `${issue.recordId} ${issue.problem} ${String(issue.value)}`));
  const news = again.issues.filter((issue) => !said.has(`${issue.recordId} ${issue.problem} ${String(issue.value)}`));
  check(`${label}: dpg-kit JSON round trip is lossless`, isDeepStrictEqual(again.records, result.records) && news.length === 0, `${news.length} new issues`);
}

const dpgs = asArray(load('dpgs.json'));
const nominees = asArray(load('nominees.json'));
const screenings = asArray(load('dpg-screenings.json'));
const legacy = run(() => adaptLegacy([...dpgs, ...nominees], screenings));
report('dpgs.json + nominees.json (+ dpg-screenings.json)', dpgs.length + nominees.length, screenings, legacy);
const notJoined = legacy.issues.filter((issue) => issue.problem === 'not-joined').length;
const joined = screenings.length - notJoined - legacy.issues.filter((issue) => issue.field.startsWith('screenings[')).length;
console.log(`  screenings: ${screenings.length} in, ${joined} joined, ${notJoined} not joined`);
check('legacy: 165 DPGs and 63 nominees', legacy.records.filter((r) => r.stage === 'dpg').length === 165 && legacy.records.filter((r) => r.stage === 'nominee').length === 63);
check('legacy: no placeholder ("None", "N/A") kept as an alias', placeholderAliases(legacy.records).length === 0);
check('legacy: at most one too-long issue per field', repeatedTooLong(legacy).length === 0);
check('legacy: all 166 screenings joined or reported', screenings.length === 166 && joined + notJoined === 166, `${joined} + ${notJoined}`);

/** What an app-API dump must say honestly: every URL kept or reported, organisations whole, no placeholder alias. */
function honesty(label: string, raw: unknown[], result: AdapterResult): void {
  const urls = accountUrls(raw, result);
  console.log(`  URL fields: ${urls.written} URLs written (${urls.recordsWithSeveral} records with several in one field): ${urls.kept} kept, ${urls.reported} reported, ${urls.lost} lost`);
  check(`${label}: every URL of a URL field kept or reported`, urls.lost === 0 && urls.kept + urls.reported === urls.written, `${urls.lost} lost in ${urls.recordsLosing} records`);
  const orgs = deploymentOrganizations(raw, result.records);
  console.log(`  deployment organisations: ${orgs.records} records name some (${orgs.rawRecords} in the raw data)`);
  check(`${label}: deployment organisations read, none left in pieces`, orgs.records === orgs.rawRecords && orgs.pieces.length === 0, orgs.pieces.slice(0, 3).join('; '));
  const others = otherDeploymentOrganizations(raw, result);
  console.log(`  other deployment organisations: ${others.answered} records answer; ${others.names} names kept in all, ${others.notNames} pieces reported as not-a-name`);
  check(`${label}: every other-deployment-organisations answer read as names or reported`, result.records.length === raw.length && others.unaccounted === 0, `${others.unaccounted} unaccounted`);
  check(`${label}: no deployment organisation is a link or a sentence`, others.sentences.length === 0, others.sentences.slice(0, 3).join('; '));
  const placeholders = placeholderAliases(result.records);
  check(`${label}: no placeholder ("None", "N/A") kept as an alias`, placeholders.length === 0, placeholders.join(', '));
  const repeated = repeatedTooLong(result);
  check(`${label}: at most one too-long issue per field`, repeated.length === 0, repeated.slice(0, 3).join('; '));
  // Answers that there is no award ("No", "Not yet") are no award to show.
  const noAward = new Set(['', 'na', 'n/a', 'no', 'no.', 'none', 'not yet']);
  const awards = raw.filter((item) => [field(item, 'awardsReceived'), ...asArray(field(item, 'awardsReceived'))].some((text) => typeof text === 'string' && !noAward.has(text.trim().toLowerCase()))).length;
  const read = result.records.filter((record) => record.awards !== undefined).length;
  check(`${label}: awards read wherever the registry states them`, read === awards, `${read} of ${awards}`);
}

const sample = asArray(load('app-api-sample.json'));
const sampleResult = run(() => adaptAppApi(sample));
report('app-api-sample.json', sample.length, sample, sampleResult);
honesty('app-api-sample', sample, sampleResult);
check('app-api-sample: 40 records in', sample.length === 40);

const latest = asArray(load('app-api-2026.json'));
const latestResult = run(() => adaptAppApi(latest));
report('app-api-2026.json', latest.length, latest, latestResult);
honesty('app-api-2026', latest, latestResult);
const unstated = latestResult.records.filter((record) => deploymentCount(record) === null).length;
console.log(`  deployment countries: ${latestResult.records.length - unstated} records state some, ${unstated} state none (shown as not stated, never 0)`);
check('app-api-2026: 60 DPGs state no deployment country', unstated === 60, String(unstated));
const dhis2 = latestResult.records.find((record) => record.id === 'dhis2');
check('app-api-2026: DHIS2 deployed in 88 countries, developed in 2', dhis2 !== undefined && isDeepStrictEqual(countryCounts(dhis2), { deployment: 88, development: 2 }), JSON.stringify(dhis2 && countryCounts(dhis2)));
check('app-api-2026: the registry DPG id read for every record', latestResult.records.every((record) => /^GID\d+$/.test(record.dpgId ?? '')));
let refusal = '';
try {
  adaptAny(screenings);
} catch (error) {
  refusal = isDpgError(error, 'invalid-data') ? error.message : '';
}
check('a screening file alone is refused as invalid-data, naming what was found', /found an array of 166 items/.test(refusal));
check('app-api-2026: 245 records read', latestResult.records.length === 245, String(latestResult.records.length));
check('app-api-2026: no HTML entity left in any text', !/&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(JSON.stringify(latestResult.records)));

console.log('');
check('zero crashes', crashes === 0, `${crashes}`);

// Speed, for information: timings on a shared machine vary too much to be a check.
const many = Array.from({ length: Math.ceil(10_000 / latest.length) }, () => latest).flat().slice(0, 10_000);
const start = process.cpuUsage();
adaptAppApi(many);
const used = process.cpuUsage(start);
const megabytes = Buffer.byteLength(JSON.stringify(many)) / 1e6;
console.log(`  timing: ${many.length} app-api-2026 records (${megabytes.toFixed(0)} MB) in ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`);

await checkHostedSnapshots(dataDir, check);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
