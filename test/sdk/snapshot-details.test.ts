// The embedded snapshot keeps what the adapters read: licence links, awards, deployment organisations, DPG ids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from '../../packages/sdk/src/client.js';

test('a full record has every licence evidence link and its awards; the slim list keeps the first link', async () => {
  const client = createClient();
  const kindly = await client.dpgs.get('kindly');
  assert.deepEqual(kindly.licenses[0]?.links?.map((link) => link.url), [
    'https://github.com/unicef/kindly/blob/main/LICENSE',
    'https://github.com/unicef/kindly/blob/main/LICENSE.data.md',
  ]);
  const listed = (await client.dpgs.list({ q: 'kindly', pageSize: 50 })).items.find((dpg) => dpg.id === 'kindly');
  assert.equal(listed?.licenses[0]?.url, 'https://github.com/unicef/kindly/blob/main/LICENSE');
  assert.equal(listed?.licenses[0]?.links, undefined);
  const all = (await client.dpgs.list({ pageSize: 1000 })).items;
  assert.ok(all.every((dpg) => /^GID\d+$/.test(dpg.dpgId ?? '')));
  assert.ok(all.every((dpg) => dpg.awards === undefined), 'awards are long texts: full records only');
  const dhis2 = await client.dpgs.get('dhis2');
  assert.ok(dhis2.deploymentOrganizations?.includes("United Nations International Children's Emergency Fund"));
  const withAwards = await Promise.all(all.slice(0, 60).map((dpg) => client.dpgs.get(dpg.id)));
  assert.ok(withAwards.some((dpg) => (dpg.awards?.length ?? 0) > 10));
});
