/**
 * The version of @dpg-kit/elements, kept in step with package.json by the release script.
 * `define()` compares it with the version of an element already defined under the same tag.
 */
export const VERSION = '0.1.0';
