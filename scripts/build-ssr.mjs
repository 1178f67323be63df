// After `rollup`: the style sheets that server-rendered shadow roots link to (dist/cdn/ssr/,
// copied into the package's dist/cdn/ssr/ too), and the server-rendered example pages.
// Needs `tsc -b` first (it runs the built @dpg-kit/elements/ssr).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_ELEMENTS, stylesheetFile, stylesheetText } from '../packages/elements/dist/ssr/index.js';
import { ssrCardPage } from './ssr-examples.mjs';

const root = new URL('..', import.meta.url).pathname;

for (const folder of ['dist/cdn/ssr', 'packages/elements/dist/cdn/ssr']) {
  mkdirSync(join(root, folder), { recursive: true });
  for (const tag of Object.keys(SERVER_ELEMENTS)) writeFileSync(join(root, folder, stylesheetFile(tag)), stylesheetText(tag));
}
writeFileSync(join(root, 'examples/ssr-card.html'), await ssrCardPage());
