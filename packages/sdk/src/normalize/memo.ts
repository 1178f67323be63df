/**
 * A bounded memo for pure readers of short strings (licence names, SDG titles, categories):
 * registry data writes the same few hundred values over and over, so each is worked out once.
 */

/** Longer strings are not kept: a hostile file cannot fill the memo with megabytes. */
const MAX_KEY_LENGTH = 200;
const MAX_ENTRIES = 4096;

/** `read`, remembering its result for each string it has seen (it must be pure, and never return undefined). */
export function memoize<T>(read: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined) return known;
    const value = read(text);
    if (text.length <= MAX_KEY_LENGTH) {
      // Clearing all at once is crude but cheap, and only a file of thousands of distinct values gets here.
      if (memo.size >= MAX_ENTRIES) memo.clear();
      memo.set(text, value);
    }
    return value;
  };
}
