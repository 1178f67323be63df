// The one country count: deployment, with development apart, and "not stated" instead of 0.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryCounts, deploymentCount } from '../../packages/sdk/src/index.js';
import { createClient } from '../../packages/sdk/src/client.js';

test('deployment is the count; development stays apart; none stated is null, not 0', () => {
  const dpg = { countries: { deployment: ['KE', 'UG', 'ZA'], development: ['NO', 'ZA'] } };
  assert.equal(deploymentCount(dpg), 3);
  assert.deepEqual(countryCounts(dpg), { deployment: 3, development: 2 });
  const unstated = { countries: { deployment: [], development: [] } };
  assert.equal(deploymentCount(unstated), null);
  assert.deepEqual(countryCounts(unstated), { deployment: null, development: null });
});

test('the countries sort orders by the same count, with records that state none last', async () => {
  const page = await createClient().dpgs.list({ sort: 'countries', pageSize: 1000 });
  const counts = page.items.map((dpg) => deploymentCount(dpg) ?? 0);
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
  assert.equal(deploymentCount(page.items.at(-1)!), null);
  const dhis2 = await createClient().dpgs.get('dhis2');
  assert.deepEqual(countryCounts(dhis2), { deployment: 88, development: 2 });
});
