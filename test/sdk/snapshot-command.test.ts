// `dpg-kit snapshot`: every registry shape the SDK reads, written as a hosted folder.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSnapshotCommand } from '../../packages/sdk/src/cli/snapshot-command.js';
import { readRegistryInput } from '../../packages/sdk/src/hosted/read-input.js';
import { isDpgError } from '../../packages/sdk/src/errors.js';
import { clearHttpCache } from '../../packages/sdk/src/sources/fetch-json.js';
import { json, startServer, type FaultServer } from '../helpers/fault-server.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/registry/', import.meta.url));
const CLI = fileURLToPath(new URL('../../packages/sdk/src/cli/main.ts', import.meta.url));
let out: string;

/** Runs the command in-process, keeping what it prints. */
async function run(...args: string[]) {
  const log: string[] = [];
  const warn: string[] = [];
  const code = await runSnapshotCommand(args, (line) => log.push(line), (line) => warn.push(line));
  return { code, log: log.join('\n'), warn: warn.join('\n') };
}
const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

before(async () => {
  out = await mkdtemp(join(tmpdir(), 'dpg-snapshot-'));
});
after(() => rm(out, { recursive: true, force: true }));

describe('dpg-kit snapshot on small fixtures', () => {
  for (const [fixture, shape, extra] of [
    ['app-api-2022.json', 'app-api', []],
    ['app-api-2026.json', 'app-api', ['--as-of', '2026-07-13']],
    ['legacy-basic.json', 'legacy', ['--as-of', '2025-01-31']],
    ['dpg-kit.json', 'dpg-kit', []],
  ] as const) {
    test(`reads ${fixture} (${shape}) and writes the layout with its manifest`, async () => {
      const dir = join(out, fixture);
      const { code, log } = await run('--from', join(FIXTURES, fixture), '--out', dir, ...extra);
      assert.equal(code, 0);
      assert.match(log, new RegExp(`\\(${shape}\\)`));
      const manifest = await readJson(join(dir, 'manifest.json'));
      const index = await readJson(join(dir, 'index.json'));
      assert.equal(manifest.counts.dpgs, index.dpgs.length);
      assert.ok(manifest.counts.dpgs > 0);
      assert.match(manifest.asOf, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(manifest.source, fixture === 'dpg-kit.json' ? 'https://partner.example.org/registry.json' : fixture);
      const files = await readdir(join(dir, 'dpgs'));
      assert.ok(files.length > 0 && files.length <= index.dpgs.length);
    });
  }

  test('takes the date from --as-of, then the data, and says which date it used', async () => {
    const { log } = await run('--from', join(FIXTURES, 'app-api-2022.json'), '--out', join(out, 'dated'));
    assert.match(log, /as of 2022-11-10/);
    await run('--from', join(FIXTURES, 'app-api-2022.json'), '--out', join(out, 'dated'), '--as-of', '2024-02-02', '--source', 'Our copy');
    const manifest = await readJson(join(out, 'dated', 'manifest.json'));
    assert.deepEqual([manifest.asOf, manifest.source], ['2024-02-02', 'Our copy']);
  });

  test('asks for --as-of when the data carries no date', async () => {
    const { code, warn } = await run('--from', join(FIXTURES, 'app-api-2026.json'), '--out', join(out, 'undated'));
    assert.equal(code, 1);
    assert.match(warn, /--as-of YYYY-MM-DD/);
  });

  test('exits 2 on wrong usage, with the usage', async () => {
    for (const args of [[], ['--from', 'x.json'], ['--out', 'dir'], ['--from', 'x', '--out', 'y', '--as-of', 'July'], ['--frobnicate']]) {
      const { code, warn } = await run(...args);
      assert.equal(code, 2, args.join(' '));
      assert.ok(warn.length > 0);
    }
    const help = await run('--help');
    assert.equal(help.code, 0);
    assert.match(help.log, /Usage: dpg-kit snapshot/);
  });

  test('exits 1 on a file that is missing, not JSON, or no registry shape', async () => {
    const notJson = join(out, 'not.json');
    const noShape = join(out, 'shape.json');
    await writeFile(notJson, '{ nope');
    await writeFile(noShape, JSON.stringify({ hello: 'world' }));
    for (const [from, message] of [[join(out, 'missing.json'), /Cannot read/], [notJson, /not valid JSON/], [noShape, /not a registry file dpg-kit reads/]] as const) {
      const { code, warn } = await run('--from', from, '--out', join(out, 'never'), '--as-of', '2026-01-01');
      assert.equal(code, 1);
      assert.match(warn, message);
    }
  });

  test('runs as `dpg-kit snapshot` from the published command', () => {
    const dir = join(out, 'spawned');
    const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'snapshot', '--from', join(FIXTURES, 'dpg-kit.json'), '--out', dir], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /snapshot: \d+ DPGs \(dpg-kit\)/);
  });
});

describe('reading a registry from a URL', () => {
  let server: FaultServer;
  before(async () => {
    const raw = JSON.parse(await readFile(join(FIXTURES, 'app-api-2026.json'), 'utf8'));
    server = await startServer({ '/api/dpgs': json(raw), '/html': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>') });
  });
  after(() => server.close());

  test('dates a URL read today, names the URL as its source', async () => {
    clearHttpCache();
    const input = await readRegistryInput(server.url('/api/dpgs'), { now: () => new Date('2026-12-04T10:00:00Z') });
    assert.equal(input.asOf, '2026-12-04');
    assert.equal(input.source, server.url('/api/dpgs'));
    assert.ok(input.records.length > 0);
  });

  test('passes the network errors on, typed', async () => {
    await assert.rejects(readRegistryInput(server.url('/html')), (e) => isDpgError(e, 'parse'));
  });
});
