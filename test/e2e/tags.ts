/**
 * The elements' tags for every end-to-end test, written once: read from the define files (one
 * per tag), so that a new element is checked everywhere without editing a test.
 */
import { readdirSync } from 'node:fs';

const DEFINE_DIR = new URL('../../packages/elements/src/define/', import.meta.url);

/** Every tag that has a define file, sorted: what the CDN entry and the package must define. */
export const TAGS: readonly string[] = readdirSync(DEFINE_DIR)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replace(/\.ts$/, ''))
  .sort();

/** Every tag that shows something on the page: all but the provider, which only passes data down. */
export const SHOWN_TAGS: readonly string[] = TAGS.filter((tag) => tag !== 'dpg-provider');

/**
 * The larger elements, which render their data only after their chunk and a second round of
 * requests: a test gives them longer, and defines them first (`defineAllTags`) when it creates
 * them from script.
 */
export const LAZY_TAGS: readonly string[] = ['dpg-pilot-map', 'dpg-pilot-list', 'dpg-registry'];

/** The shown elements that are ready as soon as the entry has run, and load their data at once. */
export const CORE_TAGS: readonly string[] = SHOWN_TAGS.filter((tag) => !LAZY_TAGS.includes(tag));

const unknown = LAZY_TAGS.filter((tag) => !TAGS.includes(tag));
if (unknown.length > 0) throw new Error(`tags.ts names tags that have no define file: ${unknown.join(', ')}`);
