// The one-file CDN build: dist/cdn/dpg-kit.js defines every element; data, search and other
// heavy parts become chunks loaded on demand, relative to the module's own URL.
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

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

export default {
  input: { 'dpg-kit': 'packages/elements/dist/all.js' },
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [nodeResolve({ exportConditions: ['browser', 'default'] }), terser({ ecma: 2022, module: true }), sizeReport()],
};
