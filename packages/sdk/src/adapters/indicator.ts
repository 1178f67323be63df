/**
 * DPG Standard indicators, built the same way whatever the source's shape: a verdict, the
 * source's own words as plain text, and the links in them.
 */
import type { IssueLog } from '../issues.js';
import type { Indicator, IndicatorKey, License, Link } from '../model.js';
import { findLinks } from '../normalize/url.js';
import { LIMITS, note, readLinks, readText } from './read.js';

/** A field of the source by its path, e.g. `['NonPII.nonPIIAccessMechanism', value]`. */
export type SourceField = readonly [path: string, value: unknown];

/** What a source says about one indicator, before cleaning. */
export interface IndicatorInput {
  met: boolean | null;
  /** Text answers; URLs in them become links too. */
  texts?: readonly SourceField[];
  /**
   * Fields meant to hold URLs. Registry users write prose into them as well ("Copyright (C)
   * … https://…"), so prose there is evidence; a lone token that is not a safe URL
   * (`javascript:…`) is reported.
   */
  urls?: readonly SourceField[];
}

const WHITESPACE = /\s/;

function addLinks(links: Link[], found: readonly Link[]): void {
  for (const link of found) if (!links.some((known) => known.url === link.url)) links.push(link);
}

/** Reads one answer into `links` and `evidence`. */
function readAnswer(log: IssueLog, [path, value]: SourceField, urlField: boolean, links: Link[], evidence: string[]): void {
  // No answer: nothing to read and nothing to report (what readText says of it too, only cheaper).
  if (value === undefined || value === null) return;
  // Each item of a URL list is its own value: one bad item must not hide in the others' prose.
  if (urlField && Array.isArray(value)) {
    value.slice(0, LIMITS.list).forEach((item: unknown, i) => readAnswer(log, [`${path}[${i}]`, item], true, links, evidence));
    return;
  }
  const text = readText(value, log, path);
  if (text === undefined) return;
  const found = findLinks(text, true);
  if (urlField && found.links.length === 0 && found.rejected.length === 0 && !WHITESPACE.test(text)) {
    addLinks(links, readLinks(value, log, path, 'url'));
    return;
  }
  for (const rejection of found.rejected) note(log, path, rejection.problem, rejection.value);
  addLinks(links, found.links);
  if (found.prose) evidence.push(text);
}

/**
 * Builds an indicator: evidence is the text answers joined (a text that is only URLs and their
 * labels adds links, not evidence); links come from the URL fields and the texts.
 * Undefined when the source said nothing at all.
 */
export function buildIndicator(log: IssueLog, input: IndicatorInput): Indicator | undefined {
  const links: Link[] = [];
  const evidence: string[] = [];
  for (const source of input.urls ?? []) readAnswer(log, source, true, links, evidence);
  for (const source of input.texts ?? []) readAnswer(log, source, false, links, evidence);
  if (input.met === null && evidence.length === 0 && links.length === 0) return undefined;
  const indicator: Indicator = { met: input.met, links };
  if (evidence.length > 0) indicator.evidence = evidence.join('\n');
  return indicator;
}

/**
 * The open-licence indicator from the licences read: met when one of them is an open licence,
 * not met when every one is non-commercial, unclear otherwise. Links are the licence texts.
 */
export function licenseIndicator(licenses: readonly License[]): Indicator | undefined {
  if (licenses.length === 0) return undefined;
  const met = licenses.some((license) => license.kind === 'open') ? true : licenses.every((license) => license.kind === 'non-commercial') ? false : null;
  const links: Link[] = [];
  for (const license of licenses) {
    const urls = license.links?.map((link) => link.url) ?? (license.url === undefined ? [] : [license.url]);
    for (const url of urls) if (!links.some((link) => link.url === url)) links.push({ url, label: license.spdx ?? license.name });
  }
  return { met, links };
}

/** The indicators that are present, or undefined when none is. */
export function collectIndicators(entries: ReadonlyArray<readonly [IndicatorKey, Indicator | undefined]>): Partial<Record<IndicatorKey, Indicator>> | undefined {
  const indicators: Partial<Record<IndicatorKey, Indicator>> = {};
  let any = false;
  for (const [key, indicator] of entries) {
    if (indicator === undefined) continue;
    indicators[key] = indicator;
    any = true;
  }
  return any ? indicators : undefined;
}
