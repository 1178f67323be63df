import { clearHttpCache } from '@dpg-kit/sdk';
import { expect, html, waitUntil } from '@open-wc/testing';
import type { DpgProvider } from '../../packages/elements/src/dpg-provider/dpg-provider.js';
import { isHostedRegistry } from '../../packages/elements/src/dpg-provider/dpg-provider.js';
import '../../packages/elements/src/all.js';
import { mount, shadow } from './helpers.js';

// test/fixtures/hosted/ is test/fixtures/registry/dpg-kit.json written by
// `dpg-kit snapshot --from test/fixtures/registry/dpg-kit.json --out test/fixtures/hosted`.
const HOSTED = '/test/fixtures/hosted/';

/** The paths of the fixture files the page fetched since `mark`. */
function fetchedSince(mark: number): string[] {
  return performance
    .getEntriesByType('resource')
    .slice(mark)
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/test/fixtures/'))
    .sort();
}

describe('<dpg-provider registry-src> on a hosted registry', () => {
  // Each test counts its own requests: none may be answered from the SDK's memory.
  beforeEach(() => clearHttpCache());

  it('tells a hosted folder or manifest from one registry file', () => {
    expect(isHostedRegistry('/registry/')).to.equal(true);
    expect(isHostedRegistry('https://partner.org/dpg/manifest.json?v=3')).to.equal(true);
    expect(isHostedRegistry('manifest.json')).to.equal(true);
    expect(isHostedRegistry('https://partner.org/dpgs.json')).to.equal(false);
    expect(isHostedRegistry('https://partner.org/api/dpgs')).to.equal(false);
  });

  for (const src of [HOSTED, `${HOSTED}manifest.json`]) {
    it(`reads a compact card's files alone from ${src}`, async () => {
      const mark = performance.getEntriesByType('resource').length;
      const provider = await mount<DpgProvider>(html`<dpg-provider registry-src=${src}><dpg-card dpg-id="dhis2"></dpg-card></dpg-provider>`);
      const card = provider.querySelector('dpg-card')!;
      await card.loadComplete();
      expect(card.state).to.equal('ready');
      expect(shadow(card).textContent).to.contain('Health information system.');
      // A fetch's resource timing entry is queued when its response ends, which may come after
      // the body has been read: wait for the two entries a card makes, then check they are all.
      await waitUntil(() => fetchedSince(mark).length >= 2, 'the card made fewer than two requests', { timeout: 2000 });
      expect(fetchedSince(mark)).to.deep.equal([`${HOSTED}dpgs/dhis2.json`, `${HOSTED}manifest.json`]);
    });
  }

  it('reads a plain registry file through the adapters, as before', async () => {
    const provider = await mount<DpgProvider>(html`<dpg-provider registry-src="/test/fixtures/registry/dpg-kit.json"><dpg-badge dpg-id="dhis2"></dpg-badge></dpg-provider>`);
    const badge = provider.querySelector('dpg-badge')!;
    await badge.loadComplete();
    expect(badge.state).to.equal('ready');
  });
});
