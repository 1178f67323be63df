/**
 * What the embedding tests share: the snippet builder driven like a reader drives it, and
 * "a blank page" holding nothing but a pasted snippet, served from a folder of its own.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { exampleHeaders } from '../../scripts/serve.mjs';
import { startSite, STRICT_CSP, type Site } from './browser.js';

export type SnippetKind = 'html' | 'iframe' | 'react' | 'vue';

/** The label of each snippet's copy button. */
const COPY_BUTTON: Record<SnippetKind, string> = { html: 'Copy HTML', iframe: 'Copy iframe', react: 'Copy React', vue: 'Copy Vue' };

/** Waits until the builder has searched the registry and written its snippets. */
export async function builderReady(page: Page): Promise<void> {
  await page.waitForFunction(() => /\d+ DPGs? match|No DPG/.test(document.getElementById('dpg-status')?.textContent ?? ''));
  await page.waitForFunction(() => (document.getElementById('snippet-html') as HTMLTextAreaElement | null)?.value.includes('<dpg-'));
}

/** Searches the builder's registry field for `text` and waits until `id` is the chosen DPG. */
export async function chooseDpg(page: Page, text: string, id: string): Promise<void> {
  await page.fill('#dpg-search', text);
  await page.waitForFunction((wanted) => (document.getElementById('dpg-choice') as HTMLSelectElement).value === wanted, id);
  await page.waitForFunction((wanted) => (document.getElementById('snippet-html') as HTMLTextAreaElement).value.includes(`dpg-id="${wanted}"`), id);
}

/** The snippet as the page shows it (no clipboard involved). */
export function snippetText(page: Page, kind: SnippetKind): Promise<string> {
  return page.locator(`#snippet-${kind}`).inputValue();
}

/**
 * Copies a snippet through the page's own button and reads it back from the clipboard. The
 * page's context must have been granted `clipboard-read` and `clipboard-write`.
 */
export async function copySnippet(page: Page, kind: SnippetKind): Promise<string> {
  // The clipboard answers a focused document only: another page of the browser may have focus.
  await page.bringToFront();
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.getByRole('button', { name: COPY_BUTTON[kind] }).click();
  await page.waitForFunction(() => /^Copied the /.test(document.getElementById('copy-status')?.textContent ?? ''));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await snippetText(page, kind), 'the clipboard holds the snippet the page shows');
  return copied;
}

/** A folder of pages that hold one pasted snippet each; `remove()` when done. */
export interface PastedPages {
  readonly dir: string;
  /** Writes `name` holding only `snippet` in a minimal document; returns its path under `prefix`. */
  write(name: string, snippet: string): string;
  remove(): void;
}

export function pastedPages(prefix: string): PastedPages {
  const dir = mkdtempSync(join(tmpdir(), 'dpg-pasted-'));
  return {
    dir,
    write(name, snippet) {
      const page = `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Pasted snippet</title>\n</head>\n<body>\n${snippet}</body>\n</html>\n`;
      writeFileSync(join(dir, name), page);
      return `${prefix}${name}`;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The examples' test server with a folder of pasted pages mounted at `/pasted/`, served under the
 * strict policy as a partner's blank page would be. Close the site and remove the pages when done.
 */
export async function startPastedSite(): Promise<{ site: Site; pasted: PastedPages }> {
  const pasted = pastedPages('/pasted/');
  const site = await startSite({
    mounts: [['/pasted/', pasted.dir]],
    headersFor: (path) => (path.startsWith('/pasted/') ? { 'content-security-policy': STRICT_CSP } : exampleHeaders(path)),
  });
  return { site, pasted };
}
