/**
 * What every record read from hostile data must be, checked one record at a time: known Issue
 * problems only, http(s) URLs without credentials, no e-mail address, no bidi or invisible
 * characters, well-formed text, real SDGs, types and countries.
 */
import assert from 'node:assert/strict';
import type { Issue, IssueProblem } from '../../packages/sdk/src/issues.js';
import type { DigitalPublicGood, Link, Pilot } from '../../packages/sdk/src/model.js';
import { isCountryCode } from '../../packages/sdk/src/normalize/country-codes.js';

const PROBLEMS: readonly IssueProblem[] = [
  'missing', 'wrong-type', 'empty', 'unsafe-url', 'invalid-url', 'unknown-country', 'unknown-license', 'invalid-sdg',
  'unknown-type', 'unknown-stage', 'duplicate-id', 'too-long', 'too-many', 'extra-url', 'not-joined', 'not-a-name', 'set-aside',
];
// An address on its own or behind `mailto:`; `user:pass@host` is a URL's user info (refused in links), not an address.
const EMAIL = /(?<![\w/:.%+-])[\w.%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+|mailto:[^\s]*@/i;
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const BIDI_OR_INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u200b\ufeff\u0000-\u0008]/;
const TYPES = new Set(['software', 'content', 'data', 'ai-model', 'standard']);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** True when a string holds no lone UTF-16 surrogate (String.prototype.isWellFormed, without the ES2024 lib). */
const wellFormed = (text: string) => !LONE_SURROGATE.test(text);

/** What every prototype a record or a query touches looks like before the run. */
export function prototypeSnapshot(): string {
  const protos = [Object.prototype, Array.prototype, String.prototype, Function.prototype, Map.prototype, Set.prototype];
  return JSON.stringify(protos.map((proto) => Reflect.ownKeys(proto).map(String).sort()));
}

/** Every string inside a value, with its path. */
function* strings(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], `${path}[${i}]`);
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* strings(item, `${path}.${key}`);
}

function assertHttpUrl(url: unknown, where: string): void {
  assert.equal(typeof url, 'string', `${where} is a string`);
  const parsed = new URL(url as string);
  assert.ok(parsed.protocol === 'http:' || parsed.protocol === 'https:', `${where} is http(s): ${String(url)}`);
  assert.ok(!/\s/.test(url as string), `${where} has no whitespace: ${JSON.stringify(url)}`);
}

/** Every URL a DPG record can hold. */
function urlsOf(dpg: DigitalPublicGood): Array<[string, string | undefined]> {
  const links = (list: Link[] | undefined, at: string) => (list ?? []).map((link, i): [string, string] => [`${at}[${i}]`, link.url]);
  return [
    ['website', dpg.website],
    ['registryUrl', dpg.registryUrl],
    ...dpg.licenses.map((l, i): [string, string | undefined] => [`licenses[${i}]`, l.url]),
    ...dpg.repositories.map((r, i): [string, string] => [`repositories[${i}]`, r.url]),
    ...dpg.organizations.map((o, i): [string, string | undefined] => [`organizations[${i}]`, o.website]),
    ...dpg.sdgs.flatMap((s, i) => links(s.links, `sdgs[${i}].links`)),
    ...Object.entries(dpg.indicators ?? {}).flatMap(([key, indicator]) => links(indicator?.links, `indicators.${key}.links`)),
  ];
}

/** A read record is a clean model record: safe links, real codes, bounded, plain text. */
export function assertCleanDpg(dpg: DigitalPublicGood): void {
  const at = `record ${dpg.id}`;
  assert.match(dpg.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${at}: id is a slug`);
  assert.ok(dpg.name.length > 0 && dpg.name.length <= 200, `${at}: name length ${dpg.name.length}`);
  assert.ok(!BIDI_OR_INVISIBLE.test(dpg.name), `${at}: name has no bidi or invisible characters`);
  assert.ok(dpg.description.length <= 20_000, `${at}: description length ${dpg.description.length}`);
  for (const [where, url] of urlsOf(dpg)) if (url !== undefined) assertHttpUrl(url, `${at} ${where}`);
  for (const { goal } of dpg.sdgs) assert.ok(Number.isInteger(goal) && goal >= 1 && goal <= 17, `${at}: SDG ${goal}`);
  assert.equal(new Set(dpg.sdgs.map((s) => s.goal)).size, dpg.sdgs.length, `${at}: SDGs distinct`);
  for (const code of [...dpg.countries.deployment, ...dpg.countries.development]) assert.ok(isCountryCode(code), `${at}: country ${code}`);
  for (const type of dpg.types) assert.ok(TYPES.has(type), `${at}: type ${type}`);
  assert.ok(dpg.stage === 'dpg' || dpg.stage === 'nominee', `${at}: stage`);
  for (const list of [dpg.aliases, dpg.sectors, dpg.repositories, dpg.organizations, dpg.licenses]) assert.ok(list.length <= 300, `${at}: list within 300`);
  for (const [path, text] of strings(dpg)) {
    assert.ok(wellFormed(text), `${at}${path}: well-formed UTF-16`);
    assert.ok(!EMAIL.test(text), `${at}${path}: no e-mail address in ${JSON.stringify(text.slice(0, 80))}`);
  }
  assert.ok(Object.getPrototypeOf(dpg) === Object.prototype, `${at}: a plain object`);
  assert.ok(!Object.hasOwn(dpg, '__proto__') && !Object.hasOwn(dpg, 'constructor') && !Object.hasOwn(dpg, 'prototype'), `${at}: no data keys from the source`);
}

export function assertCleanPilot(pilot: Pilot): void {
  for (const link of pilot.links) assertHttpUrl(link.url, `pilot ${pilot.id} link`);
  for (const code of pilot.countries) assert.ok(isCountryCode(code), `pilot ${pilot.id}: country ${code}`);
  for (const [path, text] of strings(pilot)) {
    assert.ok(wellFormed(text), `pilot ${pilot.id}${path}: well-formed`);
    assert.ok(!EMAIL.test(text), `pilot ${pilot.id}${path}: no e-mail address`);
    if (!path.startsWith('.summary') && !path.startsWith('.note')) assert.ok(!BIDI_OR_INVISIBLE.test(text) && !text.includes('\n'), `pilot ${pilot.id}${path}: one clean line`);
  }
}

/** An Issue is small, serialisable and names a known problem. */
export function assertCleanIssue(issue: Issue): void {
  assert.ok(PROBLEMS.includes(issue.problem), `known problem ${issue.problem}`);
  assert.equal(typeof issue.field, 'string');
  const kept = JSON.stringify(issue.value) ?? '';
  assert.ok(kept.length <= 1000, `issue value is short (${kept.length} characters) at ${issue.field}`);
  if (typeof issue.value === 'string') assert.ok(!EMAIL.test(issue.value), `issue value keeps no e-mail address: ${issue.value.slice(0, 80)}`);
}

/** Index of the input record a set-aside Issue is about (`[3].name`, `dpgs[3]`, `[3]`). */
export function setAsideIndex(issue: Issue): number {
  const match = /^(?:dpgs)?\[(\d+)\]/.exec(issue.field);
  assert.ok(match, `a set-aside issue names its record: ${issue.field}`);
  return Number(match[1]);
}
