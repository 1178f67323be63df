/**
 * Waits until a page looks the way it will stay, then captures it. Shared by the page and the
 * story screenshots, so both wait for the same things:
 * - every dpg-kit tag defined and out of its `loading` state (inside shadow roots too), unless
 *   the page shows the loading state on purpose;
 * - web fonts loaded, and no finite animation or transition still running (endless ones, a
 *   spinner, are frozen by the screenshot itself);
 * - the layout unchanged over five frames in a row: a card measures its description after
 *   layout and shows its "Show more" a frame later, so "ready" alone can come before the last
 *   change of height;
 * - and finally two captures in a row identical to the pixel: what is painted late (a lazily
 *   loaded chunk, content that skips rendering until it is near the viewport) shows up as a
 *   difference between captures, not as a flaky baseline.
 */
import type { Page } from 'playwright-core';

export interface SettleOptions {
  /** The page shows elements in their loading state on purpose: do not wait for them to leave it. */
  allowLoading?: boolean;
}

export async function settle(page: Page, { allowLoading = false }: SettleOptions = {}): Promise<void> {
  // One function body with no inner functions: the TypeScript loader would wrap them in a helper the page lacks.
  await page.waitForFunction((loadingIsFine) => {
    const pending: ParentNode[] = [document];
    let hosts = 0;
    while (pending.length > 0) {
      const root = pending.pop()!;
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) pending.push(el.shadowRoot);
        if (!el.localName.startsWith('dpg-') || el.localName === 'dpg-provider') continue;
        hosts += 1;
        const state = (el as unknown as { state?: string }).state;
        if (!customElements.get(el.localName) || !state) return false;
        if (state === 'loading' && !loadingIsFine) return false;
      }
    }
    return hosts > 0;
  }, allowLoading);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(
    () => {
      const memory = window as unknown as { __visualLayout?: { key: string; frames: number } };
      // Animations of the whole document, shadow trees included; endless ones never finish.
      const moving = document.getAnimations().filter((animation) => animation.playState === 'running' && animation.effect?.getComputedTiming().endTime !== Infinity);
      const parts: string[] = [String(document.documentElement.scrollHeight), String(moving.length)];
      const pending: ParentNode[] = [document];
      while (pending.length > 0) {
        const root = pending.pop()!;
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) pending.push(el.shadowRoot);
          if (el.localName.startsWith('dpg-') || el.getAttribute('part') === 'toggle') {
            const box = el.getBoundingClientRect();
            parts.push(`${el.localName}:${box.top.toFixed(1)}:${box.height.toFixed(1)}:${box.width.toFixed(1)}`);
          }
        }
      }
      const key = parts.join('|');
      const last = memory.__visualLayout;
      memory.__visualLayout = { key, frames: last?.key === key ? last.frames + 1 : 0 };
      return moving.length === 0 && memory.__visualLayout.frames >= 5;
    },
    undefined,
    { polling: 'raf' },
  );
}

/** Largest number of captures taken while waiting for two identical ones in a row. */
const MAX_CAPTURES = 8;

/**
 * Captures `clip` until two captures in a row are the same bytes, and returns that capture.
 * Fails when the picture keeps changing: a test then says what is unstable instead of
 * comparing whichever frame it happened to catch.
 */
export async function stableScreenshot(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<Buffer> {
  let previous: Buffer | null = null;
  for (let capture = 0; capture < MAX_CAPTURES; capture += 1) {
    const shot = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
    if (previous?.equals(shot)) return shot;
    previous = shot;
  }
  throw new Error(`${page.url()} still changed after ${MAX_CAPTURES} captures`);
}
