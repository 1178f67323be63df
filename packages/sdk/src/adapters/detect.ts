/**
 * Which registry shape a JSON value is, and reading it with the matching adapter.
 */
import { adaptAppApi } from './app-api.js';
import { adaptLegacy } from './legacy.js';
import { adaptNormalized, NORMALIZED_FORMAT } from './normalized.js';
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
 * Tells the shape of a registry JSON value: dpg-kit's own document (`format` tag), an array of
 * legacy records (`_file`, `SDGs`, `license`, `type`), an array of registry web-app API records
 * (`categories`, `openlicenses`, `sdgs`, numeric string `id`), else `unknown` (also for a
 * legacy screening file on its own). Looks at the first few records only: cheap on big arrays.
 */
export function detectShape(raw: unknown): RegistryShape {
  if (isObject(raw)) return field(raw, 'format') === NORMALIZED_FORMAT ? 'dpg-kit' : 'unknown';
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

/**
 * Reads any registry shape dpg-kit knows into records and issues. `screenings` is passed to
 * the legacy adapter (the separate screening file). An empty array is an empty registry; any
 * other value that is no known shape yields one `wrong-type` issue. Never throws.
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
      return {
        records: [],
        issues: [{ recordId: null, field: '', problem: 'wrong-type', value: 'not a registry shape dpg-kit reads (legacy, registry app API or dpg-kit JSON)' }],
        shape,
      };
  }
}
