// Builds the React example into dist/examples/react; `npm start` serves it at /react/.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  // Relative asset URLs: the built folder works wherever it is served.
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/examples/react', import.meta.url)),
    emptyOutDir: true,
    // No inline module-preload helper, so the page also runs under a strict CSP.
    modulePreload: { polyfill: false },
  },
});
