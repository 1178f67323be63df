// `npm run snapshot` run as a real process: same input, same bytes, and no contact data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../scripts/snapshot.ts', import.meta.url));
const INPUT = fileURLToPath(new URL('../fixtures/registry/app-api-2026.json', import.meta.url));

function snapshot(out: string, ...extra: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, INPUT, '--out', out, ...extra], { encoding: 'utf8', timeout: 60_000 });
}

test('builds the same bytes twice from the same input, without e-mail addresses', () => {
  const first = mkdtempSync(join(tmpdir(), 'dpg-snapshot-'));
  const second = mkdtempSync(join(tmpdir(), 'dpg-snapshot-'));
  try {
    const run = snapshot(first, '--as-of', '2026-07-13', '--source', 'fixture');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /snapshot: \d+ records, \d+ issues, as of 2026-07-13, from fixture/);
    assert.equal(snapshot(second, '--as-of', '2026-07-13', '--source', 'fixture').status, 0);
    const files = readdirSync(first).sort();
    assert.deepEqual(files, ['full-0.ts', 'full-1.ts', 'full-2.ts', 'full-3.ts', 'full-4.ts', 'full-5.ts', 'full-6.ts', 'full-7.ts', 'issues.ts', 'slim.ts']);
    for (const file of files) {
      const bytes = readFileSync(join(first, file), 'utf8');
      assert.equal(bytes, readFileSync(join(second, file), 'utf8'), `${file} differs between runs`);
      assert.doesNotMatch(bytes, /[\w.+-]+@[\w-]+\.[\w.-]+/, `${file} holds an e-mail address`);
    }
    assert.match(readFileSync(join(first, 'slim.ts'), 'utf8'), /\\"asOf\\":\\"2026-07-13\\"/);
    // The issues are a file of their own, loaded only when asked for: the slim file has none.
    assert.doesNotMatch(readFileSync(join(first, 'slim.ts'), 'utf8'), /\\"issues\\"/);
    assert.match(readFileSync(join(first, 'issues.ts'), 'utf8'), /\\"problem\\":/);
  } finally {
    rmSync(first, { recursive: true, force: true });
    rmSync(second, { recursive: true, force: true });
  }
});

test('refuses an input without a date unless --as-of gives one', () => {
  const out = mkdtempSync(join(tmpdir(), 'dpg-snapshot-'));
  try {
    const run = snapshot(out);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--as-of YYYY-MM-DD/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
