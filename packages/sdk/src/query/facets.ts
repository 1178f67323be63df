/**
 * Facet counts from the inverted index: each value's count is the popcount of its bitset AND
 * the mask of every other active filter (and of the search hits), so picking a second SDG never
 * hides the first one's count. No record is visited.
 */
import type { DpgType, LicenseKind, SdgNumber, Stage } from '../model.js';
import { type Bitset, countBits, countBoth, intersect } from './bitset.js';
import type { FilterField } from './types.js';
import type { FacetValue, InvertedIndex } from './inverted-index.js';
import type { DpgFacets, FacetCount } from './types.js';

/**
 * Counts per value of every filter field. `masks`: the bitset of each active filter field;
 * `hits`: the search hits, when there is a search text.
 */
export function countFacets(index: InvertedIndex, masks: ReadonlyMap<FilterField, Bitset>, hits?: Bitset): DpgFacets {
  // The constraints on a field: the hits and every active filter but the field's own.
  const memo = new Map<FilterField | undefined, Bitset | undefined>();
  const constraints = (skip?: FilterField): Bitset | undefined => {
    if (memo.has(skip)) return memo.get(skip);
    const sets: Bitset[] = hits === undefined ? [] : [hits];
    for (const [field, mask] of masks) if (field !== skip) sets.push(mask);
    const under = sets.length === 0 ? undefined : intersect(sets, index.size);
    memo.set(skip, under);
    return under;
  };
  const all = constraints();
  const counted = <V extends FacetValue>(field: FilterField | 'licenseKind'): FacetCount<V>[] => {
    const own = field === 'licenseKind' ? 'license' : field;
    const under = masks.has(own) ? constraints(own) : all;
    const out: FacetCount<V>[] = [];
    // Postings come in localeCompare order and the sort is stable: equal counts stay in it.
    for (const posting of index.postings(field)) {
      const count = under === undefined ? posting.count : countBoth(posting.bits, under);
      if (count > 0) out.push({ value: posting.value as V, count });
    }
    return out.sort((a, b) => b.count - a.count);
  };
  return {
    total: all === undefined ? index.size : countBits(all),
    sdg: counted<SdgNumber>('sdg').sort((a, b) => a.value - b.value),
    type: counted<DpgType>('type'),
    license: counted<string>('license'),
    licenseKind: counted<LicenseKind>('licenseKind'),
    country: counted<string>('country'),
    stage: counted<Stage>('stage'),
    sector: counted<string>('sector'),
  };
}
