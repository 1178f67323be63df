import { getDefaultClient } from '@dpg-kit/sdk';
import { expect, html } from '@open-wc/testing';
import type { DpgProvider } from '../../packages/elements/src/dpg-provider/dpg-provider.js';
import '../../packages/elements/src/all.js';
import { REFUSED_URL, langApplied, mount, shadow, textOf, unreachableClient } from './helpers.js';

describe('<dpg-provider>', () => {
  it('gives its elements one client built from its attributes; elements outside use the default', async () => {
    const page = await mount<HTMLDivElement>(html`<div>
      <dpg-provider registry-src=${REFUSED_URL}><dpg-card dpg-id="dhis2"></dpg-card><dpg-badge dpg-id="dhis2"></dpg-badge></dpg-provider>
      <dpg-card dpg-id="dhis2"></dpg-card>
    </div>`);
    const [inside, outside] = [...page.querySelectorAll('dpg-card')];
    const badge = page.querySelector('dpg-badge')!;
    await Promise.all([inside!.loadComplete(), outside!.loadComplete(), badge.loadComplete()]);
    expect(inside!.state).to.equal('error');
    expect(badge.state).to.equal('error');
    expect(outside!.state).to.equal('ready');
    expect(getComputedStyle(page.querySelector('dpg-provider')!).display).to.equal('contents');
  });

  it('builds a new client when a source attribute changes, and the elements reload', async () => {
    const provider = await mount<DpgProvider>(html`<dpg-provider registry-src=${REFUSED_URL}><dpg-card dpg-id="dhis2"></dpg-card></dpg-provider>`);
    const card = provider.querySelector('dpg-card')!;
    await card.loadComplete();
    expect(card.state).to.equal('error');
    provider.removeAttribute('registry-src');
    await provider.updateComplete;
    await card.updateComplete;
    await card.loadComplete();
    expect(card.state).to.equal('ready');
  });

  it('serves the embedded snapshot when the registry fails and fallback is set', async () => {
    const provider = await mount<DpgProvider>(html`<dpg-provider registry-src=${REFUSED_URL} fallback><dpg-card dpg-id="dhis2"></dpg-card></dpg-provider>`);
    const card = provider.querySelector('dpg-card')!;
    await card.loadComplete();
    expect(card.state).to.equal('ready');
  });

  it('shares a client set as a property, in place of its attributes', async () => {
    const provider = await mount<DpgProvider>(html`<dpg-provider .client=${unreachableClient()}><dpg-card dpg-id="dhis2"></dpg-card></dpg-provider>`);
    const card = provider.querySelector('dpg-card')!;
    await card.loadComplete();
    expect(card.state).to.equal('error');
    provider.client = getDefaultClient();
    await provider.updateComplete;
    await card.updateComplete;
    await card.loadComplete();
    expect(card.state).to.equal('ready');
  });

  it('sets the language of the elements inside through its lang attribute', async () => {
    const provider = await mount<DpgProvider>(html`<dpg-provider lang="fr"><dpg-cop-table></dpg-cop-table></dpg-provider>`);
    const table = provider.querySelector('dpg-cop-table')!;
    await customElements.whenDefined('dpg-cop-table'); // its chunk loads once the tag is on the page
    await table.loadComplete();
    expect(textOf(table, 'caption')).to.equal('Communautés de pratique');
    provider.lang = 'ar';
    await langApplied(table);
    expect(shadow(table).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
  });
});

describe('<dpg-provider> defined after its children', () => {
  it('still hands them its client when it upgrades later', async () => {
    const { DpgProvider } = await import('../../packages/elements/src/dpg-provider/dpg-provider.js');
    const page = await mount<HTMLDivElement>(html`<div>
      <dpg-test-late-provider registry-src=${REFUSED_URL}><dpg-card dpg-id="dhis2"></dpg-card></dpg-test-late-provider>
    </div>`);
    const card = page.querySelector('dpg-card')!;
    customElements.define('dpg-test-late-provider', class extends DpgProvider {});
    await card.updateComplete;
    await card.loadComplete();
    expect(card.state).to.equal('error');
  });
});
