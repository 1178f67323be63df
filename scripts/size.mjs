// `npm run size`: the size of every chunk of the CDN build and of the SDK as a bundler sees it,
// against the budgets below. Run after `npm run build`; exits non-zero when a budget is over.
//
// How each budget is measured (all sizes: minified by terser, then gzip level 9, in kB = 1024 B):
// - "CDN until a card paints": dist/cdn/dpg-kit.js plus every chunk it imports statically,
//   transitively (dist/cdn-graph.json, written by the build, has the graph). That is what the
//   browser must fetch and run before `<dpg-card>` is defined and paints its first state, the
//   loading state; the check fails if the card is not in that set. Chunks the entry imports
//   lazily (registry snapshot, search, other elements) are listed but not counted: the card's
//   data is counted in the page budgets below.
// - "one-card page" and "one-badge page": what a page holding only the script and one
//   `<dpg-card dpg-id="dhis2">` (or one `<dpg-badge>`) transfers in all: the entry and its
//   static imports, plus the registry files the card and the badge read from the hosted
//   registry the build ships (dist/cdn/registry/manifest.json and dpgs/dhis2.json). The
//   same files at 245 records as at 10,000 (test/sdk/hosted-growth.test.ts).
// - "pilot map, geometry included": every chunk reachable from the chunk holding
//   `<dpg-pilot-map>`, statically or lazily (its geometry and layout code), minus what the
//   entry already loaded. Counted once the element exists (src/define/dpg-pilot-map.ts).
// - "SDK: createClient + httpSource": a fresh rollup bundle of
//   `export { createClient, httpSource } from '@dpg-kit/sdk'`, tree-shaken and minified, entry
//   plus its static imports; the chunks it loads lazily (snapshot, adapters, search) are listed.
// - "dpg-embed.js" and "embed.js": each one self-contained file of dist/cdn, whole.
// - "embedded snapshot, slim chunk": the chunk of the embedded snapshot's slim file, which a
//   list, a search or facets over the default source loads whole (the issues met reading the
//   registry are a chunk of their own, loaded by `client.issues()` only).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const KB = 1024;
const BUDGETS = {
  // What a card needs to paint: Lit, the card, the badge, the provider, the SDK's client and
  // the reader of the shipped registry, English strings. Other languages, the store, the
  // pilots and the HTTP client load when a page uses them.
  firstPaint: 25 * KB,
  oneCardPage: 40 * KB,
  oneBadgePage: 32 * KB,
  map: 60 * KB,
  sdk: 15 * KB,
  embed: 2 * KB,
  // 58.3 kB with 245 DPGs; it was 71 kB while it carried the registry's issues.
  slimSnapshot: 59 * KB,
};

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;

/**
 * Chunks reachable from `start` through static imports (and lazy ones too when asked), not
 * entering the chunks of `stop` (already loaded, so neither they nor what they load count).
 */
function closure(byFile, start, { lazy = false, stop = new Set() } = {}) {
  const seen = new Set();
  const pending = [...start];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file) || stop.has(file) || !byFile.has(file)) continue;
    seen.add(file);
    const chunk = byFile.get(file);
    pending.push(...chunk.imports, ...(lazy ? chunk.dynamicImports : []));
  }
  return seen;
}

function readCdn() {
  const graphFile = 'dist/cdn-graph.json';
  if (!existsSync(graphFile)) {
    console.error('No dist/cdn-graph.json: run `npm run build` first.');
    process.exit(1);
  }
  const graph = JSON.parse(readFileSync(graphFile, 'utf8'));
  const chunks = graph.chunks.map((chunk) => {
    const code = readFileSync(join(graph.dir, chunk.file));
    return { ...chunk, min: code.length, gzip: gzip(code) };
  });
  return new Map(chunks.map((chunk) => [chunk.file, chunk]));
}

/** The SDK as a Node or bundler user gets it when importing createClient and httpSource. */
async function bundleSdk() {
  const entry = '\0dpg-size-sdk-entry';
  const bundle = await rollup({
    input: entry,
    plugins: [
      { name: 'dpg-size-entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? "export { createClient, httpSource } from '@dpg-kit/sdk';" : null) },
      nodeResolve({ exportConditions: ['import', 'default'] }),
    ],
    onwarn: () => {},
  });
  const chunkFileNames = ({ name }) => (name.includes('dpg-size-sdk-entry') ? 'sdk-core.js' : '[name].js');
  const { output } = await bundle.generate({ format: 'es', chunkFileNames, plugins: [terser({ ecma: 2022, module: true })] });
  await bundle.close();
  const chunks = output
    .filter((file) => file.type === 'chunk')
    .map((chunk) => ({ file: chunk.isEntry ? 'sdk entry' : chunk.fileName, isEntry: chunk.isEntry, imports: chunk.imports, dynamicImports: chunk.dynamicImports, min: Buffer.byteLength(chunk.code), gzip: gzip(chunk.code), modules: Object.keys(chunk.modules) }));
  return new Map(chunks.map((chunk) => [chunk.file, chunk]));
}

const sum = (byFile, files) => [...files].reduce((total, file) => total + byFile.get(file).gzip, 0);

function printTable(title, byFile, tagOf) {
  console.log(`\n${title}`);
  console.log(`  ${'chunk'.padEnd(42)}${'min'.padStart(10)}${'min+gzip'.padStart(10)}  loaded`);
  const rows = [...byFile.values()].sort((a, b) => b.gzip - a.gzip);
  for (const row of rows) console.log(`  ${row.file.padEnd(42)}${kb(row.min).padStart(10)}${kb(row.gzip).padStart(10)}  ${tagOf(row)}`);
}

const cdn = readCdn();
const entryFile = [...cdn.values()].find((chunk) => chunk.isEntry)?.file;
const upFront = closure(cdn, [entryFile]);
const cardIsUpFront = [...upFront].some((file) => cdn.get(file).modules.some((id) => id.endsWith('/dpg-card/dpg-card.js')));

/** The registry files a compact card or a badge reads, as the build wrote them. */
const REGISTRY = join('dist/cdn', 'registry');
const CARD_DATA = ['manifest.json', 'dpgs/dhis2.json'];
const cardData = CARD_DATA.map((file) => {
  const path = join(REGISTRY, file);
  return { file: `registry/${file}`, gzip: existsSync(path) ? gzip(readFileSync(path)) : NaN };
});
const cardDataBytes = cardData.reduce((total, file) => total + file.gzip, 0);
const cardDataProblem = Number.isNaN(cardDataBytes) ? `missing ${REGISTRY}/${CARD_DATA.join(' or ')}: run \`npm run build\`` : null;

const mapStart = [...cdn.values()].filter((chunk) => chunk.modules.some((id) => id.includes('/dpg-pilot-map/'))).map((chunk) => chunk.file);
const mapChunks = closure(cdn, mapStart, { lazy: true, stop: upFront });

const slimChunks = [...cdn.values()].filter((chunk) => chunk.modules.some((id) => id.endsWith('/snapshot-data/slim.js')));
const issuesChunks = [...cdn.values()].filter((chunk) => chunk.modules.some((id) => id.endsWith('/snapshot-data/issues.js')));

const sdk = await bundleSdk();
const sdkUpFront = closure(sdk, ['sdk entry']);

printTable('CDN build (dist/cdn)', cdn, (chunk) => (upFront.has(chunk.file) ? 'up front' : mapChunks.has(chunk.file) ? 'lazy (map)' : 'lazy'));
printTable('SDK: createClient + httpSource, bundled', sdk, (chunk) => (sdkUpFront.has(chunk.file) ? 'up front' : 'lazy'));

const checks = [
  {
    name: 'CDN until a card paints (entry + static imports)',
    size: sum(cdn, upFront),
    budget: BUDGETS.firstPaint,
    problem: cardIsUpFront ? null : '<dpg-card> is not in the entry or its static imports',
  },
  {
    name: 'one-card page (entry + manifest + dpgs/dhis2.json)',
    size: sum(cdn, upFront) + cardDataBytes,
    budget: BUDGETS.oneCardPage,
    problem: cardDataProblem,
  },
  {
    name: 'one-badge page (entry + manifest + dpgs/dhis2.json)',
    size: sum(cdn, upFront) + cardDataBytes,
    budget: BUDGETS.oneBadgePage,
    problem: cardDataProblem,
  },
  {
    name: 'pilot map, geometry included (beyond the entry)',
    size: sum(cdn, mapChunks),
    budget: BUDGETS.map,
    problem: mapStart.length > 0 ? null : '<dpg-pilot-map> is not in the CDN build',
  },
  { name: 'SDK: createClient + httpSource (up front)', size: sum(sdk, sdkUpFront), budget: BUDGETS.sdk, problem: null },
  {
    name: 'embedded snapshot, slim chunk (lists, search, facets)',
    size: slimChunks.reduce((total, chunk) => total + chunk.gzip, 0),
    budget: BUDGETS.slimSnapshot,
    problem: slimChunks.length === 1 && !slimChunks[0].modules.some((id) => id.endsWith('/snapshot-data/issues.js'))
      ? null
      : 'the slim file is not one chunk of its own, or carries the issues',
  },
  // What a host page adds for iframes (the resizing helper), and embed.html's module beside dpg-kit.js.
  ...['dpg-embed.js', 'embed.js'].map((file) => {
    const path = join('dist/cdn', file);
    return { name: `${file} (iframe embedding)`, size: existsSync(path) ? gzip(readFileSync(path)) : 0, budget: BUDGETS.embed, problem: existsSync(path) ? null : `dist/cdn/${file} is missing` };
  }),
];

console.log('\nBudgets (min+gzip)');
let passed = 0;
let failed = 0;
for (const check of checks) {
  const ok = check.problem === null && check.size <= check.budget;
  if (ok) passed += 1;
  else failed += 1;
  const note = check.problem ?? (ok ? '' : `over by ${kb(check.size - check.budget)}`);
  console.log(`  ${ok ? '✓' : '✗'} ${check.name.padEnd(52)}${kb(check.size).padStart(9)} of ${kb(check.budget).padStart(8)}  ${note}`);
}
for (const chunk of issuesChunks) console.log(`  · the embedded snapshot's issues: ${chunk.file} ${kb(chunk.gzip)} (lazy, at client.issues(); not budgeted)`);
for (const file of cardData) console.log(`  · a card's and a badge's data: ${file.file} ${kb(file.gzip)}`);
// Search (MiniSearch, stemmers, vocabulary) loads at a list's first search, not before.
const searchStart = [...cdn.values()].filter((chunk) => chunk.modules.some((id) => id.endsWith('/query/search.js'))).map((chunk) => chunk.file);
const searchChunks = closure(cdn, searchStart, { stop: upFront });
if (searchChunks.size > 0) console.log(`  · search data and code: + ${kb(sum(cdn, searchChunks))} (${[...searchChunks].join(', ')}, lazy, at the first search; not budgeted)`);
console.log(`size budgets: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
