/**
 * The registry on a phone: its facets fold behind a "Filters" button that says how many values
 * are chosen, so the results come first; on a wide registry the facets stay in their column.
 */
import { expect, html } from '@open-wc/testing';
import type { DpgRegistry } from '../../packages/elements/src/dpg-registry/dpg-registry.js';
import '../../packages/elements/src/define/dpg-provider.js';
import '../../packages/elements/src/define/dpg-registry.js';
import { shadow } from './helpers.js';
import { recordsClient, registry, settled } from './registry-helpers.js';

async function sized(width: number, attributes = ''): Promise<DpgRegistry> {
  const client = recordsClient();
  const el = await registry(html`<div style="inline-size: ${width}px"><dpg-provider .client=${client}><dpg-registry sdg=${attributes}></dpg-registry></dpg-provider></div>`);
  return el;
}

const toggleOf = (el: DpgRegistry) => shadow(el).querySelector('.filters-toggle') as HTMLButtonElement;
const facetsOf = (el: DpgRegistry) => shadow(el).querySelector('[part="facets"]') as HTMLElement;
const visible = (element: Element) => getComputedStyle(element).display !== 'none';

describe('<dpg-registry> on a narrow screen', () => {
  it('folds the facets behind a Filters button below its breakpoint, with the results first', async () => {
    const el = await sized(390);
    const toggle = toggleOf(el);
    const facets = facetsOf(el);
    expect(visible(toggle)).to.equal(true);
    expect(toggle.textContent!.trim()).to.equal('Filters');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(facets.id);
    expect(visible(facets)).to.equal(false);
    const firstResult = shadow(el).querySelector('.result')!;
    expect(firstResult.getBoundingClientRect().top - el.getBoundingClientRect().top, 'the first result is near the top').to.be.below(400);

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(visible(facets)).to.equal(true);
    expect(facets.getBoundingClientRect().top).to.be.at.least(toggle.getBoundingClientRect().bottom);
    toggle.click();
    await el.updateComplete;
    expect(visible(facets)).to.equal(false);
  });

  it('counts the chosen filter values on the button, in the reader\'s language', async () => {
    const el = await sized(390, '3,7');
    expect(toggleOf(el).textContent!.trim()).to.equal('Filters (2 active)');
    el.setAttribute('lang', 'fr');
    await Promise.resolve();
    await settled(el);
    expect(toggleOf(el).textContent!.trim()).to.equal('Filtres (2 actifs)');
  });

  it('keeps the facets in their column and hides the button on a wide registry', async () => {
    const el = await sized(1000);
    expect(visible(toggleOf(el))).to.equal(false);
    expect(visible(facetsOf(el))).to.equal(true);
    expect(facetsOf(el).getBoundingClientRect().right).to.be.at.most(shadow(el).querySelector('.main')!.getBoundingClientRect().left);
  });
});
