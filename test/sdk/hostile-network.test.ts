/**
 * What the browser suite of network faults found, kept as a quick check in Node: a connection
 * that breaks in the middle of the body is reported as such, not as a host that cannot be reached.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DpgError } from '../../packages/sdk/src/errors.js';
import { clearHttpCache, fetchJson } from '../../packages/sdk/src/sources/fetch-json.js';
import { startServer, type FaultServer } from '../helpers/fault-server.js';

let server: FaultServer;
before(async () => {
  server = await startServer({
    '/cut': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"dpgs": [');
      setTimeout(() => res.destroy(), 30);
    },
    '/slow-cut': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
    },
  });
});
after(async () => {
  clearHttpCache();
  await server.close();
});

test('a body cut off mid-way is a network error that says the connection broke', async () => {
  await assert.rejects(fetchJson(server.url('/cut'), { retries: 0 }), (error: unknown) => {
    assert.ok(error instanceof DpgError);
    assert.equal(error.code, 'network');
    assert.match(error.message, /connection to .*\/cut broke after 10 bytes/);
    return true;
  });
});

test('the time limit and an abort during the body keep their own codes', async () => {
  await assert.rejects(fetchJson(server.url('/slow-cut'), { retries: 0, timeout: 200 }), (error: unknown) => error instanceof DpgError && error.code === 'timeout');
  const controller = new AbortController();
  const pending = fetchJson(server.url('/slow-cut?again'), { retries: 0, signal: controller.signal });
  setTimeout(() => controller.abort(), 100);
  await assert.rejects(pending, (error: unknown) => error instanceof DpgError && error.code === 'aborted');
});
