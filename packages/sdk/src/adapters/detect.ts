/**
 * Which registry shape a JSON value is, and reading it with the matching adapter.
 */
import { adaptAppApi } from './app-api.js';
import { adaptLegacy } from './legacy.js';
import { DpgError } from '../errors.js';
import { adaptNormalized, isDpgPage, NORMALIZED_FORMAT } from './normalized.js';
import { field, isObject } from './read.js';
import type { AdapterResult } from './result.js';

/** The registry shapes dpg-kit reads. */
export type RegistryShape = 'legacy' | 'app-api' | 'dpg-kit' | 'unknown';

const SAMPLE = 10;
const NUMERIC_ID = /^\d+$/;
const LEGACY_KEYS = ['_file', 'SDGs', 'license', 'type'];
const APP_KEYS = ['categories', 'openlicenses', 'sdgs', 'dpgid'];

function score(item: unknown, keys: readonly string[]): number {
  return keys.reduce((sum, key) => sum + (field(item, key) === undefined ? 0 : 1), 0);
}

/**
 * Tells the shape of a registry JSON value: dpg-kit's own document (`format` tag) or a page of
 * its results (`dpg-kit dpgs --json`), an array of legacy records (`_file`, `SDGs`, `license`,
 * `type`), an array of registry web-app API records
 * (`categories`, `openlicenses`, `sdgs`, numeric string `id`), else `unknown` (also for a
 * legacy screening file on its own). Looks at the first few records only: cheap on big arrays.
 */
export function detectShape(raw: unknown): RegistryShape {
  if (isObject(raw)) return field(raw, 'format') === NORMALIZED_FORMAT || isDpgPage(raw) ? 'dpg-kit' : 'unknown';
  if (!Array.isArray(raw)) return 'unknown';
  let legacy = 0;
  let app = 0;
  let screenings = 0;
  for (const item of raw.slice(0, SAMPLE)) {
    if (!isObject(item)) continue;
    // A legacy screening file alone holds no DPGs to read: it only completes basic records.
    if (field(item, 'doNoHarm') !== undefined && field(item, 'SDGs') === undefined) screenings++;
    legacy += score(item, LEGACY_KEYS);
    const id = field(item, 'id');
    app += score(item, APP_KEYS) + (typeof id === 'string' && NUMERIC_ID.test(id) ? 1 : 0);
  }
  if ((legacy === 0 && app === 0) || screenings > 0) return 'unknown';
  return legacy > app ? 'legacy' : 'app-api';
}

/** The shapes that are read, as an error message names them. */
const SHAPES_READ =
  'an array of legacy GitHub records (with `_file`, `SDGs`, `license`, `type`), an array of registry web-app API records ' +
  '(with `categories`, `openlicenses`, `sdgs`, a numeric `id`), a dpg-kit document (`{ "format": "dpg-kit/registry", "version": 1, "dpgs": [...] }`) ' +
  'or a page of dpg-kit results (`dpg-kit dpgs --json`)';
const KEYS_SHOWN = 8;

/** What a value is, in a few words: enough to recognise the file that was given. */
export function describeFound(raw: unknown): string {
  const keys = (value: object): string => {
    const names = Object.keys(value);
    if (names.length === 0) return 'no keys';
    const shown = names.slice(0, KEYS_SHOWN).map((name) => JSON.stringify(name.slice(0, 40)));
    return `keys ${shown.join(', ')}${names.length > KEYS_SHOWN ? ` and ${names.length - KEYS_SHOWN} more` : ''}`;
  };
  if (raw === null) return 'null';
  if (Array.isArray(raw)) {
    const first: unknown = raw[0];
    if (isObject(first)) return `an array of ${raw.length} items, the first an object with ${keys(first)}`;
    return `an array of ${raw.length} items, the first ${first === null ? 'null' : Array.isArray(first) ? 'an array' : `a ${typeof first}`}`;
  }
  if (isObject(raw)) {
    const format = field(raw, 'format');
    return `an object with ${keys(raw)}${typeof format === 'string' ? ` (format ${JSON.stringify(format.slice(0, 60))})` : ''}`;
  }
  return typeof raw === 'string' ? `a string of ${raw.length} characters` : `a ${typeof raw}`;
}

/**
 * Reads any registry shape dpg-kit knows into records and issues. `screenings` is passed to
 * the legacy adapter (the separate screening file). An empty array is an empty registry.
 * Throws a `DpgError` with code `invalid-data` for any other value that is no known shape
 * (an unrelated JSON file, a legacy screening file alone): its message names what was found
 * and the shapes that are read. Records
 * of a known shape are never thrown on: what cannot be read becomes an issue.
 */
export function adaptAny(raw: unknown, options: { screenings?: unknown } = {}): AdapterResult & { shape: RegistryShape } {
  const shape = detectShape(raw);
  switch (shape) {
    case 'dpg-kit':
      return { ...adaptNormalized(raw), shape };
    case 'legacy':
      return { ...adaptLegacy(raw, options.screenings), shape };
    case 'app-api':
      return { ...adaptAppApi(raw), shape };
    default:
      if (Array.isArray(raw) && raw.length === 0) return { records: [], issues: [], shape };
      throw new DpgError('invalid-data', `This is not a registry file dpg-kit reads: found ${describeFound(raw)}. dpg-kit reads ${SHAPES_READ}.`);
  }
}
