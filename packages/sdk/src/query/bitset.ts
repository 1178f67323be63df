/**
 * Bitsets over record positions: bit `i` of a set stands for the record at position `i` in
 * name order. 32 records a word, so 10,000 records fit in 313 words and a whole-registry AND,
 * OR or count is a few hundred integer operations.
 */

export type Bitset = Uint32Array;

/** An empty set for `size` positions. */
export function emptySet(size: number): Bitset {
  return new Uint32Array((size + 31) >>> 5);
}

/** A set with every position below `size` (and none of the unused bits of the last word). */
export function fullSet(size: number): Bitset {
  const bits = emptySet(size).fill(0xffffffff);
  const rest = size & 31;
  if (rest !== 0) bits[bits.length - 1] = (1 << rest) - 1;
  return bits;
}

export function addBit(bits: Bitset, position: number): void {
  bits[position >>> 5]! |= 1 << (position & 31);
}

export function hasBit(bits: Bitset, position: number): boolean {
  return (bits[position >>> 5]! & (1 << (position & 31))) !== 0;
}

/** Number of set bits of a 32-bit word (SWAR). */
export function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Number of positions in `bits`. */
export function countBits(bits: Bitset): number {
  let count = 0;
  for (let i = 0; i < bits.length; i++) count += popcount(bits[i]!);
  return count;
}

/** Number of positions in both `a` and `b`, without building their intersection. */
export function countBoth(a: Bitset, b: Bitset): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) {
    const word = a[i]! & b[i]!;
    if (word !== 0) count += popcount(word);
  }
  return count;
}

/** `target |= source`, in place. */
export function orInto(target: Bitset, source: Bitset): void {
  for (let i = 0; i < target.length; i++) target[i]! |= source[i]!;
}

/** `target &= source`, in place. */
export function andInto(target: Bitset, source: Bitset): void {
  for (let i = 0; i < target.length; i++) target[i]! &= source[i]!;
}

/** The intersection of `sets` as a new set; every position below `size` when there is none. */
export function intersect(sets: readonly Bitset[], size: number): Bitset {
  if (sets.length === 0) return fullSet(size);
  const out = sets[0]!.slice();
  for (let i = 1; i < sets.length; i++) andInto(out, sets[i]!);
  return out;
}

/**
 * Up to `limit` positions of `bits` in increasing order, skipping the first `skip` of them.
 * Whole words are skipped by their count, so a late page costs no more than an early one.
 */
export function positions(bits: Bitset, skip: number, limit: number): number[] {
  const out: number[] = [];
  let toSkip = skip;
  for (let i = 0; i < bits.length && out.length < limit; i++) {
    let word = bits[i]!;
    if (word === 0) continue;
    if (toSkip > 0) {
      const count = popcount(word);
      if (toSkip >= count) {
        toSkip -= count;
        continue;
      }
    }
    while (word !== 0 && out.length < limit) {
      const low = word & -word;
      if (toSkip > 0) toSkip--;
      else out.push((i << 5) + 31 - Math.clz32(low));
      word ^= low;
    }
  }
  return out;
}
