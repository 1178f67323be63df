/**
 * The CDN entry (`dist/cdn/dpg-kit.js`): every element, as `all.ts` defines them, reading the
 * registry the build ships beside the script. The registry is set first, before any element
 * or the autoloader asks the default client for data.
 *
 * npm users import `all.js` instead: their bundle has no registry folder beside it, so they keep
 * the embedded snapshot.
 */
import './cdn-registry.js';

export { defineAll } from './all.js';
