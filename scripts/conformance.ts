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
import { adaptLegacy } from '../packages/sdk/src/adapters/legacy.js';
import { adaptNormalized, createNormalizedDocument } from '../packages/sdk/src/adapters/normalized.js';
import { field, readCountries } from '../packages/sdk/src/adapters/read.js';
import type { AdapterResult } from '../packages/sdk/src/adapters/result.js';
import { type Issue, IssueLog } from '../packages/sdk/src/issues.js';
import type { DigitalPublicGood } from '../packages/sdk/src/model.js';
import { checkHostedSnapshots } from './conformance-hosted.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(root, '..', 'shared', 'data', 'dpg-registry');
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
check('legacy: all 166 screenings joined or reported', screenings.length === 166 && joined + notJoined === 166, `${joined} + ${notJoined}`);

const sample = asArray(load('app-api-sample.json'));
report('app-api-sample.json', sample.length, sample, run(() => adaptAppApi(sample)));
check('app-api-sample: 40 records in', sample.length === 40);

const latest = asArray(load('app-api-2026.json'));
const latestResult = run(() => adaptAppApi(latest));
report('app-api-2026.json', latest.length, latest, latestResult);
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
