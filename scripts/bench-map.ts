// `node --import tsx scripts/bench-map.ts`: how fast <dpg-pilot-map> draws, and how big its
// geometry chunk is.
//
// Bundles the map with esbuild (minified, split like a production build), serves the bundle on
// 127.0.0.1 and opens it in headless Chromium. Each run is a fresh page: it loads the pilots and
// the geometry chunk first, then times from "geometry loaded" to the first paint of the full map
// (outlines from the projected arcs, render and paint). Prints p50/p95 against the 50 ms target, and the geometry
// chunk's minified and min+gzip size. The main thread's CPU time over the same span comes with
// it: on a busy machine the clock counts time spent waiting for a core, the CPU time does not.
// `--shot file.png` also saves a picture of the map.
// Everything stops by itself: the server closes and Chromium quits, or the run gives up after
// two minutes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { percentile } from './bench-stats.js';
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

const RUNS = 15;
const TARGET_MS = 50;
const GIVE_UP_MS = 120_000;
const ROOT = resolve(import.meta.dirname, '..');
const shotAt = process.argv.indexOf('--shot');
const shot = shotAt > 0 ? process.argv[shotAt + 1] : undefined;

const giveUp = setTimeout(() => {
  console.error(`bench-map: gave up after ${GIVE_UP_MS / 1000} s`);
  process.exit(1);
}, GIVE_UP_MS);

// The page: load the data and the geometry chunk, then time one map from there to its paint.
const entry = `
import '${ROOT}/packages/elements/src/define/dpg-pilot-map.ts';
import { getDefaultClient } from '@dpg-kit/sdk';
const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
const layoutModule = () => import('${ROOT}/packages/elements/src/dpg-pilot-map/world-layout.ts');
window.bench = {
  // Everything before the clock starts: the pilots, and the geometry chunk loaded and parsed.
  async prepare() {
    await getDefaultClient().pilots.list();
    await layoutModule();
  },
  // One map, from the geometry in memory to its first full paint.
  async draw() {
    const start = performance.now();
    const map = document.createElement('dpg-pilot-map');
    document.querySelector('#box').append(map);
    await map.loadComplete();
    const rendered = performance.now() - start;
    await frame();
    await frame();
    return [performance.now() - start, rendered];
  },
  // The layout alone (outlines from the projected arcs), a second time on the same page (warm code).
  async project() {
    const { layoutWorld } = await layoutModule();
    const start = performance.now();
    layoutWorld();
    return performance.now() - start;
  },
};
`;

const out = mkdtempSync(join(tmpdir(), 'dpg-bench-map-'));
const result = await build({
  stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  conditions: ['source', 'browser'],
  tsconfig: join(ROOT, 'tsconfig.test.json'),
  outdir: out,
  entryNames: 'bench',
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
  logLevel: 'error',
});

// The geometry chunk: the one that holds the world's outlines (and the layout code with them).
const outputs = Object.entries(result.metafile.outputs);
const geometry = outputs.find(([, output]) => Object.keys(output.inputs).some((input) => input.endsWith('generated/world-50m.ts')));
if (!geometry) throw new Error('bench-map: no chunk holds the geometry; is the map still loading it with import()?');
const geometryCode = readFileSync(resolve(ROOT, geometry[0]));
const geometryInputs = Object.keys(geometry[1].inputs).map((input) => input.replace(/^.*node_modules\//, '').replace(/^packages\/elements\/src\//, ''));

writeFileSync(join(out, 'index.html'), '<!doctype html><meta charset="utf-8"><div id="box" style="width: 960px"></div><script type="module" src="/bench.js"></script>');
const server = await serve({ port: 0, mounts: [['/', out]] });
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const browser = await launchChromium();
const samples: number[] = [];
const projections: number[] = [];
const renders: number[] = [];
const cpu: number[] = [];
type Bench = { prepare(): Promise<void>; draw(): Promise<[number, number]>; project(): Promise<number> };
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  // Chromium's own count of the main thread's CPU time: unlike the clock, it does not grow
  // while other processes hold the machine's cores.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const threadTime = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? NaN) * 1000;
  };
  for (let run = 0; run <= RUNS; run++) {
    await page.goto(url);
    await page.waitForFunction(() => 'bench' in window);
    await page.evaluate(() => (window as unknown as { bench: Bench }).bench.prepare());
    const cpuBefore = await threadTime();
    const [ms, rendered] = await page.evaluate(() => (window as unknown as { bench: Bench }).bench.draw());
    const cpuAfter = await threadTime();
    const projection = await page.evaluate(() => (window as unknown as { bench: Bench }).bench.project());
    if (run === 0) continue; // the first run warms the disk cache and the server
    samples.push(ms);
    renders.push(rendered);
    cpu.push(cpuAfter - cpuBefore);
    projections.push(projection);
  }
  if (shot) await page.locator('dpg-pilot-map').screenshot({ path: shot });
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
  clearTimeout(giveUp);
}

samples.sort((a, b) => a - b);
projections.sort((a, b) => a - b);
renders.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const p50 = percentile(samples, 50);
const p95 = percentile(samples, 95);

console.log(`load average ${loadavg().map((load) => load.toFixed(2)).join(' / ')} (1 / 5 / 15 min) on ${cpus().length} cores\n`);
console.log(`<dpg-pilot-map>, 960 px, ${samples.length} fresh pages in headless Chromium`);
console.log(`  geometry loaded → first full paint  p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
console.log(`  main thread's CPU time over the same span  p50 ${percentile(cpu, 50).toFixed(1)} ms, p95 ${percentile(cpu, 95).toFixed(1)} ms`);
console.log(`  of which layout + render (to updateComplete)  p50 ${percentile(renders, 50).toFixed(1)} ms, p95 ${percentile(renders, 95).toFixed(1)} ms`);
console.log(`  the layout alone, warm (a second call)  p50 ${percentile(projections, 50).toFixed(1)} ms, p95 ${percentile(projections, 95).toFixed(1)} ms`);
console.log(`  target ${TARGET_MS} ms: p95 / target = ${(p95 / TARGET_MS).toFixed(2)} (under 1 meets it)`);
console.log(`  geometry chunk: ${kb(geometryCode.length)} min, ${kb(gzipSync(geometryCode, { level: 9 }).length)} min+gzip`);
console.log(`    holds ${geometryInputs.join(', ')}`);
