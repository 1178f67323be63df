/**
 * Waits until a page looks the way it will stay: every dpg-kit tag defined and out of its
 * `loading` state (inside shadow roots too), web fonts loaded, and then the layout unchanged
 * over five frames in a row: a card measures its description after layout and shows its
 * "Show more" a frame later, so "ready" alone can come before the last change of height.
 */
import type { Page } from 'playwright-core';

export async function settle(page: Page): Promise<void> {
  // One function body with no inner functions: the TypeScript loader would wrap them in a helper the page lacks.
  await page.waitForFunction(() => {
    const pending: ParentNode[] = [document];
    let hosts = 0;
    while (pending.length > 0) {
      const root = pending.pop()!;
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) pending.push(el.shadowRoot);
        if (!el.localName.startsWith('dpg-') || el.localName === 'dpg-provider') continue;
        hosts += 1;
        const state = (el as unknown as { state?: string }).state;
        if (!customElements.get(el.localName) || !state || state === 'loading') return false;
      }
    }
    return hosts > 0;
  });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(
    () => {
      const memory = window as unknown as { __visualLayout?: { key: string; frames: number } };
      const parts: string[] = [String(document.documentElement.scrollHeight)];
      const pending: ParentNode[] = [document];
      while (pending.length > 0) {
        const root = pending.pop()!;
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) pending.push(el.shadowRoot);
          if (el.localName.startsWith('dpg-') || el.getAttribute('part') === 'toggle') {
            const box = el.getBoundingClientRect();
            parts.push(`${el.localName}:${box.top.toFixed(1)}:${box.height.toFixed(1)}`);
          }
        }
      }
      const key = parts.join('|');
      const last = memory.__visualLayout;
      memory.__visualLayout = { key, frames: last?.key === key ? last.frames + 1 : 0 };
      return memory.__visualLayout.frames >= 5;
    },
    undefined,
    { polling: 'raf' },
  );
}
