/**
 * Conformance of `dpg-kit snapshot` on the real registry files: each shape (the legacy export
 * and both web-app API shapes) is written as a hosted folder, served on 127.0.0.1 and read back
 * through hostedSource, which must see every record and read one DPG from its own file alone.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSnapshotCommand } from '../packages/sdk/src/cli/snapshot-command.js';
import { createClient } from '../packages/sdk/src/client.js';
import { hostedSource } from '../packages/sdk/src/sources/hosted.js';
import { serveFolder } from '../test/helpers/static-folder.js';

type Check = (name: string, ok: boolean, detail?: string) => void;

const INPUTS = [
  { file: 'dpgs.json', shape: 'legacy', asOf: ['--as-of', '2024-05-01'] },
  { file: 'app-api-sample.json', shape: 'app-api', asOf: [] },
  { file: 'app-api-2026.json', shape: 'app-api', asOf: ['--as-of', '2026-07-13'] },
];

export async function checkHostedSnapshots(dataDir: string, check: Check): Promise<void> {
  console.log('\ndpg-kit snapshot → hosted folder → hostedSource');
  const out = await mkdtemp(join(tmpdir(), 'dpg-conformance-'));
  try {
    for (const { file, shape, asOf } of INPUTS) {
      const dir = join(out, file);
      const printed: string[] = [];
      const code = await runSnapshotCommand(['--from', join(dataDir, file), '--out', dir, ...asOf], (line) => printed.push(line), (line) => printed.push(line));
      console.log(`  ${printed[0] ?? '(nothing printed)'}`);
      check(`snapshot ${file}: written as ${shape}`, code === 0 && printed[0]?.includes(`(${shape})`) === true, printed.join(' '));
      if (code !== 0) continue;
      const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
      const server = await serveFolder(dir);
      try {
        const client = createClient({ registry: hostedSource(server.base) });
        const count = await client.dpgs.count();
        check(`snapshot ${file}: the index holds every record the manifest counts`, count === manifest.counts.dpgs && count > 0, `${count} of ${manifest.counts.dpgs}`);
        const { items } = await client.dpgs.list({ pageSize: 1 });
        const first = items[0]!;
        // The count and the page came from first.json while the index loads behind them: let it
        // arrive, so that the requests counted below are the second client's alone.
        await client.issues();
        const reader = createClient({ registry: hostedSource(server.base) });
        server.requests.length = 0;
        const [meta, one] = await Promise.all([reader.meta(), reader.dpgs.get(first.id, { detail: 'compact' })]);
        const requested = [...server.requests].sort().join(' ');
        check(
          `snapshot ${file}: one card reads the manifest and its DPG's file only`,
          one.id === first.id && meta.asOf === manifest.asOf && requested === `/dpgs/${first.id}.json /manifest.json`,
          requested,
        );
      } finally {
        await server.close();
      }
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
