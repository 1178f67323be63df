/**
 * The three looks every page is checked in. The pages are served as written; the look is put
 * into their HTML on the way to the browser, so the elements see it from their first render:
 * dark sets `theme="dark"` on every dpg-kit tag and a dark canvas on `<html>`, Arabic sets
 * `lang="ar" dir="rtl"` on `<html>`.
 */
import type { Page } from 'playwright-core';

export const MODES = ['light', 'dark', 'ar'] as const;
export type Mode = (typeof MODES)[number];

/** Rewrites one page's HTML for `mode`. */
export function rewriteHtml(html: string, mode: Mode): string {
  if (mode === 'ar') return html.replace(/<html lang="en">/, '<html lang="ar" dir="rtl">');
  if (mode === 'dark') {
    return html
      .replace(/<html lang="en">/, '<html lang="en" style="color-scheme: dark; background: #101418; color: #eef0f3">')
      .replace(/<(dpg-(?!provider)[a-z-]+)(?=[\s>])/g, '<$1 theme="dark"');
  }
  return html;
}

/** Sets `page` up to show its HTML pages in `mode`: the system colour scheme too, so nothing follows the host's. */
export async function applyMode(page: Page, mode: Mode): Promise<void> {
  await page.emulateMedia({ colorScheme: mode === 'dark' ? 'dark' : 'light', reducedMotion: 'reduce' });
  if (mode === 'light') return;
  await page.route('**/*.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: rewriteHtml(await response.text(), mode) });
  });
}
