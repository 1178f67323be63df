/**
 * Data text inside a right-to-left element keeps its own direction: every text node that holds
 * Latin letters (data, as the interface speaks Arabic) sits in an element with `dir="auto"`, in a
 * `<bdi>`, or between Unicode first-strong isolates.
 */
import { expect, html } from '@open-wc/testing';
import { mount, type Loadable } from './helpers.js';
import { recordsClient } from './registry-helpers.js';
import '../../packages/elements/src/define/dpg-badge.js';
import '../../packages/elements/src/define/dpg-card.js';
import '../../packages/elements/src/define/dpg-cop-table.js';
import '../../packages/elements/src/define/dpg-pilot-list.js';
import '../../packages/elements/src/define/dpg-pilot-map.js';
import '../../packages/elements/src/define/dpg-provider.js';
import '../../packages/elements/src/define/dpg-registry.js';

const LATIN = /[A-Za-z]{2,}/;

/** Whether `node` is isolated: an ancestor (across shadow roots, up to `host`) with dir="auto" or a bdi. */
function isolated(node: Text, host: Element): boolean {
  if ((node.data.includes('\u2068') && node.data.includes('\u2069')) || node.parentElement?.localName === 'style') return true;
  let el: Element | null = node.parentElement;
  while (el && el !== host) {
    if (el.localName === 'bdi' || el.getAttribute('dir') === 'auto') return true;
    el = el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host ?? null);
  }
  return false;
}

/** Latin text nodes in `root`'s shadow tree and the shadow trees inside it. */
function latinTexts(root: ShadowRoot): Text[] {
  const found: Text[] = [];
  const walk = (scope: ShadowRoot) => {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text && LATIN.test(node.data)) found.push(node);
      if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(root);
  return found;
}

async function inArabic(template: ReturnType<typeof html>): Promise<Loadable> {
  const box = await mount<HTMLElement>(html`<div lang="ar" dir="rtl">${template}</div>`);
  const el = box.querySelector('dpg-provider > *, :scope > [class], :scope > *:not(dpg-provider)') as Loadable;
  await el.loadComplete();
  await Promise.all([...el.shadowRoot!.querySelectorAll('dpg-card')].map((card) => (card as unknown as Loadable).loadComplete()));
  await el.updateComplete;
  return el;
}

const CASES: [string, () => ReturnType<typeof html>][] = [
  ['full card', () => html`<dpg-card dpg-id="dhis2" variant="full"></dpg-card>`],
  ['badge', () => html`<dpg-badge dpg-id="dhis2"></dpg-badge>`],
  ['registry cards', () => html`<dpg-provider .client=${recordsClient()}><dpg-registry></dpg-registry></dpg-provider>`],
  ['registry table', () => html`<dpg-provider .client=${recordsClient()}><dpg-registry view="table"></dpg-registry></dpg-provider>`],
  ['CoP table', () => html`<dpg-cop-table></dpg-cop-table>`],
  ['pilot list by country', () => html`<dpg-pilot-list></dpg-pilot-list>`],
  ['pilot list of one country', () => html`<dpg-pilot-list country="UG"></dpg-pilot-list>`],
  ['pilot map', () => html`<dpg-pilot-map></dpg-pilot-map>`],
];

describe('bidi isolation of data text in Arabic', () => {
  for (const [name, template] of CASES) {
    it(`isolates every piece of data text in the ${name}`, async () => {
      const el = await inArabic(template());
      const texts = latinTexts(el.shadowRoot!);
      expect(texts.length, 'the element shows data text').to.be.greaterThan(0);
      const bare = texts.filter((text) => !isolated(text, el)).map((text) => text.data.trim());
      expect(bare).to.deep.equal([]);
    });
  }
});
