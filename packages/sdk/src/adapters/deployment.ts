/**
 * The organisations a DPG is deployed with, as the registry web app lists them.
 *
 * The app offers a fixed list of international organisations and stores the choices as one
 * string it later splits on commas, and its export cuts values at an apostrophe. So names come
 * out in pieces: "United Nations International Children" (the rest of "Children's Emergency
 * Fund" lost), "United Nations Educational" and " Scientific and Cultural Organization (UNESCO)"
 * (one name in two items, the first often missing), " Gavi The Vaccine Alliance". Each known
 * piece is read back as the full name it came from; names are kept once each.
 */
import type { IssueLog } from '../issues.js';
import { splitList } from '../normalize/text.js';
import { exact } from './lists.js';
import { LIMITS, note, readLabel, strings } from './values.js';

const UNICEF = "United Nations International Children's Emergency Fund";
const UNESCO = 'United Nations Educational, Scientific and Cultural Organization (UNESCO)';

/** Pieces the registry's splitting leaves, by lower-cased text, to the name they come from. */
const FULL_NAMES = new Map<string, string>([
  ['united nations international children', UNICEF],
  ['united nations educational', UNESCO],
  ['scientific and cultural organization (unesco)', UNESCO],
  ['gavi the vaccine alliance', 'Gavi, the Vaccine Alliance'],
]);

/** A heading of the app's list ("The UN maintains various offices:") names no organisation. */
const HEADING_END = ':';

/**
 * Deployment organisations from an array of names or one comma-joined string. Pieces of a
 * split name are joined back (see above); a heading of the list is reported as `empty` and
 * left out. Undefined when the source names none.
 */
export function readDeploymentOrganizations(value: unknown, log: IssueLog, path: string): string[] | undefined {
  const items = typeof value === 'string' ? splitList(value) : strings(value, log, path);
  const names: string[] = [];
  items.forEach((item, i) => {
    const at = Array.isArray(value) ? `${path}[${i}]` : path;
    const label = readLabel(item, log, at);
    if (label === undefined) return;
    if (label.endsWith(HEADING_END)) {
      note(log, at, 'empty', label);
      return;
    }
    const name = FULL_NAMES.get(label.toLowerCase()) ?? label;
    if (names.length < LIMITS.list && !names.includes(name)) names.push(name);
  });
  return names.length === 0 ? undefined : exact(names);
}

/** The names of both lists, each once (letter case aside), the registry's own list first. */
export function mergeNames(listed: string[] | undefined, others: string[] | undefined): string[] | undefined {
  if (others === undefined) return listed;
  const names = listed === undefined ? [] : [...listed];
  for (const name of others) {
    if (names.length < LIMITS.list && !names.some((known) => known.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  return names.length === 0 ? undefined : names;
}
