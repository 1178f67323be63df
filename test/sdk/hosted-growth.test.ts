// A card's bytes do not grow with the registry: written in the hosted layout, the files a
// compact card reads (manifest.json and dpgs/<id>.json) are the same at 245 records as at
// 10,000, while the index grows with the registry as lists need it to.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { adaptAny } from '../../packages/sdk/src/adapters/detect.js';
import { writeHostedRegistry } from '../../packages/sdk/src/hosted/write.js';
import { readEmbeddedSnapshot } from '../../packages/sdk/src/hosted/embedded.js';
import { syntheticRegistry } from '../../scripts/synthetic.js';

let root: string;
const gzipped = async (file: string) => gzipSync(await readFile(file), { level: 9 }).length;

async function writeSynthetic(count: number): Promise<string> {
  const dir = join(root, String(count));
  const { records, issues } = adaptAny(syntheticRegistry(count));
  assert.equal(records.length, count);
  await writeHostedRegistry(dir, { records, issues, asOf: '2026-07-13', source: 'synthetic' });
  return dir;
}

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'dpg-growth-'));
});
after(() => rm(root, { recursive: true, force: true }));

test('the files of one card are the same bytes at 245 and at 10,000 synthetic records', async () => {
  const small = await writeSynthetic(245);
  const large = await writeSynthetic(10_000);
  // The first records of both runs are the same records (same seed), so their files match.
  const { records } = adaptAny(syntheticRegistry(3));
  for (const { id } of records) {
    const file = join('dpgs', `${id}.json`);
    assert.deepEqual(await readFile(join(large, file)), await readFile(join(small, file)), file);
  }
  const manifestSmall = await readFile(join(small, 'manifest.json'), 'utf8');
  const manifestLarge = await readFile(join(large, 'manifest.json'), 'utf8');
  // Only the counts differ: two more digits, nothing that grows with the records.
  assert.equal(manifestLarge.replace('"dpgs":10000', '"dpgs":245').replace(/"issues":\d+/, ''), manifestSmall.replace(/"issues":\d+/, ''));
  assert.ok(manifestLarge.length - manifestSmall.length <= 4);
  // The index, which lists and search need, does grow: the card does not read it.
  assert.ok((await stat(join(large, 'index.json'))).size > 30 * (await stat(join(small, 'index.json'))).size);
});

test('a compact card on the embedded snapshot reads under 2 kB gzip of data', async () => {
  const dir = join(root, 'embedded');
  const snapshot = await readEmbeddedSnapshot();
  assert.ok(snapshot.records.length >= 200);
  await writeHostedRegistry(dir, snapshot);
  const cardBytes = (await gzipped(join(dir, 'manifest.json'))) + (await gzipped(join(dir, 'dpgs', 'dhis2.json')));
  assert.ok(cardBytes < 2048, `${cardBytes} bytes`);
  assert.ok((await gzipped(join(dir, 'index.json'))) > 20 * cardBytes, 'the index stays out of a card page');
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  assert.match(manifest.source, /^snapshot of /);
});
