// The React and Vue snippets the builder copies, compiled and rendered as an app would: the
// React component through esbuild's JSX transform, the Vue component through Vue's own SFC
// compiler (with the custom-element option the snippet names), each bundled with the npm
// packages and shown in Chromium under the strict policy. Needs `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { compileScript, parse } from 'vue/compiler-sfc';
import { exampleHeaders } from '../../scripts/serve.mjs';
import { assertClean, launchChromium, openPage, settledStates, shadowText, startSite, STRICT_CSP, type Site } from './browser.js';
import { builderReady, copySnippet } from './embed-helpers.js';

// Inside the project, so that the snippets' imports resolve from its node_modules.
const APPS = resolve('dist/e2e-embed-apps');
const PAGE = '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>App</title>\n<script type="module" src="./app.js"></script>\n</head>\n<body>\n<div id="root"></div>\n</body>\n</html>\n';

let site: Site;
let browser: Browser;
let snippets: { react: string; vue: string };

before(async () => {
  assert.ok(existsSync('packages/elements/dist/define/dpg-card.js'), 'packages/elements/dist is missing: run `npm run build` first');
  rmSync(APPS, { recursive: true, force: true });
  site = await startSite({
    mounts: [['/apps/', APPS]],
    headersFor: (path) => (path.startsWith('/apps/') ? { 'content-security-policy': STRICT_CSP } : exampleHeaders(path)),
  });
  browser = await launchChromium();
  const { page, report } = await openPage(browser, site.url('/cdn/builder.html'), {
    beforeGoto: (target) => target.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin }),
  });
  await builderReady(page);
  await page.selectOption('#option-variant', 'full');
  snippets = { react: await copySnippet(page, 'react'), vue: await copySnippet(page, 'vue') };
  await assertClean(report);
  await page.close();
});

after(async () => {
  await browser?.close();
  await site?.close();
  rmSync(APPS, { recursive: true, force: true });
});

/** Bundles `main` (with the files beside it) into an app folder served at /apps/<name>/. */
async function bundleApp(name: string, files: Record<string, string>, define: Record<string, string>): Promise<string> {
  const dir = join(APPS, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  writeFileSync(join(dir, 'index.html'), PAGE);
  await build({ entryPoints: [join(dir, 'main.js')], bundle: true, format: 'esm', outfile: join(dir, 'app.js'), jsx: 'automatic', logLevel: 'silent', define });
  return `/apps/${name}/`;
}

/** Opens an app page and checks that it shows a ready, full DHIS2 card and nothing went wrong. */
async function expectCard(path: string): Promise<string[]> {
  const { page, report } = await openPage(browser, site.url(path));
  assert.deepEqual(await settledStates(page, 'dpg-card'), ['ready']);
  assert.equal(await page.locator('dpg-card').evaluate((card) => (card as HTMLElement & { variant: string }).variant), 'full');
  assert.match(await shadowText(page, 'dpg-card'), /DHIS2.*DPG Standard/);
  assert.equal(await page.locator('dpg-card > a').isVisible(), false, 'the fallback link is hidden once the card upgrades');
  await assertClean(report);
  await page.close();
  return report.consoleWarnings;
}

describe('framework snippets from the builder', () => {
  test('the React component compiles and renders the card', async () => {
    assert.match(snippets.react, /^import '@dpg-kit\/elements\/define\/dpg-card\.js';\n/);
    assert.match(snippets.react, /export default function DpgEmbed\(\) \{\n {2}return \(\n {4}<dpg-card dpg-id="dhis2" variant="full">/);
    const path = await bundleApp(
      'react',
      {
        'snippet.jsx': snippets.react,
        'main.js': "import { createElement } from 'react';\nimport { createRoot } from 'react-dom/client';\nimport Snippet from './snippet.jsx';\ncreateRoot(document.getElementById('root')).render(createElement(Snippet));\n",
      },
      { 'process.env.NODE_ENV': '"production"' },
    );
    await expectCard(path);
  });

  test('the Vue component compiles with the option it names and renders the card, with no warning', async () => {
    assert.match(snippets.vue, /isCustomElement: \(tag\) => tag\.startsWith\('dpg-'\)/);
    // As @vitejs/plugin-vue does with that option: to the template's parser and its compiler.
    const isCustomElement = (tag: string) => tag.startsWith('dpg-');
    const { descriptor, errors } = parse(snippets.vue, { filename: 'DpgEmbed.vue', templateParseOptions: { isCustomElement } });
    assert.deepEqual(errors, []);
    const compiled = compileScript(descriptor, { id: 'dpg-embed', inlineTemplate: true, templateOptions: { compilerOptions: { isCustomElement } } });
    const path = await bundleApp(
      'vue',
      { 'snippet.js': compiled.content, 'main.js': "import { createApp } from 'vue';\nimport Snippet from './snippet.js';\ncreateApp(Snippet).mount('#root');\n" },
      // The development build, which warns about tags it cannot resolve.
      { 'process.env.NODE_ENV': '"development"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    );
    const warnings = await expectCard(path);
    assert.deepEqual(warnings.filter((text) => text.includes('[Vue warn]')), []);
  });
});
