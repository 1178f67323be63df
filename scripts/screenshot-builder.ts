// `node --import tsx scripts/screenshot-builder.ts`: the snippet builder at a phone's width
// (390 px) and a desktop's (1280 px), light and dark, as PNGs in dist/screenshots/ for a person
// to look at, and the example page of iframe embeds. Needs `npm run build`.
import { mkdirSync } from 'node:fs';
import { exampleHeaders } from './serve.mjs';
import { launchChromium, openPage, settledStates, startSite } from '../test/e2e/browser.js';

const OUT = 'dist/screenshots';
mkdirSync(OUT, { recursive: true });
const site = await startSite({ headersFor: exampleHeaders });
const browser = await launchChromium();
try {
  for (const width of [390, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, report } = await openPage(browser, site.url('/cdn/builder.html'), {
        beforeGoto: async (target) => {
          await target.setViewportSize({ width, height: 900 });
          await target.emulateMedia({ colorScheme: scheme });
        },
      });
      await page.waitForFunction(() => (document.getElementById('snippet-html') as HTMLTextAreaElement).value.includes('dpg-id='));
      await settledStates(page, '#preview > *');
      const file = `${OUT}/builder-${width}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file, report.consoleErrors.length + report.pageErrors.length === 0 ? '' : [...report.consoleErrors, ...report.pageErrors]);
      await page.close();
    }
  }
  // The example page of iframe embeds, once its three frames are fitted.
  const { page } = await openPage(browser, site.url('/embed.html'), { beforeGoto: (target) => target.setViewportSize({ width: 1280, height: 900 }) });
  for (const frame of await page.locator('iframe').elementHandles()) await frame.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((frame) => frame.style.height !== ''));
  await page.screenshot({ path: `${OUT}/embed-example-1280.png`, fullPage: true });
  console.log(`${OUT}/embed-example-1280.png`);
} finally {
  await browser.close();
  await site.close();
}
