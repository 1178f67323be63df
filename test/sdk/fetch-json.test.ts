import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { clearHttpCache, fetchJson } from '../../packages/sdk/src/sources/fetch-json.js';
import { json, startServer, type FaultServer } from '../helpers/fault-server.js';
import { jsonFaultRoutes } from '../helpers/json-faults.js';
import { rejectsWith } from '../helpers/rejects.js';

const fast = { retryDelay: () => 10 };

describe('fetchJson against a real server', () => {
  let server: FaultServer;
  before(async () => {
    server = await startServer({
      ...jsonFaultRoutes(),
      '/ok': json({ hello: 'world' }),
      '/big-declared': (_req, res) => res.writeHead(200, { 'content-length': '999999999' }).end(),
      '/etag': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
        else res.writeHead(200, { etag: '"v1"', 'content-type': 'application/json' }).end('{"version":1}');
      },
    });
  });
  after(() => server.close());

  test('parses a JSON body', async () => {
    const response = await fetchJson(server.url('/ok'));
    assert.deepEqual(response.data, { hello: 'world' });
    assert.equal(response.cached, false);
  });

  test('serves a repeated request from memory within the TTL', async () => {
    clearHttpCache();
    await fetchJson(server.url('/ok'));
    const again = await fetchJson(server.url('/ok'));
    assert.equal(again.cached, true);
    assert.equal(server.hits('/ok'), 2); // one from the first test, one here
  });

  test('retries a 500 and a dropped connection, then succeeds', async () => {
    const response = await fetchJson(server.url('/flaky'), fast);
    assert.deepEqual(response.data, [1, 2]);
    assert.equal(server.hits('/flaky'), 2);
    assert.deepEqual((await fetchJson(server.url('/dropped'), fast)).data, { again: true });
    assert.equal(server.hits('/dropped'), 2);
  });

  test('gives up after the retries with an http error carrying the status', async () => {
    const error = await rejectsWith(fetchJson(server.url('/down'), { ...fast, retries: 2 }), 'http', /500/);
    assert.equal(error.status, 500);
    assert.equal(server.hits('/down'), 3);
  });

  test('honours Retry-After on a 503', async () => {
    const started = Date.now();
    const response = await fetchJson(server.url('/busy'), fast);
    assert.deepEqual(response.data, { ok: true });
    assert.ok(Date.now() - started >= 900, 'waited for Retry-After');
  });

  test('does not retry a 404 and says to check the URL', async () => {
    const error = await rejectsWith(fetchJson(server.url('/missing'), fast), 'http', /404.*Check the URL/);
    assert.equal(error.status, 404);
    assert.equal(server.hits('/missing'), 1);
  });

  test('rejects an HTML page with a parse error that names it', async () => {
    await rejectsWith(fetchJson(server.url('/html')), 'parse', /HTML page/);
  });

  test('rejects truncated JSON with a parse error', async () => {
    await rejectsWith(fetchJson(server.url('/truncated')), 'parse', /not send valid JSON/);
  });

  test('times out on a server that never answers', async () => {
    await rejectsWith(fetchJson(server.url('/hang'), { timeout: 300 }), 'timeout', /300 ms/);
  });

  test('times out on a server that drips bytes forever', async () => {
    await rejectsWith(fetchJson(server.url('/drip'), { timeout: 400 }), 'timeout');
  });

  test('stops reading a body over the size limit', async () => {
    await rejectsWith(fetchJson(server.url('/big'), { maxBytes: 1000 }), 'too-large', /limit/);
  });

  test('refuses a body whose declared length is over the limit before reading it', async () => {
    await rejectsWith(fetchJson(server.url('/big-declared')), 'too-large');
  });

  test('revalidates with If-None-Match and reuses the body on 304', async () => {
    const first = await fetchJson(server.url('/etag'), { cacheTtl: 0 });
    const second = await fetchJson(server.url('/etag'), { cacheTtl: 0 });
    assert.deepEqual(second.data, first.data);
    assert.equal(second.revalidated, true);
    assert.equal(server.hits('/etag'), 2);
  });

  test('aborts in the middle of a body', async () => {
    clearHttpCache();
    const controller = new AbortController();
    const pending = fetchJson(server.url('/slow-body'), { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await rejectsWith(pending, 'aborted');
  });

  test('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await rejectsWith(fetchJson(server.url('/ok'), { signal: controller.signal }), 'aborted');
  });

  test('shares identical concurrent requests, and one caller aborting leaves the other served', async () => {
    clearHttpCache();
    const before = server.hits('/slow-body');
    const controller = new AbortController();
    const leaving = fetchJson(server.url('/slow-body'), { signal: controller.signal });
    const staying = fetchJson(server.url('/slow-body'), { signal: new AbortController().signal });
    controller.abort();
    await rejectsWith(leaving, 'aborted');
    assert.deepEqual((await staying).data, [1, 2]);
    assert.equal(server.hits('/slow-body') - before, 1);
  });

  test('reports a refused connection as a network error', async () => {
    const closed = await startServer({});
    const url = closed.url('/gone');
    await closed.close();
    await rejectsWith(fetchJson(url, { ...fast, retries: 1 }), 'network', /Could not reach/);
  });
});
