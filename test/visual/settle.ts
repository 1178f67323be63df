/**
 * Waits until a page looks the way it will stay: every dpg-kit tag defined and out of its
 * `loading` state (inside shadow roots too), web fonts loaded, and two frames painted after
 * that, so a last re-render has reached the screen.
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
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}
