// The embedded snapshot keeps the issues met reading the registry in a file of their own, so
// that lists, searches and cards never load them; `client.issues()` still lists every one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createClient } from '../../packages/sdk/src/client.js';
import { adaptAny } from '../../packages/sdk/src/adapters/detect.js';
import { DpgError } from '../../packages/sdk/src/errors.js';
import { redactEmails } from '../../packages/sdk/src/normalize/text.js';
import { fallback } from '../../packages/sdk/src/sources/fallback.js';
import { snapshotSource } from '../../packages/sdk/src/sources/snapshot.js';
import type { RegistrySource } from '../../packages/sdk/src/sources/source.js';
import { loadIssues, loadSlim } from '../../packages/sdk/src/snapshot-data/index.js';

test('the slim file holds no issues; the issues file holds them', async () => {
  const slim = await loadSlim();
  assert.equal('issues' in slim, false);
  const issues = await loadIssues();
  assert.ok(issues.length > 100, `${issues.length} issues`);
  assert.ok(issues.every((issue) => typeof issue.field === 'string' && typeof issue.problem === 'string'));
});

test('the snapshot source loads records without issues, and its issues apart', async () => {
  const source = snapshotSource();
  const data = await source.load();
  assert.deepEqual(data.issues, []);
  assert.deepEqual(await source.loadIssues!(), await loadIssues());
});

test('client.issues() on the snapshot lists every issue of the issues file, then the pilots\' ones', async () => {
  const client = createClient({ registry: snapshotSource() });
  const listed = await client.issues();
  const registryIssues = await loadIssues();
  assert.deepEqual(listed.slice(0, registryIssues.length), registryIssues);
  assert.ok(listed.slice(registryIssues.length).every((issue) => issue.field.startsWith('pilots') || issue.field.startsWith('cops')), 'only pilot data follows');
});

test('behind fallback, the issues are those of the source that served the records', async () => {
  const failing: RegistrySource = {
    name: 'down',
    load: () => Promise.reject(new DpgError('network', 'down')),
  };
  const served = createClient({ registry: fallback(failing, snapshotSource()) });
  const registryIssues = await loadIssues();
  assert.deepEqual((await served.issues()).slice(0, registryIssues.length), registryIssues);

  const inline: RegistrySource = {
    name: 'inline',
    load: async () => ({ records: [], issues: [{ recordId: 'x', field: 'name', problem: 'missing', value: null }], meta: { source: 'inline' } }),
  };
  const live = createClient({ registry: fallback(inline, snapshotSource()) });
  const issues = await live.issues();
  assert.deepEqual(issues[0], { recordId: 'x', field: 'name', problem: 'missing', value: null });
  assert.equal(issues.filter((issue) => issue.recordId !== 'x' && !issue.field.startsWith('pilots')).length, 0, 'none of the backup\'s issues');
});

test('an abort before the issues load rejects with aborted', async () => {
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(snapshotSource().loadIssues!({ signal: controller.signal }), (error: unknown) => error instanceof DpgError && error.code === 'aborted');
});

// The issues file is what reading the registry dump the snapshot was made from meets, as the
// slim file carried them before: e-mail addresses cut out, nothing else changed.
const dump = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'dpg-registry', 'app-api-2026.json');
test('the issues file is what reading app-api-2026.json meets', { skip: existsSync(dump) ? false : `no ${dump}` }, async () => {
  const { issues } = adaptAny(JSON.parse(readFileSync(dump, 'utf8')));
  const scrubbed = JSON.parse(JSON.stringify(issues), (_key, value: unknown) => (typeof value === 'string' ? redactEmails(value) : value)) as unknown;
  assert.deepEqual(await loadIssues(), scrubbed);
});
