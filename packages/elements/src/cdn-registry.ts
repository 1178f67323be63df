/**
 * The CDN build's data: the registry it ships beside its script, in the hosted layout
 * (`registry/manifest.json`, `index.json`, `dpgs/<id>.json`, `details/<id>.json`), so that a
 * page with one card downloads that card's small file and not the whole registry. This module
 * is part of the entry chunk `dpg-kit.js`, so `import.meta.url` is the build folder.
 *
 * When the folder is missing (a copy of the script without it), the embedded snapshot serves
 * and elements say their data may be stale.
 */
import { bundledSource, configureDefaultClient, fallback, snapshotSource } from '@dpg-kit/sdk';

configureDefaultClient({ registry: fallback(bundledSource(new URL('./registry/', import.meta.url)), snapshotSource()) });
