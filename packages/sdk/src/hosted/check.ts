/**
 * The shape checks a hosted layout's files go through before an element sees them. The writer
 * normalised every field already, so the reader checks structure only (a record an element can
 * render without tripping), not values: text is never HTML and links are checked where they
 * are rendered. A file that fails is a `parse` error naming the file.
 */
import type { DigitalPublicGood, SourceMeta } from '../model.js';
import type { Issue } from '../issues.js';
import { DpgError } from '../errors.js';
import { HOSTED_FORMAT, HOSTED_VERSION, INDEX_FORMAT, type HostedDetails } from './layout.js';

type Raw = Record<string, unknown>;

export const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const ARRAY_FIELDS = ['aliases', 'types', 'licenses', 'sdgs', 'sectors', 'repositories', 'organizations'] as const;

/** The `parse` error of a file that is not `what` of a hosted layout. */
export function notLayout(url: string, what: string): DpgError {
  return new DpgError('parse', `${url} is not ${what} of a dpg-kit hosted registry. Write the folder with \`dpg-kit snapshot\`.`, { url });
}

/** True when `value` has every field an element reads from a record, of the right kind. */
export function isRecordShape(value: unknown): value is DigitalPublicGood {
  if (!isObject(value) || !isString(value.id) || !isString(value.name) || !isString(value.description)) return false;
  if (!ARRAY_FIELDS.every((key) => Array.isArray(value[key]))) return false;
  const countries = value.countries;
  return isObject(countries) && Array.isArray(countries.deployment) && Array.isArray(countries.development);
}

/** The source meta of a manifest. */
export function readManifest(raw: unknown, url: string): SourceMeta {
  if (!isObject(raw) || raw.format !== HOSTED_FORMAT || raw.version !== HOSTED_VERSION || !isString(raw.source)) {
    throw notLayout(url, 'the manifest');
  }
  return metaOf(raw.source, raw.asOf);
}

/** The source meta a layout file states: its source, and its as-of date when it gives one. */
export function metaOf(source: string, asOf: unknown): SourceMeta {
  return { source, ...(isString(asOf) ? { asOf } : {}) };
}

/** The records, issues and meta of an index; a record of the wrong shape is set aside with an issue. */
export function readIndex(raw: unknown, url: string): { records: DigitalPublicGood[]; issues: Issue[]; meta: SourceMeta } {
  if (!isObject(raw) || raw.format !== INDEX_FORMAT || raw.version !== HOSTED_VERSION || !Array.isArray(raw.dpgs) || !isString(raw.source)) {
    throw notLayout(url, 'the index');
  }
  const records: DigitalPublicGood[] = [];
  const issues: Issue[] = Array.isArray(raw.issues) ? raw.issues.filter(isObject).map((issue) => issue as unknown as Issue) : [];
  raw.dpgs.forEach((item: unknown, i) => {
    if (isRecordShape(item)) records.push(item);
    else issues.push({ recordId: isObject(item) && isString(item.id) ? item.id : null, field: `dpgs[${i}]`, problem: 'set-aside', value: 'not a dpg-kit record' });
  });
  return { records, issues, meta: metaOf(raw.source, raw.asOf) };
}

/** The record of a `dpgs/<id>.json` file, which must be the record of that id. */
export function readRecordFile(raw: unknown, id: string, url: string): DigitalPublicGood {
  if (!isRecordShape(raw) || raw.id !== id) throw notLayout(url, `the record of "${id}"`);
  return raw;
}

/** The long texts of a `details/<id>.json` file. */
export function readDetailsFile(raw: unknown, url: string): HostedDetails {
  if (!isObject(raw)) throw notLayout(url, 'a details file');
  const details: HostedDetails = {};
  if (isObject(raw.sdgEvidence)) details.sdgEvidence = raw.sdgEvidence as HostedDetails['sdgEvidence'] & object;
  if (isObject(raw.indicators)) details.indicators = raw.indicators as HostedDetails['indicators'] & object;
  if (typeof raw.awards === 'string') details.awards = raw.awards;
  if (isObject(raw.licenseLinks)) details.licenseLinks = raw.licenseLinks as HostedDetails['licenseLinks'] & object;
  return details;
}
