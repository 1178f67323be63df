// `dpg-kit render`, the SDK's command line reaching the server renderer of @dpg-kit/elements,
// run as a partner runs it (the built bin, in a child process): with the elements installed it
// prints what dpg-kit-render prints; with them missing it says what to install and exits 2.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { runRenderCommand } from '../../packages/sdk/src/cli/render-command.js';

const SDK_BIN = 'packages/sdk/dist/cli/main.js';
const RENDER_BIN = 'packages/elements/dist/ssr/cli.js';

/** Runs a bin; resolves with its exit code and output whatever the code. */
async function run(bin: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { timeout: 30_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const scratch: string[] = [];
after(() => {
  for (const folder of scratch) rmSync(folder, { recursive: true, force: true });
});

/**
 * The built SDK installed alone in a scratch folder, as in a project that has @dpg-kit/sdk and
 * not @dpg-kit/elements: its own dependencies linked in, nothing else reachable.
 */
function sdkAlone(): string {
  const root = mkdtempSync(join(tmpdir(), 'dpg-kit-sdk-alone-'));
  scratch.push(root);
  const sdk = join(root, 'node_modules/@dpg-kit/sdk');
  mkdirSync(sdk, { recursive: true });
  for (const entry of ['package.json', 'dist', 'data']) cpSync(join('packages/sdk', entry), join(sdk, entry), { recursive: true });
  const { dependencies } = JSON.parse(readFileSync('packages/sdk/package.json', 'utf8')) as { dependencies: Record<string, string> };
  for (const name of Object.keys(dependencies)) {
    mkdirSync(join(root, 'node_modules', name, '..'), { recursive: true });
    symlinkSync(resolve('node_modules', name), join(root, 'node_modules', name), 'dir');
  }
  return join(sdk, 'dist/cli/main.js');
}

describe('dpg-kit render', () => {
  it('prints what dpg-kit-render prints, element by element', async () => {
    const specs = ['dpg-card dpg-id=dhis2 variant=full', 'dpg-badge dpg-id=openimis', '--stylesheets', 'https://cdn.example/dpg/ssr/'];
    const [fromSdk, fromElements] = await Promise.all([run(SDK_BIN, 'render', ...specs), run(RENDER_BIN, ...specs)]);
    assert.equal(fromSdk.code, 0, fromSdk.stderr);
    assert.match(fromSdk.stdout, /^<dpg-card\s+dpg-id="dhis2" variant="full"><template [^>]*shadowrootmode="open"><link rel="stylesheet" href="https:\/\/cdn\.example\/dpg\/ssr\/dpg-card\.css">/);
    assert.match(fromSdk.stdout, /<\/dpg-card>\n<dpg-badge/);
    assert.equal(fromSdk.stdout, fromElements.stdout);
  });

  it('prints the head links with --head: a preload of each style sheet, then the hydration script and the entry', async () => {
    const { code, stdout } = await run(SDK_BIN, 'render', '--head', 'dpg-card dpg-id=dhis2', 'dpg-badge', 'dpg-card dpg-id=openimis');
    assert.equal(code, 0);
    assert.equal(
      stdout,
      [
        '<link rel="preload" as="style" href="/cdn/ssr/dpg-badge.css">',
        '<link rel="preload" as="style" href="/cdn/ssr/dpg-card.css">',
        '<script type="module" src="/cdn/dpg-kit-hydrate.js"></script>',
        '<script type="module" src="/cdn/dpg-kit.js"></script>',
        '',
      ].join('\n'),
    );
    const elsewhere = await run(SDK_BIN, 'render', '--head', '--cdn', 'https://cdn.example/dpg-kit/', 'dpg-cop-table');
    assert.match(elsewhere.stdout, /href="https:\/\/cdn\.example\/dpg-kit\/ssr\/dpg-cop-table\.css"/);
    assert.match(elsewhere.stdout, /src="https:\/\/cdn\.example\/dpg-kit\/dpg-kit\.js"/);
  });

  it('uses its own name in its messages; usage errors exit 2', async () => {
    const help = await run(SDK_BIN, 'render', '--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: dpg-kit render '<tag>/);
    const wrong = await run(SDK_BIN, 'render', 'dpg-registry');
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /^dpg-kit render: "dpg-registry" does not start with a tag that renders on the server/);
    assert.match((await run(SDK_BIN, '--help')).stdout, /render '<tag> \.\.\.'/);
  });

  it('without @dpg-kit/elements installed, names the packages to install and exits 2', async () => {
    const bin = sdkAlone();
    // The SDK alone still works.
    const listed = await run(bin, 'cops', '--json');
    assert.equal(listed.code, 0, listed.stderr);
    assert.ok((JSON.parse(listed.stdout) as unknown[]).length > 0);
    const { code, stdout, stderr } = await run(bin, 'render', 'dpg-card dpg-id=dhis2');
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /^dpg-kit render: the server renderer is not installed \(@dpg-kit\/elements is missing\)/);
    assert.match(stderr, /npm install @dpg-kit\/elements @lit-labs\/ssr/);
  });

  it('names the package that is missing when it is another (Lit\'s renderer, say)', async () => {
    const messages: string[] = [];
    const code = await runRenderCommand(['dpg-card'], (text) => messages.push(text), '@lit-labs/no-such-renderer');
    assert.equal(code, 2);
    assert.match(messages.join('\n'), /\(@lit-labs\/no-such-renderer is missing\)/);
  });
});
