// The CLI run as a real process, the way a partner runs `npx dpg-kit`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../packages/sdk/src/cli/main.ts', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('dpg-kit CLI', () => {
  test('prints usage with --help and exits 0', () => {
    const { code, out } = cli('--help');
    assert.equal(code, 0);
    assert.match(out, /Usage: dpg-kit <command>/);
  });

  test('exits 2 with the usage on an unknown command or a bad option', () => {
    assert.equal(cli('frobnicate').code, 2);
    const bad = cli('dpgs', '--limit', '0');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--limit must be/);
    assert.equal(cli('dpgs', '--no-such-flag').code, 2);
  });

  test('lists the Communities of Practice as a table and as JSON', () => {
    const table = cli('cops');
    assert.equal(table.code, 0);
    assert.match(table.out, /^priority area\s+focus\s+status/m);
    assert.match(table.out, /Climate Change Adaptation\s+Climate & Weather Services\s+in-progress/);
    const json = JSON.parse(cli('cops', '--status', 'complete', '--json').out) as Array<{ status: string }>;
    assert.equal(json.length, 3);
    assert.ok(json.every((cop) => cop.status === 'complete'));
  });

  test('lists pilots filtered by country', () => {
    const pilots = JSON.parse(cli('pilots', '--country', 'GM', '--json').out) as Array<{ countries: string[]; dpgs: Array<{ id?: string }> }>;
    assert.ok(pilots.length >= 1);
    assert.ok(pilots.every((p) => p.countries.includes('GM')));
    assert.ok(pilots.some((p) => p.dpgs.some((d) => d.id === 'dhis2')));
  });

  test('searches DPGs in the embedded snapshot', () => {
    const page = JSON.parse(cli('dpgs', '--q', 'dhis2', '--json', '--limit', '5').out) as { items: Array<{ id: string }>; total: number };
    assert.equal(page.items[0]?.id, 'dhis2');
    const table = cli('dpgs', '--sdg', '4', '--country', 'RW');
    assert.equal(table.code, 0);
    assert.match(table.out, /shown · snapshot of/);
  });

  test('shows one DPG and fails with exit 1 on an unknown id', () => {
    const one = cli('dpg', 'dhis2');
    assert.equal(one.code, 0);
    assert.match(one.out, /^DHIS2 \(dhis2\)/);
    const missing = cli('dpg', 'no-such-dpg');
    assert.equal(missing.code, 1);
    assert.match(missing.err, /No DPG with id "no-such-dpg"/);
  });

  test('validates a good partner pilots file with exit 0', () => {
    const { code, out } = cli('validate', `${FIXTURES}pilots/partner-pilots-good.json`);
    assert.equal(code, 0, out);
    assert.match(out, /valid pilots file/);
  });

  test('reports every problem of a bad file with exit 1', () => {
    const pilots = cli('validate', `${FIXTURES}pilots/partner-pilots-bad.json`);
    assert.equal(pilots.code, 1);
    assert.match(pilots.err, /problem\(s\)/);
    assert.match(pilots.err, /ISO 3166-1/);
    const cops = cli('validate', `${FIXTURES}pilots/partner-cops-bad.json`, '--json');
    assert.equal(cops.code, 1);
    const report = JSON.parse(cops.out) as { kind: string; valid: boolean; errors: Array<{ id: string | null }> };
    assert.equal(report.kind, 'cops');
    assert.equal(report.valid, false);
    assert.ok(report.errors.some((e) => e.id === 'bad-status'));
  });

  test('fails with exit 1 on a file that is not JSON or does not exist', () => {
    assert.equal(cli('validate', CLI).code, 1);
    assert.equal(cli('validate', `${FIXTURES}nope.json`).code, 1);
    assert.equal(cli('validate').code, 2);
  });

  test('reads DPGs from a registry file given with --registry', () => {
    const page = JSON.parse(cli('dpgs', '--registry', `${FIXTURES}registry/app-api-2026.json`, '--json').out) as { items: Array<{ name: string }>; meta: { source: string } };
    assert.ok(page.items.some((d) => d.name === 'DIGIT'));
    assert.match(page.meta.source, /app-api-2026\.json$/);
  });

  test('fails with exit 1 and a typed message when the registry URL is unreachable', () => {
    const { code, err } = cli('dpgs', '--registry', 'http://127.0.0.1:9/registry.json');
    assert.equal(code, 1);
    assert.match(err, /^dpg-kit: Could not reach/m);
  });

  test('filters pilots by sector, status, DPG and text together', () => {
    const pilots = JSON.parse(cli('pilots', '--sector', 'education', '--dpg', 'dhis2', '--q', 'Uganda', '--json').out) as Array<{ countries: string[]; sector: string }>;
    // The Eswatini pilot draws on experts from Uganda, so the text finds it too.
    assert.deepEqual(new Set(pilots.flatMap((p) => p.countries)), new Set(['UG', 'SZ']));
    const table = cli('pilots', '--status', 'announced', '--dpg', 'Global Digital Library');
    assert.equal(table.code, 0);
    assert.match(table.out, /Global Digital Library \(not in registry\)/);
    assert.equal(cli('pilots', '--status', 'someday').code, 1);
  });

  test('sorts and filters DPGs by every option', () => {
    const page = JSON.parse(
      cli('dpgs', '--type', 'software', '--license', 'open', '--stage', 'dpg', '--sort', 'countries', '--limit', '3', '--json').out,
    ) as { items: Array<{ countries: { deployment: string[] } }> };
    assert.equal(page.items.length, 3);
    const counts = page.items.map((d) => d.countries.deployment.length);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
    assert.equal(cli('dpgs', '--sector', 'no such sector', '--json').code, 0);
    assert.equal(cli('dpg').code, 2);
  });
});
