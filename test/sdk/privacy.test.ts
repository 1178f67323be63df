/**
 * Privacy: no cookies or credentials on any request, no request at all with the default
 * settings, and no contact e-mail address in the data the SDK ships.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { IncomingHttpHeaders } from 'node:http';
import { createClient } from '../../packages/sdk/src/client.js';
import { loadShard, loadSlim, SHARD_COUNT } from '../../packages/sdk/src/snapshot-data/index.js';
import { loadBuiltinCops, loadBuiltinPilots } from '../../packages/sdk/src/pilots/data.js';
import { clearHttpCache, fetchJson } from '../../packages/sdk/src/sources/fetch-json.js';
import { httpSource } from '../../packages/sdk/src/sources/http.js';
import { startServer, type FaultServer } from '../helpers/fault-server.js';

const EMAIL = /(?<![\w/:.%+-])[\w.%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+|mailto:/i;

describe('privacy', () => {
  let server: FaultServer;
  const seen: IncomingHttpHeaders[] = [];
  before(async () => {
    server = await startServer({
      '/registry.json': (req, res) => {
        seen.push(req.headers);
        res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'session=tracked; Path=/' }).end('[]');
      },
      '/again.json': (req, res) => {
        seen.push(req.headers);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      },
    });
  });
  after(async () => {
    clearHttpCache();
    await server.close();
  });

  test('requests are made with credentials omitted', async () => {
    const modes: Array<RequestCredentials | undefined> = [];
    const spy: typeof fetch = (input, init) => {
      modes.push(input instanceof Request ? input.credentials : init?.credentials);
      return fetch(input, init);
    };
    await fetchJson(server.url('/registry.json'), { fetch: spy });
    assert.deepEqual(modes, ['omit']);
  });

  test('no cookie, authorisation or referrer reaches the server, even after it set a cookie', async () => {
    clearHttpCache();
    await createClient({ registry: httpSource(server.url('/registry.json')) }).dpgs.list();
    await fetchJson(server.url('/again.json'));
    assert.ok(seen.length >= 2);
    for (const headers of seen) {
      assert.equal(headers.cookie, undefined);
      assert.equal(headers.authorization, undefined);
      assert.equal(headers.referer, undefined);
    }
  });

  test('the default client asks the network for nothing', async () => {
    const original = globalThis.fetch;
    const calls: string[] = [];
    globalThis.fetch = (input: RequestInfo | URL) => {
      calls.push(String(input instanceof Request ? input.url : input));
      return Promise.reject(new Error('no request expected'));
    };
    try {
      const client = createClient();
      const page = await client.dpgs.list({ q: 'health' });
      await client.dpgs.get(page.items[0]!.id);
      await client.dpgs.facets();
      await client.pilots.list();
      await client.pilots.countries();
      await client.cops.list();
      await client.issues();
    } finally {
      globalThis.fetch = original;
    }
    assert.deepEqual(calls, []);
  });

  test('the embedded snapshot and the built-in pilots hold no contact e-mail address or contact name', async () => {
    const texts = [JSON.stringify(await loadSlim())];
    for (let shard = 0; shard < SHARD_COUNT; shard++) texts.push(JSON.stringify(await loadShard(shard)));
    texts.push(JSON.stringify(await loadBuiltinPilots()), JSON.stringify(await loadBuiltinCops()));
    for (const text of texts) {
      const found = EMAIL.exec(text);
      assert.equal(found, null, `an address: ${found?.[0] ?? ''}`);
      assert.ok(!/contact_?(name|email)/i.test(text), 'no contact fields');
    }
  });
});
