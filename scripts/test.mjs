// `npm test`: every check in turn — types, lint, Node tests, browser tests, stories, the build
// with its size budgets, the static Storybook, end-to-end tests, screenshots against baselines —
// then each step's time and one line with the sum of every runner's passed and failed tests.
// Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

const COUNTS = 'coverage/counts';
rmSync(COUNTS, { recursive: true, force: true });

/** Runs a command with inherited output; returns its exit code. */
function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  return result.status ?? 1;
}

function readCounts(file) {
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Node's test runner prints "ℹ pass N" and "ℹ fail N"; read them back from its TAP-free output. */
function runNodeTests(script = 'test:node') {
  const result = spawnSync('npm', ['run', '--silent', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(result.stdout);
  const pick = (name) => Number(result.stdout.match(new RegExp(`^ℹ ${name} (\\d+)$`, 'm'))?.[1] ?? NaN);
  return { code: result.status ?? 1, passed: pick('pass'), failed: pick('fail') };
}

const steps = [];
function step(name, fn) {
  console.log(`\n▶ ${name}`);
  const started = performance.now();
  const outcome = fn();
  const seconds = (performance.now() - started) / 1000;
  console.log(`◀ ${name}: ${seconds.toFixed(1)} s`);
  steps.push({ name, seconds, ...outcome });
}

// Browser tests need Chromium; on a fresh Debian machine (as root) this installs it.
if (!ensureChromium()) process.exit(1);

step('manifest', () => ({ code: run('npm', ['run', '--silent', 'manifest']) }));
step('typecheck', () => ({ code: run('npm', ['run', '--silent', 'typecheck']) }));
step('lint', () => ({ code: run('npm', ['run', '--silent', 'lint']) }));
step('node tests', () => runNodeTests());
// Search quality on the judged queries of test/fixtures/search-judgments.json, one check per floor.
step('search quality', () => {
  const result = spawnSync('npm', ['run', '--silent', 'search-eval'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(result.stdout);
  const counts = /^search-eval: (\d+) passed, (\d+) failed$/m.exec(result.stdout);
  return { code: result.status ?? 1, passed: Number(counts?.[1] ?? NaN), failed: Number(counts?.[2] ?? NaN) };
});
step('browser tests', () => {
  const code = run('npm', ['run', '--silent', 'test:browser']);
  return { code, ...(readCounts(`${COUNTS}/browser.json`) ?? {}) };
});
step('stories', () => {
  const code = run('npx', ['vitest', 'run', '--project=storybook', '--reporter=default', '--reporter=json', `--outputFile.json=${COUNTS}/stories.json`]);
  const report = readCounts(`${COUNTS}/stories.json`);
  return { code, passed: report?.numPassedTests, failed: report ? report.numFailedTests : undefined };
});
// The distribution: the npm builds, the CDN bundle, the React and Eleventy examples, then the size budgets
// (one check each) and the end-to-end tests, which load every example from a local server.
// The manifest and `tsc -b` ran as steps above, so only the rest of `npm run build` runs here.
step('build', () => {
  for (const script of ['build:jsx', 'build:cdn', 'build:ssr', 'example:react', 'example:eleventy']) {
    const code = run('npm', ['run', '--silent', script]);
    if (code !== 0) return { code };
  }
  return { code: 0 };
});
step('size budgets', () => {
  const result = spawnSync('npm', ['run', '--silent', 'size'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(result.stdout);
  const counts = /^size budgets: (\d+) passed, (\d+) failed$/m.exec(result.stdout);
  return { code: result.status ?? 1, passed: Number(counts?.[1] ?? NaN), failed: Number(counts?.[2] ?? NaN) };
});
// The static Storybook (dist/storybook; the manifest it reads was the first step): the reflow
// check loads every story from it, and the visual step screenshots every story.
step('storybook build', () => ({ code: run('npm', ['run', '--silent', 'build:storybook']) }));
step('end-to-end', () => runNodeTests('test:e2e'));
// Screenshots of the examples, of each element and of every story at 390 and 1280 px, light,
// dark and Arabic, against test/visual/baselines/ (`npm run visual:update` writes them anew).
step('visual', () => runNodeTests('test:visual'));

let passed = 0;
let failed = 0;
console.log('\nSummary');
for (const s of steps) {
  // A step without test counts (types, lint) counts as one check.
  const p = Number.isFinite(s.passed) ? s.passed : s.code === 0 ? 1 : 0;
  let f = Number.isFinite(s.failed) ? s.failed : s.code === 0 ? 0 : 1;
  if (s.code !== 0 && f === 0) f = 1; // a runner that failed without failing a test still failed
  passed += p;
  failed += f;
  console.log(`  ${s.code === 0 ? '✓' : '✗'} ${s.name.padEnd(16)} ${`${p} passed, ${f} failed`.padEnd(24)} ${s.seconds.toFixed(1).padStart(6)} s`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
