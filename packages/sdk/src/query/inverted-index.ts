/**
 * The inverted index of the filter fields, built once per store: for every field, each value
 * maps to the bitset of the records that have it, by their position in name order. A filter
 * is then an OR of a few bitsets, a query an AND of those, and a facet count the popcount of a
 * value's bitset under the other filters: no record is looked at after the build.
 */
import type { DigitalPublicGood, LicenseKind } from '../model.js';
import { addBit, type Bitset, countBits, emptySet, orInto } from './bitset.js';
import type { FilterValue } from './filter.js';
import { FILTER_FIELDS, type FilterField } from './types.js';

/** A facet value as records write it: `4`, `"RW"`, `"Health"`, `"Apache-2.0"`. */
export type FacetValue = string | number;

/** One value of a field, the records that have it, and how many they are. */
export interface Posting<V extends FacetValue = FacetValue> {
  value: V;
  bits: Bitset;
  count: number;
}

/** One filter field of the index. */
interface FieldIndex {
  /** Facet values (as written), first seen first. */
  readonly values: Map<FacetValue, Bitset>;
  /** Filter keys (as queries are folded: lower case, plus licence kinds). */
  readonly keys: Map<FilterValue, Bitset>;
}

function add<K>(map: Map<K, Bitset>, key: K, position: number, size: number): void {
  let bits = map.get(key);
  if (bits === undefined) map.set(key, (bits = emptySet(size)));
  addBit(bits, position);
}

/** `keys[key] |= bits`, never changing a bitset another map holds. */
function merge(keys: Map<FilterValue, Bitset>, key: FilterValue, bits: Bitset, size: number): void {
  let into = keys.get(key);
  if (into === undefined) keys.set(key, (into = emptySet(size)));
  orInto(into, bits);
}

/** The same records keyed by lower-cased value: "Health" and "health" become one key. */
function folded(values: Map<FacetValue, Bitset>, size: number): Map<FilterValue, Bitset> {
  const keys = new Map<FilterValue, Bitset>();
  for (const [value, bits] of values) merge(keys, String(value).toLowerCase(), bits, size);
  return keys;
}

/** Postings in `localeCompare` order of their values: the tie-break order of facet lists. */
function ordered<V extends FacetValue>(values: Map<V, Bitset>): Posting<V>[] {
  return [...values]
    .map(([value, bits]) => ({ value, bits, count: countBits(bits) }))
    .sort((a, b) => String(a.value).localeCompare(String(b.value)));
}

export class InvertedIndex {
  /** Number of records (bit positions). */
  readonly size: number;
  readonly #fields = new Map<FilterField, FieldIndex>();
  readonly #licenseKinds = new Map<LicenseKind, Bitset>();
  readonly #postings = new Map<FilterField | 'licenseKind', Posting[]>();
  readonly #empty: Bitset;

  /** `byName`: the store's records in name order; a record's position there is its bit. */
  constructor(byName: readonly DigitalPublicGood[]) {
    const size = (this.size = byName.length);
    this.#empty = emptySet(size);
    const values = new Map<FilterField, Map<FacetValue, Bitset>>(FILTER_FIELDS.map((field) => [field, new Map()]));
    const of = (field: FilterField): Map<FacetValue, Bitset> => values.get(field)!;
    const [sdg, type, license, country, stage, sector] = [of('sdg'), of('type'), of('license'), of('country'), of('stage'), of('sector')];
    // One pass over the records for the facet values as written; the filter keys (folded) come after, per value.
    for (let position = 0; position < size; position++) {
      const record = byName[position]!;
      for (const entry of record.sdgs) add(sdg, entry.goal, position, size);
      for (const value of record.types) add(type, value, position, size);
      for (const entry of record.licenses) {
        add(license, entry.spdx ?? entry.name, position, size);
        add(this.#licenseKinds, entry.kind, position, size);
      }
      for (const code of record.countries.deployment) add(country, code, position, size);
      for (const code of record.countries.development) add(country, code, position, size);
      add(stage, record.stage, position, size);
      for (const value of record.sectors) add(sector, value, position, size);
    }
    for (const field of FILTER_FIELDS) {
      const fieldValues = values.get(field)!;
      // SDGs, types and stages are queried as records write them; the rest in lower case, and
      // a licence also by its kind (`open`, `non-commercial`).
      const keys = field === 'sdg' || field === 'type' || field === 'stage' ? fieldValues : folded(fieldValues, size);
      if (field === 'license') for (const [kind, bits] of this.#licenseKinds) merge(keys, kind, bits, size);
      this.#fields.set(field, { values: fieldValues, keys });
    }
  }

  /**
   * The records that have any of `wanted` in `field`. May be a bitset the index holds: callers
   * must never change what they get.
   */
  mask(field: FilterField, wanted: ReadonlySet<FilterValue>): Bitset {
    const keys = this.#fields.get(field)!.keys;
    if (wanted.size === 1) {
      const [key] = wanted;
      return keys.get(key!) ?? this.#empty;
    }
    const out = emptySet(this.size);
    for (const key of wanted) {
      const bits = keys.get(key);
      if (bits !== undefined) orInto(out, bits);
    }
    return out;
  }

  /** Every value of `field` with its records, in `localeCompare` order (built on first use). */
  postings(field: FilterField | 'licenseKind'): readonly Posting[] {
    let list = this.#postings.get(field);
    if (list === undefined) {
      list = ordered<FacetValue>(field === 'licenseKind' ? this.#licenseKinds : this.#fields.get(field)!.values);
      this.#postings.set(field, list);
    }
    return list;
  }
}
