// `npx dpg-kit` from the repository root, as the README tells a developer to run it: npm finds
// the root package's bin, which runs the SDK's command line from its sources. Arguments, output
// and exit codes pass through unchanged.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = new URL('../..', import.meta.url);

test('npx dpg-kit in the repository root runs the CLI and passes its arguments', async () => {
  const { stdout } = await run('npx', ['--no-install', 'dpg-kit', 'dpg', 'dhis2', '--json'], { cwd: ROOT });
  const page = JSON.parse(stdout) as { items: Array<{ id: string; name: string }>; total: number };
  assert.equal(page.total, 1);
  assert.deepEqual([page.items[0]?.id, page.items[0]?.name], ['dhis2', 'DHIS2']);
});

test('npx dpg-kit keeps the CLI exit code for wrong usage', async () => {
  await assert.rejects(run('npx', ['--no-install', 'dpg-kit', 'no-such-command'], { cwd: ROOT }), (error: { code?: number; stderr?: string }) => {
    assert.equal(error.code, 2);
    assert.match(error.stderr ?? '', /unknown command "no-such-command"[\s\S]*dpg-kit --help/);
    return true;
  });
});
