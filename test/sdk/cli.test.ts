// The CLI run as a real process, the way a partner runs `npx dpg-kit`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  test('shows one DPG with one country count, and exits 2 on an unknown id with a suggestion', () => {
    const one = cli('dpg', 'dhis2');
    assert.equal(one.code, 0);
    assert.match(one.out, /^DHIS2 \(dhis2\)/);
    assert.match(one.out, /^deployed in 88 countries: AF /m);
    assert.match(one.out, /^developed in 2: NO ZA$/m);
    const missing = cli('dpg', 'no-such-dpg');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /No DPG with id "no-such-dpg"\. List ids/);
    assert.match(cli('dpg', 'open-mrs').err, /No DPG with id "open-mrs"\. Did you mean openmrs\?/);
    assert.match(cli('dpg', 'dhis').err, /Did you mean dhis2\?/);
    assert.match(cli('dpg', 'district-health').err, /Did you mean dhis2\?/);
  });

  test('exits 2 on a country, an SDG or a query value that does not exist, saying what fits', () => {
    const country = cli('dpgs', '--country', 'XX');
    assert.equal(country.code, 2);
    assert.match(country.err, /^dpg-kit: --country XX is not an ISO 3166-1 alpha-2 country code/m);
    assert.doesNotMatch(country.err, /Did you mean/);
    assert.match(cli('dpgs', '--country', 'Kenya').err, /Did you mean KE\?/);
    assert.match(cli('pilots', '--country', 'RWA').err, /Did you mean RW\?/);
    assert.equal(cli('dpgs', '--country', 'ke', '--json').code, 0);
    const sdg = cli('dpgs', '--sdg', '99');
    assert.equal(sdg.code, 2);
    assert.match(sdg.err, /--sdg 99 is not a Sustainable Development Goal: give a number from 1 to 17/);
    assert.equal(cli('dpgs', '--sdg', 'SDG4', '--json').code, 0);
    const type = cli('dpgs', '--type', 'spaceship');
    assert.equal(type.code, 2);
    assert.match(type.err, /expected one of software/);
  });

  test('an unknown flag or a missing value gets a clean message, not the parser\'s text', () => {
    const unknown = cli('dpgs', '--contry', 'KE');
    assert.equal(unknown.code, 2);
    assert.equal(unknown.err, 'dpg-kit: Unknown option --contry. Did you mean --country?\nRun dpg-kit --help to see the options.\n');
    assert.doesNotMatch(cli('dpgs', '--zzzzzz').err, /Did you mean|positional/);
    assert.match(cli('dpgs', '--q').err, /^dpg-kit: Option --q needs a value\.$/m);
    assert.match(cli('dpgs', '--json=yes').err, /^dpg-kit: Option --json takes no value\.$/m);
  });

  test('prints its version with --version', () => {
    const { code, out } = cli('--version');
    assert.equal(code, 0);
    const manifest = JSON.parse(readFileSync(new URL('../../packages/sdk/package.json', import.meta.url), 'utf8')) as { version: string };
    assert.equal(out.trim(), manifest.version);
  });

  test('dpgs --json reads back through --registry: the same records, the same answers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dpg-kit-cli-'));
    try {
      const first = cli('dpgs', '--sdg', '3', '--json', '--limit', '1000');
      assert.equal(first.code, 0);
      const saved = join(dir, 'page.json');
      writeFileSync(saved, first.out);
      const page = JSON.parse(first.out) as { items: Array<{ id: string }>; total: number; meta: { asOf?: string } };
      assert.ok(page.total > 10);
      const again = cli('dpgs', '--registry', saved, '--json', '--limit', '1000');
      assert.equal(again.code, 0, again.err);
      const back = JSON.parse(again.out) as typeof page;
      assert.equal(back.total, page.total);
      assert.deepEqual(back.items, page.items);
      assert.equal(back.meta.asOf, page.meta.asOf);
      const table = cli('dpgs', '--registry', saved, '--q', 'dhis2');
      assert.match(table.out, /^id\s+name\s+types\s+SDGs\s+deployed in$/m);
      assert.match(table.out, /^dhis2\s+DHIS2.*\s88$/m);
      assert.match(table.out, /shown · .*page\.json/);
      assert.equal(cli('dpg', 'dhis2', '--registry', saved).code, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('dpg <id> --json prints a one-record page that reads back through --registry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dpg-kit-cli-'));
    try {
      const first = cli('dpg', 'openmrs', '--json');
      assert.equal(first.code, 0, first.err);
      const page = JSON.parse(first.out) as { items: Array<{ id: string; name: string }>; total: number; pages: number; meta: { source: string; asOf?: string } };
      assert.deepEqual([page.total, page.pages, page.items.length, page.items[0]?.id], [1, 1, 1, 'openmrs']);
      assert.match(page.meta.source, /snapshot/);
      const saved = join(dir, 'openmrs.json');
      writeFileSync(saved, first.out);
      const list = cli('dpgs', '--registry', saved, '--json');
      assert.equal(list.code, 0, list.err);
      const back = JSON.parse(list.out) as typeof page;
      assert.equal(back.total, 1);
      assert.deepEqual(back.items, page.items);
      assert.equal(back.meta.asOf, page.meta.asOf);
      const again = cli('dpg', 'openmrs', '--registry', saved, '--json');
      assert.equal(again.code, 0, again.err);
      assert.deepEqual((JSON.parse(again.out) as typeof page).items, page.items);
      assert.match(cli('dpg', 'openmrs', '--registry', saved).out, /^OpenMRS \(openmrs\)$/m);
      assert.equal(cli('dpg', 'dhis2', '--registry', saved).code, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a registry file of an unknown shape or not JSON exits 1 and says why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dpg-kit-cli-'));
    try {
      writeFileSync(join(dir, 'other.json'), JSON.stringify({ results: [1], next: null }));
      const other = cli('dpgs', '--registry', join(dir, 'other.json'));
      assert.equal(other.code, 1);
      assert.match(other.err, /^dpg-kit: This is not a registry file dpg-kit reads: found an object with keys "results", "next"/m);
      writeFileSync(join(dir, 'broken.json'), '{ not json');
      const broken = cli('dpgs', '--registry', join(dir, 'broken.json'));
      assert.equal(broken.code, 1);
      assert.match(broken.err, /broken\.json: cannot read it as JSON/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
    assert.equal(cli('pilots', '--status', 'someday').code, 2);
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
