/**
 * What every adapter returns, and the bookkeeping all of them share: unique ids and a guard
 * that turns a record no reader foresaw into an Issue instead of an exception.
 */
import { issueValue, type Issue } from '../issues.js';
import { redactEmails } from '../normalize/text.js';
import type { DigitalPublicGood } from '../model.js';

/** Records read from one source, and everything that could not be fully read. */
export interface AdapterResult {
  records: DigitalPublicGood[];
  issues: Issue[];
  /** When the source says its data was taken (dpg-kit's own JSON only). */
  asOf?: string;
  /** Where the source says its data came from (dpg-kit's own JSON only). */
  source?: string;
}

/**
 * A raw value made fit to keep in an Issue that is written directly rather than through an
 * IssueLog: shortened, and without e-mail addresses (a set-aside record's name is raw data).
 */
export function keptValue(value: unknown): unknown {
  const short = issueValue(value);
  return typeof short === 'string' ? redactEmails(short) : short;
}

/** An adapter result with no records and one issue about the input as a whole. */
export function unreadable(value: unknown, field = ''): AdapterResult {
  return { records: [], issues: [{ recordId: null, field, problem: 'wrong-type', value: describe(value) }] };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[array of ${value.length}]`;
  return typeof value === 'object' ? '[object]' : typeof value === 'string' ? `[string of ${value.length}]` : String(value);
}

/** Hands out record ids, so no two records of one source share an id. */
export class IdClaims {
  private readonly taken = new Set<string>();
  /** The next number to try per base, so many duplicates of one id stay cheap. */
  private readonly next = new Map<string, number>();

  /**
   * Claims `id`; when it is taken, `id-<suffix>` (the registry id, where there is one), else
   * `id-2`, `id-3` … `duplicate` tells the caller to report it.
   */
  claim(id: string, suffix?: string): { id: string; duplicate: boolean } {
    if (!this.taken.has(id)) {
      this.taken.add(id);
      return { id, duplicate: false };
    }
    const base = suffix === undefined || suffix === '' ? id : `${id}-${suffix}`;
    let candidate = base;
    let n = this.next.get(base) ?? 2;
    while (this.taken.has(candidate)) candidate = `${base}-${n++}`;
    this.next.set(base, n);
    this.taken.add(candidate);
    return { id: candidate, duplicate: true };
  }
}

/**
 * Runs `read` for the record at `index`; should it throw after all (a getter on a caller's
 * object, a bug), the record is set aside with an issue rather than failing the whole source.
 */
export function guarded(index: number, issues: Issue[], read: () => void): void {
  try {
    read();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    issues.push({ recordId: null, field: `[${index}]`, problem: 'set-aside', value: `unreadable record: ${message.slice(0, 160)}` });
  }
}
