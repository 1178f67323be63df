// The committed examples/ssr-card.html is what the build writes now: a change to the card, its
// data or the page's script shows up here until `npm run build` has written the page again.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ssrCardPage } from '../../scripts/ssr-examples.mjs';

test('examples/ssr-card.html is current (run `npm run build` to write it again)', async () => {
  const page = await ssrCardPage();
  assert.match(page, /<dpg-card\s+dpg-id="dhis2" variant="compact"><template [^>]*shadowrootmode="open">/);
  assert.equal(readFileSync('examples/ssr-card.html', 'utf8'), page);
});
