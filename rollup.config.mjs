// The one-file CDN build: dist/cdn/dpg-kit.js defines every element; data, search, the map and
// the heavier elements become chunks loaded on demand, relative to the module's own URL
// (`import.meta.url`), so the folder can be hosted anywhere.
//
// Beside the script it writes the embedded snapshot as a hosted registry (dist/cdn/registry/:
// manifest, index, one file per DPG and one of long texts per DPG), which the entry reads, so
// that a page with one card downloads that card's file only.
//
// Besides dist/cdn it writes dist/cdn-graph.json (which chunk imports which, statically or
// lazily, and the modules inside each) for `npm run size`, and copies the build (without
// source maps) into packages/elements/dist/cdn so that the npm package carries it too.
//
// Three more builds, each one file with nothing shared, add the embedding pages to the folder
// (sources in packages/elements/embed/): embed.html and its module (one element in an iframe),
// builder.html and its module (the snippet builder), and dpg-embed.js (the host page's helper).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { transform } from 'esbuild';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import { minifyCssLiterals } from './scripts/css-literals.mjs';
import terser from '@rollup/plugin-terser';

const OUT = 'dist/cdn';
const GRAPH = 'dist/cdn-graph.json';
const PACKAGE_COPY = 'packages/elements/dist/cdn';

/** Empties the output folder first, so that chunks of an earlier build do not linger. */
function cleanOutput() {
  return {
    name: 'dpg-clean-output',
    buildStart() {
      rmSync(OUT, { recursive: true, force: true });
      rmSync(PACKAGE_COPY, { recursive: true, force: true });
    },
  };
}

/** Prints each output file's minified and min+gzip size once the bundle is written. */
function sizeReport() {
  return {
    name: 'dpg-size-report',
    writeBundle(_options, bundle) {
      const rows = Object.values(bundle)
        .filter((file) => file.type === 'chunk')
        .map((chunk) => ({ file: chunk.fileName, min: Buffer.byteLength(chunk.code), gzip: gzipSync(chunk.code, { level: 9 }).length }))
        .sort((a, b) => b.gzip - a.gzip);
      const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`.padStart(9);
      console.log(`\n${'file'.padEnd(44)}${'min'.padStart(9)}${'gzip'.padStart(9)}`);
      for (const row of rows) console.log(`${row.file.padEnd(44)}${kb(row.min)}${kb(row.gzip)}`);
      const total = rows.reduce((sum, row) => ({ min: sum.min + row.min, gzip: sum.gzip + row.gzip }), { min: 0, gzip: 0 });
      console.log(`${'total'.padEnd(44)}${kb(total.min)}${kb(total.gzip)}\n`);
    },
  };
}

/**
 * Writes the embedded snapshot into dist/cdn/registry/ with the SDK's own writer (built by
 * `tsc -b` before this runs). Sequential, so that the copy into the package below sees it.
 */
function hostedRegistry() {
  return {
    name: 'dpg-hosted-registry',
    writeBundle: {
      sequential: true,
      async handler() {
        const { readEmbeddedSnapshot, writeHostedRegistry } = await import('./packages/sdk/dist/node.js');
        const { manifest } = await writeHostedRegistry(`${OUT}/registry`, await readEmbeddedSnapshot());
        console.log(`${OUT}/registry: ${manifest.counts.dpgs} DPGs as of ${manifest.asOf}`);
      },
    },
  };
}

/** Writes the chunk graph that scripts/size.mjs reads, and copies the build into the package. */
function chunkGraph() {
  return {
    name: 'dpg-chunk-graph',
    writeBundle: { sequential: true, handler(_options, bundle) {
      const chunks = Object.values(bundle)
        .filter((file) => file.type === 'chunk')
        .map((chunk) => ({
          file: chunk.fileName,
          isEntry: chunk.isEntry,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          modules: Object.keys(chunk.modules).map((id) => relative(process.cwd(), id).replaceAll('\\', '/')),
        }));
      mkdirSync(dirname(GRAPH), { recursive: true });
      writeFileSync(GRAPH, `${JSON.stringify({ dir: OUT, chunks }, null, 2)}\n`);
      cpSync(OUT, PACKAGE_COPY, { recursive: true, filter: (source) => !source.endsWith('.map') });
    } },
  };
}

const main = {
  input: { 'dpg-kit': 'packages/elements/dist/cdn.js' },
  // The entry exports `defineAll` and may also export what its chunks share with it (Lit, the
  // SDK core): without this, rollup keeps the entry's signature by putting a one-line facade in
  // front of it, which costs a page one more request in a row before a card can paint.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: OUT,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [cleanOutput(), nodeResolve({ exportConditions: ['browser', 'default'] }), minifyCssLiterals(), terser({ ecma: 2022, module: true, compress: { passes: 2 } }), sizeReport(), hostedRegistry(), chunkGraph()],
};

const EMBED_SOURCES = 'packages/elements/embed';

/**
 * TypeScript straight from the sources (types are checked by `npm run typecheck`, not here):
 * `./x.js` imports find `./x.ts`, as they do for tsc.
 */
function typescript() {
  return {
    name: 'dpg-typescript',
    resolveId(source, importer) {
      if (!importer?.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
      return resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(code, { loader: 'ts', target: 'es2022', sourcemap: true, sourcefile: id });
      return { code: result.code, map: result.map };
    },
  };
}

/** Copies a page's static files (HTML, CSS) next to its module. */
function staticFiles(files) {
  return {
    name: 'dpg-static-files',
    generateBundle() {
      for (const file of files) this.emitFile({ type: 'asset', fileName: file, source: readFileSync(join(EMBED_SOURCES, file)) });
    },
  };
}

/** Copies the finished folder into the package again, now with the pages. */
function packageCopy() {
  return {
    name: 'dpg-package-copy',
    writeBundle() {
      cpSync(OUT, PACKAGE_COPY, { recursive: true, filter: (source) => !source.endsWith('.map') });
    },
  };
}

/**
 * One self-contained file (and its page's files) in dist/cdn: an ES module, or with
 * `classic: true` a plain script, which a page of another origin may load without CORS.
 */
function standalone(name, { files = [], classic = false } = {}) {
  return {
    input: { [name]: join(EMBED_SOURCES, `${name}.ts`) },
    output: { dir: OUT, format: classic ? 'iife' : 'es', entryFileNames: '[name].js', sourcemap: true },
    plugins: [typescript(), staticFiles(files), terser({ ecma: 2022, module: !classic }), sizeReport(), packageCopy()],
  };
}

/**
 * dpg-kit-hydrate.js: Lit's hydration support, for pages with server-rendered elements only,
 * loaded before dpg-kit.js (it must be in place before Lit's element class is). One file with
 * its own copy of lit-html's renderer, so the entry and its chunks stay as they are: a page
 * without server-rendered elements pays nothing for it.
 */
const hydrate = {
  input: { 'dpg-kit-hydrate': '@lit-labs/ssr-client/lit-element-hydrate-support.js' },
  output: { dir: OUT, format: 'es', entryFileNames: '[name].js', sourcemap: true },
  plugins: [nodeResolve({ exportConditions: ['browser', 'default'] }), terser({ ecma: 2022, module: true }), sizeReport(), packageCopy()],
};

// In order: the main build empties the folder first.
export default [
  main,
  standalone('embed', { files: ['embed.html', 'embed.css'] }),
  standalone('builder', { files: ['builder.html', 'builder.css'] }),
  // The host page's helper: a classic script, so that a page elsewhere loads it as is.
  standalone('dpg-embed', { classic: true }),
  hydrate,
];
