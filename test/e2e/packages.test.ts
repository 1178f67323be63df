// What a developer installs: each package's `npm pack` file list, its exports, README, licence
// and Custom Elements Manifest, and the JSX/Vue types compiled against real usage. Needs
// `npm run build`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { promisify } from 'node:util';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import * as sdk from '@dpg-kit/sdk';
import { rollup } from 'rollup';
import { TAGS } from './tags.js';

const run = promisify(execFile);
const PACKAGES = ['packages/sdk', 'packages/elements'];

interface Manifest {
  modules: Array<{ declarations?: Array<{ tagName?: string; attributes?: Array<{ name: string }>; events?: Array<{ name: string }> }> }>;
}
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

async function pack(dir: string): Promise<string[]> {
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
  const [report] = JSON.parse(stdout) as Array<{ files: Array<{ path: string }> }>;
  return report!.files.map((file) => file.path).sort();
}

const packs = new Map<string, Promise<string[]>>();
/** The files `npm pack` puts in a package, packed once per run and shared by every test that asks. */
function packedFiles(dir: string): Promise<string[]> {
  if (!packs.has(dir)) packs.set(dir, pack(dir));
  return packs.get(dir)!;
}

/** Every file target named by an `exports` map (not the `source` condition, which is for this repository). */
function exportTargets(exportsField: unknown): string[] {
  if (typeof exportsField === 'string') return [exportsField];
  if (!exportsField || typeof exportsField !== 'object') return [];
  return Object.entries(exportsField).flatMap(([key, value]) => (key === 'source' ? [] : exportTargets(value)));
}

describe('npm pack', () => {
  for (const dir of PACKAGES) {
    test(`${dir} ships only what a user needs, and everything its package.json names`, async () => {
      const files = await packedFiles(dir);
      // The CDN folder also carries its pages (embed.html, builder.html), their style sheets, in
      // ssr/ the style sheets of server-rendered elements, and dist/cdn/registry/, the registry
      // the CDN build reads beside its script.
      const allowed = /^(package\.json|README\.md|LICENSE|custom-elements\.json|dist\/.+\.(js|d\.ts)|dist\/cdn\/(ssr\/)?[\w-]+\.(html|css)|dist\/cdn\/registry\/([\w.-]+\/)?[\w.-]+\.json|data\/[\w-]+\.json|schemas\/[\w-]+\.schema\.json)$/;
      assert.deepEqual(files.filter((file) => !allowed.test(file)), [], 'files outside the allowed set');
      const forbidden = /(^|\/)(src|test|tests|stories|__tests__|fixtures)\/|\.(test|spec|stories)\.|tsbuildinfo|\.map$/;
      assert.deepEqual(files.filter((file) => forbidden.test(file)), []);

      const pkg = readJson<Record<string, unknown>>(join(dir, 'package.json'));
      assert.equal(pkg.license, 'MIT');
      const named = [pkg.main, pkg.types, pkg.customElements, ...exportTargets(pkg.exports)].filter((target): target is string => typeof target === 'string');
      for (const target of named) {
        const path = target.replace(/^\.\//, '');
        if (path.includes('*')) {
          const [prefix, suffix] = path.split('*') as [string, string];
          assert.ok(files.some((file) => file.startsWith(prefix) && file.endsWith(suffix)), `nothing packed matches ${target}`);
        } else {
          assert.ok(files.includes(path), `${target} is named in package.json but not packed`);
        }
      }
      assert.equal(readFileSync(join(dir, 'LICENSE'), 'utf8'), readFileSync('LICENSE', 'utf8'));
      assert.match(readFileSync('LICENSE', 'utf8'), /^MIT License/);
    });
  }

  test('@dpg-kit/elements carries the CDN build, a define module per tag, the manifest and JSX types', async () => {
    const files = await packedFiles('packages/elements');
    for (const tag of TAGS) assert.ok(files.includes(`dist/define/${tag}.js`), `dist/define/${tag}.js`);
    for (const file of ['dist/cdn/dpg-kit.js', 'dist/jsx/react.d.ts', 'dist/jsx/vue.d.ts', 'custom-elements.json']) assert.ok(files.includes(file), file);
    const chunks = files.filter((file) => file.startsWith('dist/cdn/chunks/'));
    assert.deepEqual(chunks, readdirSync('dist/cdn/chunks').filter((file) => file.endsWith('.js')).map((file) => `dist/cdn/chunks/${file}`).sort());
  });
});

test('a bundler keeps only the element imported: define/dpg-card.js brings no other element, map or geometry', async () => {
  const entry = '\0card-only';
  const bundle = await rollup({
    input: entry,
    plugins: [
      { name: 'card-only', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? "import '@dpg-kit/elements/define/dpg-card.js';" : null) },
      nodeResolve({ exportConditions: ['browser', 'import', 'default'] }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const modules = output.flatMap((chunk) => (chunk.type === 'chunk' ? Object.keys(chunk.modules) : [])).map((id) => id.replaceAll('\\', '/'));
  assert.ok(modules.some((id) => id.endsWith('/dist/dpg-card/dpg-card.js')), 'the card is bundled');
  const strays = modules.filter((id) => /\/(dpg-(badge|cop-table|pilot-map|pilot-list|registry|provider))\/|\/(d3-geo|topojson-client|world-atlas)\//.test(id));
  assert.deepEqual(strays, []);
});

describe('documentation', () => {
  test('the manifest describes every tag, and the elements README every tag, attribute and event', () => {
    const manifest = readJson<Manifest>('packages/elements/custom-elements.json');
    const declarations = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((declaration) => declaration.tagName);
    assert.deepEqual(declarations.map((declaration) => declaration.tagName).sort(), [...TAGS].sort());
    const readme = readFileSync('packages/elements/README.md', 'utf8');
    const missing: string[] = [];
    for (const declaration of declarations) {
      if (!readme.includes(`<${declaration.tagName}>`)) missing.push(`<${declaration.tagName}>`);
      for (const attribute of declaration.attributes ?? []) if (!readme.includes(`\`${attribute.name}\``)) missing.push(`${declaration.tagName} ${attribute.name}`);
      for (const event of declaration.events ?? []) if (!readme.includes(`\`${event.name}\``)) missing.push(`${declaration.tagName} ${event.name}`);
    }
    assert.deepEqual(missing, []);
  });

  test('the SDK README names every export of the package', () => {
    const readme = readFileSync('packages/sdk/README.md', 'utf8');
    assert.deepEqual(Object.keys(sdk).filter((name) => !readme.includes(name)), []);
  });

  test('the CHANGELOG has an entry for the unreleased changes', () => {
    assert.match(readFileSync('CHANGELOG.md', 'utf8'), /^## Unreleased$/m);
  });
});

// ---- Types: compile real uses of the JSX and Vue types, good ones and wrong ones. ----

const GOOD_REACT = `
import '@dpg-kit/elements/define/dpg-card.js';
import type {} from '@dpg-kit/elements/jsx/react';

export const page = (
  <dpg-provider registry-src="/registry.json" fallback>
    <dpg-card
      dpg-id="dhis2"
      variant="full"
      heading-level={2}
      theme="dark"
      ondpg-select={(event) => {
        const id: string = event.detail.id;
        const name: string = event.detail.dpg.name;
        if (id !== name) event.preventDefault();
      }}
      ondpg-error={(event) => event.detail.error.code}
    />
    <dpg-badge dpg-id="dhis2" size="small" ondpg-load={(event) => event.detail.empty} />
    <dpg-cop-table status="complete" sort-by="focus" sort-direction="descending" ondpg-sort={(event) => event.detail.column} />
    <dpg-pilot-map country="RW KE" color-by="sector" ondpg-country-select={(event) => event.detail.code} />
    <dpg-registry sdg="4" page-size={6} ondpg-change={(event) => event.detail.query} />
    ${TAGS.map((tag) => `<${tag} id="${tag}" className="x" />`).join('\n    ')}
  </dpg-provider>
);

document.querySelector('dpg-card')?.addEventListener('dpg-select', (event) => {
  const id: string = event.detail.id;
  return id;
});
`;

const GOOD_VUE = `
import type {} from '@dpg-kit/elements/jsx/vue';
import type { GlobalComponents } from 'vue';

type Props<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];
export const card: Props<'dpg-card'> = {
  'dpg-id': 'dhis2',
  variant: 'full',
  onDpgSelect: (event) => event.detail.dpg.name,
};
export const table: Props<'dpg-cop-table'> = { status: 'in-progress', onDpgFilter: (event) => event.detail.status };
${TAGS.map((tag, index) => `export const tag${index}: Props<'${tag}'> = {};`).join('\n')}
`;

/** Wrong uses, each of which must be refused with the given TypeScript error. */
const BAD: Record<string, { code: number; source: string }> = {
  'bad-variant.tsx': { code: 2322, source: `<dpg-card variant="huge" />` },
  'bad-detail.tsx': { code: 2339, source: `<dpg-card ondpg-select={(event) => event.detail.nope} />` },
  'bad-tag.tsx': { code: 2339, source: `<dpg-cardd dpg-id="dhis2" />` },
  'bad-size.tsx': { code: 2322, source: `<dpg-badge size={3} />` },
  'bad-vue.ts': { code: 2322, source: `({ variant: 'huge' }) satisfies InstanceType<import('vue').GlobalComponents['dpg-card']>['$props']` },
};

test('the JSX (React 19) and Vue types accept real uses and refuse wrong ones', async () => {
  const dir = 'dist/type-tests';
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  assert.ok(existsSync('packages/elements/dist/jsx/react.d.ts'), 'run `npm run build` first');
  writeFileSync(`${dir}/good-react.tsx`, GOOD_REACT);
  writeFileSync(`${dir}/good-vue.ts`, GOOD_VUE);
  for (const [file, { source }] of Object.entries(BAD)) {
    const framework = file.endsWith('.tsx') ? 'react' : 'vue';
    writeFileSync(`${dir}/${file}`, `import type {} from '@dpg-kit/elements/jsx/${framework}';\nexport const bad = ${source};\n`);
  }
  writeFileSync(
    `${dir}/tsconfig.json`,
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, jsx: 'react-jsx', module: 'ESNext', moduleResolution: 'Bundler', target: 'ES2022', lib: ['ES2023', 'DOM', 'DOM.Iterable'], types: [], skipLibCheck: false },
      include: ['*.ts', '*.tsx'],
    }),
  );
  const result = await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', `${dir}/tsconfig.json`]).catch((error: { stdout: string }) => error);
  const errors = result.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
  const inFile = (file: string) => errors.filter((line) => line.startsWith(`${dir}/${file}(`));
  assert.deepEqual([...inFile('good-react.tsx'), ...inFile('good-vue.ts')], [], 'the good uses compile');
  for (const [file, { code }] of Object.entries(BAD)) {
    assert.ok(inFile(file).some((line) => line.includes(`error TS${code}`)), `${file} is refused with TS${code}; got ${inFile(file).join(' | ') || 'no error'}`);
  }
  assert.equal(errors.length, errors.filter((line) => Object.keys(BAD).some((file) => line.startsWith(`${dir}/${file}(`))).length, `no other errors: ${errors.join('\n')}`);
});
