/** How a translation is checked against English, key by key. */

/**
 * The key paths of `reference` that `candidate` lacks or holds with another kind of value
 * (a string where a function is needed, say). Arrays are compared by length.
 */
export function missingKeys(reference: unknown, candidate: unknown, path = ''): string[] {
  if (Array.isArray(reference)) {
    return Array.isArray(candidate) && candidate.length === reference.length ? [] : [path];
  }
  if (reference !== null && typeof reference === 'object') {
    if (candidate === null || typeof candidate !== 'object') return [path];
    const inner = candidate as Record<string, unknown>;
    return Object.entries(reference).flatMap(([key, value]) =>
      missingKeys(value, Object.hasOwn(inner, key) ? inner[key] : undefined, path ? `${path}.${key}` : key),
    );
  }
  return typeof candidate === typeof reference ? [] : [path];
}
