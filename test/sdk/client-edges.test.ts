// The less travelled paths of the client and its sources: signals everywhere, partner
// Communities of Practice, fallback on aborts and on foreign errors, codes without names.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createClient } from '../../packages/sdk/src/client.js';
import { fallback } from '../../packages/sdk/src/sources/fallback.js';
import { snapshotSource } from '../../packages/sdk/src/sources/snapshot.js';
import { loadShard, shardOf, SHARD_COUNT } from '../../packages/sdk/src/snapshot-data/index.js';
import { alpha2ToNumeric, countryInfo, countryName, isCountryCode } from '../../packages/sdk/src/normalize/country-codes.js';
import type * as CountryCodesModule from '../../packages/sdk/src/normalize/country-codes.js';
import { DpgError } from '../../packages/sdk/src/errors.js';
import type { RegistrySource } from '../../packages/sdk/src/sources/source.js';

type CountryCodes = typeof CountryCodesModule;

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;

async function code(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof DpgError ? error.code : `not a DpgError: ${String(error)}`),
  );
}

describe('client calls with a live signal', () => {
  const client = createClient();
  const signal = new AbortController().signal;

  test('every method accepts a signal and answers as without one', async () => {
    assert.equal((await client.dpgs.list({ sdg: 4 }, { signal })).total, await client.dpgs.count({ sdg: 4 }, { signal }));
    assert.equal((await client.dpgs.get('dhis2', { signal })).id, 'dhis2');
    assert.equal((await client.dpgs.get('dhis2')).id, 'dhis2', 'the full record is kept after the first get');
    assert.ok((await client.dpgs.facets({}, { signal })).total > 0);
    assert.ok((await client.dpgs.pilots('dhis2', { signal })).length > 0);
    const pilots = await client.pilots.list({}, { signal });
    assert.equal((await client.pilots.get(pilots[0]!.id, { signal })).id, pilots[0]!.id);
    assert.ok((await client.pilots.countries({ country: 'LK' }, { signal })).every((c) => c.code === 'LK'));
    assert.ok(Array.isArray(await client.pilots.dpgs(pilots[0]!.id, { signal })));
    assert.equal((await client.cops.list({}, { signal })).length, 6);
    assert.ok(Array.isArray(await client.issues({ signal })));
    assert.match((await client.meta({ signal })).source, /snapshot/);
  });

  test('rejects lookups of DPGs it does not have', async () => {
    assert.equal(await code(client.dpgs.get(42 as never)), 'not-found');
    assert.equal(await code(client.dpgs.pilots('no-such-dpg')), 'not-found');
  });

  test('a pilot whose DPG is not in the registry lists no registry DPGs', async () => {
    const gdl = (await client.pilots.list({ dpg: 'Global Digital Library' }))[0]!;
    assert.deepEqual(await client.pilots.dpgs(gdl.id), []);
  });
});

describe('partner Communities of Practice', () => {
  const partner = { format: 'dpg-kit/cops', version: 1, cops: [{ id: 'agriculture', priorityArea: 'Agriculture', focus: null, status: 'coming-soon' }] };

  test('are added to the built-in ones by default', async () => {
    const cops = await createClient({ cops: partner }).cops.list();
    assert.equal(cops.length, 7);
    assert.ok(cops.some((c) => c.id === 'agriculture'));
  });

  test('replace the built-in ones when asked', async () => {
    const cops = await createClient({ cops: partner, copsMode: 'replace' }).cops.list();
    assert.deepEqual(cops.map((c) => c.id), ['agriculture']);
  });

  test('report the bad records of a file as issues and keep the good one', async () => {
    const client = createClient({ cops: fixture('pilots/partner-cops-bad.json'), copsMode: 'replace' });
    const cops = await client.cops.list();
    assert.ok(cops.some((c) => c.id === 'good-cop'));
    const issues = await client.issues();
    assert.ok(issues.some((i) => i.recordId === 'bad-status' && i.problem === 'set-aside'));
  });
});

describe('fallback', () => {
  const failing = (error: unknown): RegistrySource => ({
    name: 'failing',
    load: () => Promise.reject(error),
  });

  test('passes an abort through instead of serving the backup', async () => {
    const source = fallback(failing(new DpgError('aborted', 'stop')), snapshotSource());
    assert.equal(await code(source.load()), 'aborted');
  });

  test('wraps a failure that is not a DpgError as a network error in the stale reason', async () => {
    const data = await fallback(failing(new TypeError('socket hang up')), snapshotSource()).load();
    assert.equal(data.meta.stale?.error?.code, 'network');
    assert.match(data.meta.stale?.reason ?? '', /socket hang up/);
  });

  test('asks the live source for full records when live served, and tolerates a source without them', async () => {
    const live: RegistrySource = { name: 'live', load: () => snapshotSource().load() };
    const source = fallback(live, snapshotSource());
    await source.load();
    assert.equal(await source.loadFull?.('dhis2'), undefined);
  });
});

describe('the snapshot source', () => {
  test('has no full record for an id it does not hold, and rejects an aborted load', async () => {
    const source = snapshotSource();
    assert.equal(await source.loadFull?.('no-such-dpg'), undefined);
    const controller = new AbortController();
    controller.abort();
    assert.equal(await code(source.load({ signal: controller.signal })), 'aborted');
  });

  test('spreads ids over every shard and returns an empty shard past the last', async () => {
    const used = new Set(((await snapshotSource().load()).records).map((r) => shardOf(r.id)));
    assert.equal(used.size, SHARD_COUNT);
    assert.deepEqual(await loadShard(SHARD_COUNT + 1), {});
  });
});

describe('country codes', () => {
  test('know ISO codes and Kosovo, and nothing else', () => {
    assert.ok(isCountryCode('RW'));
    assert.ok(isCountryCode('XK'));
    assert.equal(isCountryCode('ZZ'), false);
    assert.equal(isCountryCode('__proto__'), false);
    assert.equal(alpha2ToNumeric('toString'), undefined);
    assert.equal(alpha2ToNumeric('sz'), '748');
  });

  test('name countries in a language, fall back on a bad tag, and echo unknown codes', () => {
    assert.equal(countryName('DE', 'fr'), 'Allemagne');
    assert.equal(countryName('DE', '!!not a tag'), 'Germany');
    assert.equal(countryName('ZZ', 'en'), 'ZZ');
    assert.equal(countryInfo('ZZ'), undefined);
    assert.deepEqual(countryInfo('gm'), { code: 'GM', numeric: '270', name: 'Gambia' });
    assert.equal(countryInfo('XK')?.numeric, null);
  });

  test('still name Kosovo, and print codes, where the runtime has no names or answers codes', async () => {
    const real = Intl.DisplayNames;
    // A fresh copy of the module for each runtime: it keeps the names it made on first use.
    const load = (runtime: string) => import(`../../packages/sdk/src/normalize/country-codes.ts?${runtime}`) as Promise<CountryCodes>;
    try {
      (Intl as { DisplayNames: unknown }).DisplayNames = undefined;
      const none = await load('no-display-names');
      assert.equal(none.countryName('XK', 'fr'), 'Kosovo');
      assert.equal(none.countryName('ke'), 'KE');
      assert.deepEqual(none.countryInfo('xk'), { code: 'XK', numeric: null, name: 'Kosovo' });
      (Intl as { DisplayNames: unknown }).DisplayNames = class {
        of(code: string): string {
          return code;
        }
      };
      const echo = await load('echoing-display-names');
      assert.equal(echo.countryName('XK'), 'Kosovo');
      assert.equal(echo.countryName('KE', 'de'), 'KE');
    } finally {
      (Intl as { DisplayNames: unknown }).DisplayNames = real;
    }
  });
});
