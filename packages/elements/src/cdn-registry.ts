/**
 * The CDN build's data: the registry it ships beside its script, in the hosted layout
 * (`registry/manifest.json`, `index.json`, `dpgs/<id>.json`, `details/<id>.json`), so that a
 * page with one card downloads that card's small file and not the whole registry. This module
 * is part of the entry chunk `dpg-kit.js`, so `import.meta.url` is the build folder.
 *
 * When the folder is missing (a copy of the script without it), the embedded snapshot serves
 * and elements say their data may be stale.
 *
 * It runs before the rest of the entry (Lit and the elements), and asks at once for the data of
 * the cards and badges the page already holds: their requests then travel while the code that
 * draws them runs, instead of after it. The elements ask the same client for the same records
 * when they upgrade, and share these loads.
 */
import { bundledSource, configureDefaultClient, fallback, getDefaultClient, snapshotSource } from '@dpg-kit/sdk';

configureDefaultClient({ registry: fallback(bundledSource(new URL('./registry/', import.meta.url)), snapshotSource()) });

/**
 * Starts the loads a `<dpg-card>` or `<dpg-badge>` makes first, for each one in the document
 * that reads the default client: outside any `<dpg-provider>`, with a `dpg-id` and no record
 * given as `.dpg` by a script before the element was defined. Errors are left to the element,
 * which reports its own.
 */
function startFirstData(): void {
  if (typeof document === 'undefined') return;
  const client = getDefaultClient();
  let asked = false;
  for (const element of document.querySelectorAll('dpg-card[dpg-id], dpg-badge[dpg-id]')) {
    const id = element.getAttribute('dpg-id')!.trim();
    if (!id || element.closest('dpg-provider') || Object.hasOwn(element, 'dpg')) continue;
    const full = element.localName === 'dpg-card' && element.getAttribute('variant') === 'full';
    client.dpgs.get(id, { detail: full ? 'full' : 'compact' }).catch(() => undefined);
    asked = true;
  }
  if (asked) client.meta().catch(() => undefined);
}

startFirstData();
