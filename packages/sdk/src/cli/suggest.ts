/**
 * "Did you mean …?" for the command line: the closest of a few known words to what was typed.
 */

/** Edits (insert, delete, substitute) that turn `a` into `b`; stops early past `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known word closest to `typed` (case-insensitive), when it is close enough to be what was
 * meant: at most a third of its letters wrong, and never more than 3. Undefined otherwise.
 */
export function closest(typed: string, known: Iterable<string>): string | undefined {
  const word = typed.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let found: string | undefined;
  let best = limit + 1;
  for (const candidate of known) {
    const d = distance(word, candidate.toLowerCase(), limit);
    if (d < best) {
      best = d;
      found = candidate;
    }
  }
  return found;
}

/** " Did you mean X?" or nothing, to end a message with. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : ` Did you mean ${suggestion}?`;
}
