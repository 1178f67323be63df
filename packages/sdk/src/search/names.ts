/**
 * Exact names first: a query that is a DPG's name or alias, however it is spaced or cased
 * ("open mrs", "Story Weaver", "xroad"), puts that DPG at the top, before any ranking by text.
 */
import type { DigitalPublicGood } from '../model.js';
import { compactKey } from './analyze.js';

/** Names and aliases of a list of records as compact keys, each to the records that carry it. */
export class NameIndex {
  readonly #byKey = new Map<string, number[]>();

  /** Adds `record` as number `id`: its name, then its aliases. */
  add(record: DigitalPublicGood, id: number): void {
    for (const text of [record.name, ...record.aliases]) {
      const key = compactKey(text);
      if (!key) continue;
      const ids = this.#byKey.get(key);
      if (!ids) this.#byKey.set(key, [id]);
      else if (!ids.includes(id)) ids.push(id);
    }
  }

  /** The records whose name or alias is exactly `text`, compared as compact keys. */
  exact(text: string): readonly number[] {
    return this.#byKey.get(compactKey(text)) ?? [];
  }
}
