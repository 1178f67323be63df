// hostedSource asks for a DPG's file at once, before the code that reads it has loaded, and
// hands that request to the reader as its first attempt. Against a real server on 127.0.0.1:
// the early request is the only one when it succeeds, carries the reader's headers, is retried
// like any other, and is closed by the time limit or the caller's abort.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostedSource } from '../../packages/sdk/src/sources/hosted.js';
import { writeHostedRegistry } from '../../packages/sdk/src/hosted/write.js';
import { isDpgError } from '../../packages/sdk/src/errors.js';
import { dpg } from '../helpers/records.js';
import { startServer, type FaultServer } from '../helpers/fault-server.js';

let dir: string;
let server: FaultServer;
let recordFile: string;
/** The requests of the hanging routes, to see that each was closed. */
const hanging: IncomingMessage[] = [];
const seenHeaders: Record<string, string | string[] | undefined>[] = [];
/** The headers of the flaky route's requests: the early one, then the reader's own retry. */
const flakyHeaders: Record<string, string | string[] | undefined>[] = [];

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dpg-early-'));
  await writeHostedRegistry(dir, { records: [dpg({ id: 'dhis2', name: 'DHIS2' })], issues: [], asOf: '2026-07-13', source: 'test registry' });
  recordFile = await readFile(join(dir, 'dpgs', 'dhis2.json'), 'utf8');
  const ok = (res: ServerResponse) => res.writeHead(200, { 'content-type': 'application/json' }).end(recordFile);
  const hang = (req: IncomingMessage) => void hanging.push(req);
  server = await startServer({
    '/ok/dpgs/dhis2.json': (req, res) => {
      seenHeaders.push(req.headers);
      ok(res);
    },
    '/flaky/dpgs/dhis2.json': (req, res, hit) => {
      flakyHeaders.push(req.headers);
      if (hit === 1) res.writeHead(503).end('busy');
      else ok(res);
    },
    '/hang/dpgs/dhis2.json': hang,
    '/abort/dpgs/dhis2.json': hang,
  });
});
after(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** Resolves once `req`'s connection has closed; rejects after `ms`. */
function closed(req: IncomingMessage, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    if (req.socket.destroyed) return resolve();
    const timer = setTimeout(() => reject(new Error(`the request stayed open ${ms} ms`)), ms);
    req.socket.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

test('a DPG that answers at once is requested once, with the reader’s headers', async () => {
  const source = hostedSource(server.url('/ok/'), { retries: 2, timeout: 5000, headers: { 'x-partner': 'ministry' } });
  const record = await source.loadOne!('dhis2', { detail: 'compact' });
  assert.equal(record?.name, 'DHIS2');
  assert.equal(server.hits('/ok/dpgs/dhis2.json'), 1);
  assert.equal(seenHeaders.at(-1)?.accept, 'application/json');
  assert.equal(seenHeaders.at(-1)?.['x-partner'], 'ministry');
});

test('an early request that fails is retried like any other, and asks as the reader asks', async () => {
  const source = hostedSource(server.url('/flaky/'), { retries: 1, retryDelay: () => 10, timeout: 5000, headers: { 'x-partner': 'ministry' } });
  const record = await source.loadOne!('dhis2', { detail: 'compact' });
  assert.equal(record?.name, 'DHIS2');
  assert.equal(server.hits('/flaky/dpgs/dhis2.json'), 2);
  // The early request writes its own init; the retry is fetchSmallJson's: the two must not drift.
  const asked = (headers: (typeof flakyHeaders)[number]) => ({ accept: headers.accept, partner: headers['x-partner'], cookie: headers.cookie });
  assert.deepEqual(asked(flakyHeaders[0]!), asked(flakyHeaders[1]!));
});

test('the time limit ends the early request with a timeout error and closes it', async () => {
  const source = hostedSource(server.url('/hang/'), { retries: 0, timeout: 300 });
  await assert.rejects(source.loadOne!('dhis2', { detail: 'compact' }), (error) => isDpgError(error, 'timeout'));
  assert.equal(server.hits('/hang/dpgs/dhis2.json'), 1);
  await closed(hanging.at(-1)!, 2000);
});

test('the caller’s abort ends the early request, before or after it is sent', async () => {
  const source = hostedSource(server.url('/abort/'), { retries: 0, timeout: 5000 });
  const controller = new AbortController();
  const loading = source.loadOne!('dhis2', { detail: 'compact', signal: controller.signal });
  for (let waited = 0; server.hits('/abort/dpgs/dhis2.json') === 0; waited += 5) {
    assert.ok(waited < 2000, 'the request never reached the server');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  controller.abort();
  await assert.rejects(loading, (error) => isDpgError(error, 'aborted'));
  await closed(hanging.at(-1)!, 2000);

  await assert.rejects(source.loadOne!('dhis2', { detail: 'compact', signal: AbortSignal.abort() }), (error) => isDpgError(error, 'aborted'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(server.hits('/abort/dpgs/dhis2.json'), 1, 'an aborted call sends nothing');
});
