/**
 * Hostile data against the SDK: every generated record is either read into a clean model
 * record or set aside with an Issue; nothing throws past the API, no prototype is touched, no
 * unsafe URL or e-mail address survives, and the whole run stays within a time and memory bound.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDpgError } from '../../packages/sdk/src/errors.js';
import { adaptAny } from '../../packages/sdk/src/adapters/detect.js';
import { adaptAppApi } from '../../packages/sdk/src/adapters/app-api.js';
import { adaptLegacy } from '../../packages/sdk/src/adapters/legacy.js';
import { adaptNormalized } from '../../packages/sdk/src/adapters/normalized.js';
import { createClient } from '../../packages/sdk/src/client.js';
import { DpgError } from '../../packages/sdk/src/errors.js';
import type { Issue } from '../../packages/sdk/src/issues.js';
import { isCountryCode } from '../../packages/sdk/src/normalize/country-codes.js';
import { validateCopsFile, validatePilotsFile } from '../../packages/sdk/src/pilots/validate.js';
import { httpSource } from '../../packages/sdk/src/sources/http.js';
import { clearHttpCache } from '../../packages/sdk/src/sources/fetch-json.js';
import { countRecords, hostileFiles, hostileSet, type HostileSet } from '../helpers/hostile.js';
import { redactEmails } from '../../packages/sdk/src/normalize/text.js';
import { startServer, type FaultServer } from '../helpers/fault-server.js';

import { assertCleanDpg, assertCleanIssue, assertCleanPilot, prototypeSnapshot, setAsideIndex } from '../helpers/hostile-checks.js';

interface Tally {
  tried: number;
  read: number;
  setAside: number;
  issues: Map<string, number>;
  byShape: string[];
}

const tally: Tally = { tried: 0, read: 0, setAside: 0, issues: new Map(), byShape: [] };
function record(shape: string, tried: number, read: number, setAside: number): void {
  tally.tried += tried;
  tally.read += read;
  tally.setAside += setAside;
  tally.byShape.push(`${shape} ${tried}/${read}/${setAside}`);
}
function count(issues: readonly Issue[]): void {
  for (const issue of issues) tally.issues.set(issue.problem, (tally.issues.get(issue.problem) ?? 0) + 1);
}

describe('hostile records', () => {
  let set: HostileSet;
  let files: ReturnType<typeof hostileFiles>;
  let protoBefore: string;
  let started: number;
  let heapBefore: number;
  let heapPeak = 0;
  const sampleHeap = () => {
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  };

  before(() => {
    protoBefore = prototypeSnapshot();
    heapBefore = process.memoryUsage().heapUsed;
    started = performance.now();
    set = hostileSet();
    files = hostileFiles(set);
    sampleHeap();
  });

  after(() => {
    const seconds = (performance.now() - started) / 1000;
    const issues = [...tally.issues].sort((a, b) => b[1] - a[1]).map(([problem, n]) => `${problem} ${n}`).join(', ');
    const total = [...tally.issues.values()].reduce((a, b) => a + b, 0);
    console.log(`hostile: ${tally.tried} records tried, ${tally.read} read (screenings: joined), ${tally.setAside} set aside or reported`);
    console.log(`hostile: by shape (tried/read/set aside): ${tally.byShape.join(', ')}`);
    console.log(`hostile: ${total} issues by code: ${issues}`);
    console.log(`hostile: ${seconds.toFixed(1)} s, heap peak +${((heapPeak - heapBefore) / 1e6).toFixed(0)} MB over the run's start`);
  });

  test('the generator makes at least 500 records, the same ones for the same seed', () => {
    assert.ok(countRecords(set) >= 500, `${countRecords(set)} records`);
    assert.equal(JSON.stringify(hostileSet({ perShape: 20 }).pilots), JSON.stringify(hostileSet({ perShape: 20 }).pilots));
    assert.notEqual(JSON.stringify(hostileSet({ perShape: 20, seed: 1 }).appApi2022), JSON.stringify(hostileSet({ perShape: 20, seed: 2 }).appApi2022));
    const changes = Object.values(set).flatMap((list) => list.flatMap((s: { changes: string[] }) => s.changes)).join(' ');
    for (const kind of ['megabyte-string', 'long-array', 'deep-nesting', 'proto-keys', 'duplicate-id', 'not-an-object']) assert.ok(changes.includes(kind), `some record has ${kind}`);
  });

  const registryShapes = [
    ['legacy', 'legacy'],
    ['appApi2022', 'app-api'],
    ['appApi2026', 'app-api'],
    ['normalized', 'dpg-kit'],
  ] as const;

  for (const [name, shape] of registryShapes) {
    test(`${name}: every record is read or set aside with an issue, and what is read is clean`, () => {
      const raw = JSON.parse(files[name]) as unknown;
      const screenings = name === 'legacy' ? (JSON.parse(files.screenings) as unknown) : undefined;
      const result = adaptAny(raw, { screenings });
      sampleHeap();
      assert.equal(result.shape, shape);
      const input = set[name].length;
      // Screenings are counted apart: they complete basic records and are never records themselves.
      const setAside = result.issues.filter((issue) => issue.problem === 'set-aside' && !issue.field.startsWith('screenings'));
      const indexes = new Set(setAside.map(setAsideIndex));
      assert.equal(indexes.size, setAside.length, 'at most one set-aside issue per record');
      assert.equal(result.records.length + setAside.length, input, `${result.records.length} read + ${setAside.length} set aside = ${input}`);
      assert.equal(new Set(result.records.map((r) => r.id)).size, result.records.length, 'ids are unique');
      for (const record of result.records) assertCleanDpg(record);
      for (const issue of result.issues) assertCleanIssue(issue);
      assert.ok(result.issues.some((issue) => issue.problem === 'unsafe-url'), 'unsafe URLs are reported');
      record(name, input, result.records.length, setAside.length);
      count(result.issues);
    });

    test(`${name}: each record alone is either one record or set aside, never both`, () => {
      const raw = JSON.parse(files[name]) as unknown[] | { dpgs: unknown[] };
      const list = Array.isArray(raw) ? raw : raw.dpgs;
      for (const [i, item] of list.entries()) {
        const alone = Array.isArray(raw) ? [item] : { ...raw, dpgs: [item] };
        const result = name === 'legacy' ? adaptLegacy(alone) : name === 'normalized' ? adaptNormalized(alone) : adaptAppApi(alone);
        const setAside = result.issues.filter((issue) => issue.problem === 'set-aside').length;
        assert.ok(
          (result.records.length === 1 && setAside === 0) || (result.records.length === 0 && setAside === 1),
          `${name}[${i}] (${set[name][i]!.changes.join(', ')}): ${result.records.length} records, ${setAside} set aside`,
        );
      }
    });
  }

  test('legacy screenings: each completes its basic record or is reported', () => {
    const result = adaptLegacy(JSON.parse(files.legacy), JSON.parse(files.screenings));
    // A screening is reported when it is unreadable, repeats a slug, or no basic record claims it.
    const reported = result.issues.filter((issue) => issue.problem === 'not-joined' || issue.field.startsWith('screenings[')).length;
    // A joined screening always brings at least the documentation or ownership indicator, or countries.
    const joined = result.records.filter((r) => r.indicators && Object.keys(r.indicators).some((key) => key !== 'license')).length;
    assert.ok(reported > 0 && joined > 0, `${joined} joined, ${reported} reported`);
    assert.ok(joined + reported <= set.screenings.length, `${joined} joined + ${reported} reported ≤ ${set.screenings.length}`);
    record('screenings', set.screenings.length, set.screenings.length - reported, reported);
  });

  for (const key of ['pilots', 'cops'] as const) {
    test(`${key}: every record is kept or set aside with a located error`, () => {
      const validate = key === 'pilots' ? validatePilotsFile : validateCopsFile;
      const file = JSON.parse(files[key]) as Record<string, unknown> & { [k in typeof key]: unknown[] };
      let kept = 0;
      let setAside = 0;
      for (const [i, record] of file[key].entries()) {
        const result = validate({ ...file, [key]: [record] });
        const records = 'pilots' in result ? result.pilots : result.cops;
        const errors = result.errors.filter((error) => error.index === 0);
        assert.ok((records.length === 1) !== (errors.length > 0), `${key}[${i}] (${set[key][i]!.changes.join(', ')}): kept ${records.length}, ${errors.length} errors`);
        for (const error of errors) assert.ok(error.message.length <= 2000, `a short message: ${error.message.length}`);
        if (records.length === 1) kept++;
        else setAside++;
      }
      const whole = validate(file);
      sampleHeap();
      const wholeRecords = 'pilots' in whole ? whole.pilots : whole.cops;
      assert.ok(wholeRecords.length <= kept, 'duplicates in the whole file set more aside');
      if ('pilots' in whole) for (const pilot of whole.pilots) assertCleanPilot(pilot);
      record(key, file[key].length, kept, setAside);
      // A set-aside partner record becomes one Issue of its own through the client.
      tally.issues.set('set-aside', (tally.issues.get('set-aside') ?? 0) + setAside);
    });
  }

  describe('through a client, over HTTP', () => {
    let server: FaultServer;
    before(async () => {
      const serve = (body: string) => (_req: unknown, res: ServerResponse) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      server = await startServer({
        '/legacy.json': serve(files.legacy),
        '/app-2022.json': serve(files.appApi2022),
        '/app-2026.json': serve(files.appApi2026),
        '/normalized.json': serve(files.normalized),
        '/pilots.json': serve(files.pilots),
        '/cops.json': serve(files.cops),
        '/deep.json': serve(`${'['.repeat(100_000)}${']'.repeat(100_000)}`),
      });
    });
    after(async () => {
      clearHttpCache();
      await server.close();
    });

    /** Runs `call`; it must resolve, or reject with a DpgError of one of `codes`. */
    async function settles<T>(call: () => Promise<T>, codes: readonly string[] = ['not-found', 'invalid-query']): Promise<T | undefined> {
      try {
        return await call();
      } catch (error) {
        assert.ok(error instanceof DpgError, `only DpgError crosses the API, got ${String(error)}`);
        assert.ok(codes.includes(error.code), `expected ${codes.join(' or ')}, got ${error.code}: ${error.message}`);
        return undefined;
      }
    }

    const HOSTILE_IDS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '<script>__pwned()</script>', '', ' ', '\ud800', 'x'.repeat(100_000), 'javascript:__pwned()'];
    const HOSTILE_QUERIES: unknown[] = [
      { q: '<script>__pwned()</script>' }, { q: '\ud800\udfff\u202e' }, { q: 'x'.repeat(100_000) }, { q: '__proto__' }, { q: '*'.repeat(50) },
      { sdg: 18 }, { sdg: 0 }, { sdg: '4' }, { sdg: 4.5 }, { sdg: [4, 99] }, { country: '__proto__' }, { country: 'Narnia' },
      { type: 'virus' }, { license: 'constructor' }, { stage: 'evil' }, { sector: 'toString' }, { page: -1 }, { page: 1e9 }, { pageSize: 0 },
      { pageSize: 1e6 }, { sort: 'evil' }, { page: 'two' }, JSON.parse('{"__proto__": {"polluted": "yes"}}'),
    ];

    for (const [path, label] of [['/app-2022.json', 'app API 2022'], ['/app-2026.json', 'app API 2026'], ['/normalized.json', 'dpg-kit JSON'], ['/legacy.json', 'legacy']] as const) {
      test(`${label}: list, count, facets, search and get answer for every record and hostile input`, async () => {
        const client = createClient({ registry: httpSource(server.url(path)), pilots: server.url('/pilots.json'), cops: server.url('/cops.json') });
        const all = await client.dpgs.list({ pageSize: 1000 });
        sampleHeap();
        assert.ok(all.total > 0, `${label}: some records were read`);
        assert.equal(await client.dpgs.count(), all.total);
        for (const record of all.items) {
          const full = await client.dpgs.get(record.id);
          assert.equal(full.id, record.id);
          await settles(() => client.dpgs.pilots(record.id));
        }
        for (const id of HOSTILE_IDS) await settles(() => client.dpgs.get(id));
        for (const query of HOSTILE_QUERIES) {
          await settles(() => client.dpgs.list(query as never));
          await settles(() => client.dpgs.facets(query as never));
          await settles(() => client.dpgs.count(query as never));
        }
        const facets = await client.dpgs.facets();
        for (const { value } of facets.sdg) assert.ok(value >= 1 && value <= 17);
        for (const { value } of facets.country) assert.ok(isCountryCode(value), `facet country ${value}`);
        const pilots = await client.pilots.list();
        for (const pilot of pilots) assertCleanPilot(pilot);
        for (const pilot of pilots.slice(0, 50)) await settles(() => client.pilots.dpgs(pilot.id));
        for (const id of HOSTILE_IDS) await settles(() => client.pilots.get(id));
        await client.pilots.countries();
        await client.cops.list();
        const issues = await client.issues();
        assert.ok(issues.length > 0);
        for (const issue of issues) assertCleanIssue(issue);
      });
    }

    test('a file nested 100,000 deep is refused as no registry (invalid-data), not a stack overflow', async () => {
      const client = createClient({ registry: httpSource(server.url('/deep.json'), { retries: 0 }) });
      await assert.rejects(client.dpgs.list(), (error: unknown) => isDpgError(error, 'invalid-data') && /found an array of 1 items/.test(error.message));
    });

    test('a search for a pasted 100,000-character text answers at once', async () => {
      // It threw a RangeError once: the typo search of one huge "word" asked for a 10 GB table.
      const client = createClient({ registry: httpSource(server.url('/app-2026.json')) });
      await client.dpgs.list();
      for (const q of ['x'.repeat(100_000), 'health education '.repeat(6000)]) {
        const start = performance.now();
        const page = await client.dpgs.list({ q });
        const ms = performance.now() - start;
        assert.ok(page.total >= 0);
        assert.ok(ms < 2000, `a ${q.length}-character search took ${ms.toFixed(0)} ms`);
      }
    });
  });

  test('no prototype was touched', () => {
    assert.equal(prototypeSnapshot(), protoBefore);
    const probe: Record<string, unknown> = {};
    for (const key of ['polluted', 'isAdmin']) {
      assert.equal(probe[key], undefined, `Object.prototype.${key}`);
      assert.equal(([] as unknown as Record<string, unknown>)[key], undefined, `Array.prototype.${key}`);
    }
  });

  test('the run stays within its time and memory bound', () => {
    sampleHeap();
    const seconds = (performance.now() - started) / 1000;
    const heapMb = (heapPeak - heapBefore) / 1e6;
    // Guards against a blow-up (quadratic work, a copy per issue), set at several times the measured figures.
    assert.ok(seconds < 30, `took ${seconds.toFixed(1)} s`);
    assert.ok(heapMb < 1024, `heap grew by ${heapMb.toFixed(0)} MB`);
  });
});

describe('hostile records through the command line', () => {
  const CLI = fileURLToPath(new URL('../../packages/sdk/src/cli/main.ts', import.meta.url));
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dpg-kit-hostile-'));
    const files = hostileFiles(hostileSet({ perShape: 40, bigPerShape: 1 }));
    for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, `${name}.json`), body);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cli = (...args: string[]) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };

  test('lists, shows and validates them without a crash, and prints no terminal control character', () => {
    const runs = [
      cli('dpgs', '--registry', join(dir, 'appApi2026.json')),
      cli('dpgs', '--registry', join(dir, 'normalized.json'), '--q', '<script>', '--json'),
      cli('dpg', 'hostile-legacy-1', '--registry', join(dir, 'legacy.json')),
      cli('validate', join(dir, 'pilots.json')),
      cli('validate', join(dir, 'cops.json'), '--kind', 'cops'),
    ];
    for (const [i, run] of runs.entries()) {
      // 0 done, 1 an invalid file or a missing id: never a crash with a stack trace.
      assert.ok(run.code === 0 || run.code === 1, `run ${i} exited ${run.code}: ${run.err.slice(0, 300)}`);
      assert.ok(!/\n\s+at .+:\d+:\d+\)?\n/.test(run.err), `run ${i} printed a stack trace`);
      // eslint-disable-next-line no-control-regex -- an escape sequence could rewrite the reader's terminal
      assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(run.out + run.err), `run ${i} printed a control character`);
    }
    assert.equal(runs[0]!.code, 0);
    assert.equal(runs[3]!.code, 1, 'a pilots file with bad records is reported as invalid');
  });
});

describe('what the hostile records found, one case each', () => {
  test('a mailto: address is removed like any other', () => {
    assert.equal(redactEmails('Write to mailto:jane@example.org, or MAILTO:x.y@example.org.'), 'Write to [e-mail removed], or [e-mail removed].');
    assert.equal(redactEmails('https://user:pass@example.org/'), 'https://user:pass@example.org/');
  });

  test('names, aliases, sectors and organisations lose their e-mail addresses too', () => {
    const { records } = adaptAppApi([{ id: '1', name: 'Tool for jane@example.org', aliases: 'Alias mailto:a@example.org, Other', sectors: ['x@example.org'], organizations: [{ name: 'Org (org@example.org)' }] }]);
    assert.equal(records[0]!.name, 'Tool for [e-mail removed]');
    assert.deepEqual(records[0]!.aliases, ['Alias [e-mail removed]', 'Other']);
    assert.deepEqual(records[0]!.sectors, ['[e-mail removed]']);
    assert.equal(records[0]!.organizations[0]!.name, 'Org ([e-mail removed])');
  });

  test('issues written for set-aside or unjoined records keep no address and no megabyte', () => {
    const { issues } = adaptLegacy([{ name: '   ', _file: 'nominees/a.json' }, { name: 'ok', _file: 'nominees/ok.json', type: ['software'] }], [{ name: 'x', _file: 'mailto:a@example.org' }]);
    const values = issues.map((issue) => String(issue.value));
    assert.ok(values.every((value) => !value.includes('a@example.org')), values.join(' | '));
    const app = adaptAppApi([{ name: `${' '.repeat(10)}\u200b${'\u200b'.repeat(1_000_000)}` }]);
    assert.ok(String(app.issues[0]!.value).length < 300);
  });

  test('a partner pilot is read as plain text: well-formed, one line, no bidi, no address', () => {
    const { pilots } = validatePilotsFile({
      format: 'dpg-kit/pilots',
      version: 1,
      pilots: [{ id: 'p', title: 'Pilot \u202eevil\u202c \ud800', summary: 'Ask jane@example.org\r\nfor more.', dpgs: [{ name: 'K\u200benya tool' }], countries: ['KE'], partners: ['mailto:p@example.org'], sector: 'health', status: 'active', links: [] }],
    });
    assert.equal(pilots.length, 1);
    assert.equal(pilots[0]!.title, 'Pilot evil \ufffd');
    assert.equal(pilots[0]!.summary, 'Ask [e-mail removed]\nfor more.');
    assert.equal(pilots[0]!.dpgs[0]!.name, 'Kenya tool');
    assert.deepEqual(pilots[0]!.partners, ['[e-mail removed]']);
  });

  test('a validation message quotes no e-mail address', () => {
    const { errors } = validateCopsFile({ format: 'dpg-kit/cops', version: 1, cops: [{ id: 'c', priorityArea: 'x', focus: null, status: 'jane@example.org' }] });
    assert.ok(errors.length > 0);
    for (const error of errors) assert.ok(!error.message.includes('jane@'), error.message);
  });
});
