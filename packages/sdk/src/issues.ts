/**
 * Issues: what could not be read from a record, reported instead of thrown or dropped.
 *
 * Every adapter returns `{ records, issues }`. A value that could not be read becomes one
 * Issue; a record that cannot stand on its own (no name, no id) is set aside with an Issue
 * whose `problem` is `set-aside`. Callers list them through `client.issues()`.
 */

/** What went wrong with a value. Stable strings, safe to switch on. */
export type IssueProblem =
  | 'missing'
  | 'wrong-type'
  | 'empty'
  | 'unsafe-url'
  | 'invalid-url'
  | 'unknown-country'
  | 'unknown-license'
  | 'invalid-sdg'
  | 'unknown-type'
  | 'unknown-stage'
  | 'duplicate-id'
  | 'too-long'
  | 'too-many'
  /** A field that holds one URL held several: the first is kept, each further one is reported. */
  | 'extra-url'
  | 'not-joined'
  /** A free-text answer that should name organisations held something else: a placeholder, a link, a sentence. */
  | 'not-a-name'
  | 'set-aside';

/** One value that could not be fully read. */
export interface Issue {
  /** Id of the record it belongs to, or null when the record had none. */
  recordId: string | null;
  /** Dotted path of the field, e.g. `locations.deploymentCountries[3]`. */
  field: string;
  problem: IssueProblem;
  /** The offending value, shortened to at most 200 characters when it is a long string. */
  value: unknown;
}

const MAX_VALUE_CHARS = 200;

/** Shortens a value for keeping in an Issue, so a hostile 1 MB string is not kept twice. */
export function issueValue(value: unknown): unknown {
  if (typeof value === 'string' && value.length > MAX_VALUE_CHARS) {
    return `${value.slice(0, MAX_VALUE_CHARS)}… (${value.length} characters)`;
  }
  if (Array.isArray(value) && value.length > 20) return `[array of ${value.length}]`;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return '[object]';
  return value;
}

/** Collects issues for one record; adapters create one per record they read. */
export class IssueLog {
  readonly issues: Issue[] = [];

  constructor(public recordId: string | null = null) {}

  add(field: string, problem: IssueProblem, value: unknown): void {
    this.issues.push({ recordId: this.recordId, field, problem, value: issueValue(value) });
  }
}
