// The fetch-only reader of a hosted registry's small files keeps fetchJson's guarantees: a time
// limit, retries on network errors and 5xx only, Retry-After, abort, a size limit, typed errors.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fetchSmallJson } from '../../packages/sdk/src/sources/fetch-small.js';
import { json, startServer, type FaultServer } from '../helpers/fault-server.js';
import { jsonFaultRoutes } from '../helpers/json-faults.js';
import { rejectsWith } from '../helpers/rejects.js';

const fast = { retryDelay: () => 10 };

describe('fetchSmallJson against a real server', () => {
  let server: FaultServer;
  const cookies: (string | undefined)[] = [];
  before(async () => {
    server = await startServer({
      ...jsonFaultRoutes(),
      '/ok': (req, res, hit) => (cookies.push(req.headers.cookie), json({ hello: 'world' })(req, res, hit)),
    });
  });
  after(() => server.close());

  test('parses a JSON body, and sends no cookie', async () => {
    assert.deepEqual(await fetchSmallJson(server.url('/ok')), { hello: 'world' });
    assert.deepEqual(cookies, [undefined]);
  });

  test('retries a 500 and a dropped connection, then succeeds', async () => {
    assert.deepEqual(await fetchSmallJson(server.url('/flaky'), fast), [1, 2]);
    assert.equal(server.hits('/flaky'), 2);
    assert.deepEqual(await fetchSmallJson(server.url('/dropped'), fast), { again: true });
    assert.equal(server.hits('/dropped'), 2);
  });

  test('gives up after the retries with an http error carrying the status', async () => {
    const error = await rejectsWith(fetchSmallJson(server.url('/down'), { ...fast, retries: 2 }), 'http', /500/);
    assert.equal(error.status, 500);
    assert.equal(server.hits('/down'), 3);
  });

  test('honours Retry-After on a 503', async () => {
    const started = Date.now();
    assert.deepEqual(await fetchSmallJson(server.url('/busy'), fast), { ok: true });
    assert.ok(Date.now() - started >= 900, 'waited for Retry-After');
  });

  test('does not retry a 404 and says to check the URL', async () => {
    const error = await rejectsWith(fetchSmallJson(server.url('/missing'), fast), 'http', /404.*Check the URL/);
    assert.equal(error.status, 404);
    assert.equal(server.hits('/missing'), 1);
  });

  test('rejects an HTML page and truncated JSON with parse errors', async () => {
    await rejectsWith(fetchSmallJson(server.url('/html')), 'parse', /HTML page/);
    await rejectsWith(fetchSmallJson(server.url('/truncated')), 'parse', /not send valid JSON/);
  });

  test('times out on a server that never answers, or drips bytes forever, retries included', async () => {
    await rejectsWith(fetchSmallJson(server.url('/hang'), { timeout: 300 }), 'timeout', /300 ms/);
    await rejectsWith(fetchSmallJson(server.url('/drip'), { timeout: 400 }), 'timeout');
    const started = Date.now();
    await rejectsWith(fetchSmallJson(server.url('/down'), { timeout: 300, retries: 5, retryDelay: () => 1000 }), 'timeout');
    assert.ok(Date.now() - started < 900, 'the time limit cut the wait between attempts short');
  });

  test('stops reading a body over the size limit', async () => {
    await rejectsWith(fetchSmallJson(server.url('/big'), { maxBytes: 1000 }), 'too-large', /limit/);
  });

  test('aborts in the middle of a body, and at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    const pending = fetchSmallJson(server.url('/slow-body'), { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await rejectsWith(pending, 'aborted');
    await rejectsWith(fetchSmallJson(server.url('/ok'), { signal: AbortSignal.abort() }), 'aborted');
  });

  test('reports a refused connection as a network error', async () => {
    const closed = await startServer({});
    const url = closed.url('/gone');
    await closed.close();
    await rejectsWith(fetchSmallJson(url, { ...fast, retries: 1 }), 'network', /Could not reach/);
  });
});
