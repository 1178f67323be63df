import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DpgBadge } from '../../packages/elements/src/dpg-badge/dpg-badge.js';
import '../../packages/elements/src/define/dpg-badge.js';
import '../../packages/elements/src/define/dpg-provider.js';
import { gatedClient, langApplied, mount, shadow, textOf, unreachableClient } from './helpers.js';

async function badge(template: ReturnType<typeof html>): Promise<DpgBadge> {
  const root = await mount<HTMLElement>(template);
  const el = (root.localName === 'dpg-badge' ? root : root.querySelector('dpg-badge')) as DpgBadge;
  await el.loadComplete();
  return el;
}

describe('<dpg-badge>', () => {
  it('shows the same badge, unlinked, while loading, then links it', async () => {
    const { client, open } = gatedClient();
    const provider = await mount<HTMLElement>(html`<dpg-provider .client=${client}><dpg-badge dpg-id="dhis2"></dpg-badge></dpg-provider>`);
    const el = provider.querySelector('dpg-badge')!;
    expect(el.state).to.equal('loading');
    expect(shadow(el).querySelector('[part="loading"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(shadow(el).querySelector('[part="badge"]')!.localName).to.equal('span');
    const width = el.getBoundingClientRect().width;
    open();
    await el.loadComplete();
    const link = shadow(el).querySelector('[part="badge"]') as HTMLAnchorElement;
    expect(link.localName).to.equal('a');
    expect(link.href).to.match(/^https:\/\//);
    expect(el.getBoundingClientRect().width).to.be.closeTo(width, 1);
  });

  it('paints its link first and writes the link’s dated title after that frame, in the new language when it changes', async () => {
    const { client, open } = gatedClient();
    const provider = await mount<HTMLElement>(html`<dpg-provider .client=${client}><dpg-badge dpg-id="dhis2"></dpg-badge></dpg-provider>`);
    const el = provider.querySelector('dpg-badge')!;
    const loaded = oneEvent(el, 'dpg-load');
    open();
    await loaded;
    await el.updateComplete;
    const link = shadow(el).querySelector('a')!;
    expect(el.state).to.equal('ready');
    expect(link.hasAttribute('title'), 'no title in the frame that first shows the link').to.equal(false);
    await el.loadComplete();
    expect(link.title).to.match(/^\u2068DHIS2\u2069 in the Digital Public Goods Registry \(snapshot as of .+\)$/);
    el.lang = 'fr';
    await langApplied(el);
    await el.loadComplete();
    expect(shadow(el).querySelector('a')!.title).to.match(/^\u2068DHIS2\u2069 dans le registre .+/i);
  });

  it('has an accessible name that starts with its visible label and names the DPG', async () => {
    const el = await badge(html`<dpg-badge dpg-id="dhis2"></dpg-badge>`);
    const link = shadow(el).querySelector('a')!;
    const name = link.textContent!.replace(/\s+/g, ' ').trim();
    // The name sits between first-strong isolates (U+2068 … U+2069), which are not read aloud.
    expect(name).to.match(/^Digital Public Good: \u2068DHIS2\u2069 in the Digital Public Goods Registry$/);
  });

  it('sits in a line of text without changing its height, in every size', async () => {
    const line = await mount<HTMLParagraphElement>(html`<p style="font: 16px/24px serif; margin: 0">
      Built on DHIS2 <dpg-badge dpg-id="dhis2" size="small"></dpg-badge> <dpg-badge dpg-id="dhis2"></dpg-badge>
      <dpg-badge dpg-id="dhis2" size="large"></dpg-badge> and more.
    </p>`);
    const badges = [...line.querySelectorAll('dpg-badge')];
    await Promise.all(badges.map((each) => each.loadComplete()));
    expect(line.getBoundingClientRect().height).to.equal(24);
    const sizes = badges.map((each) => parseFloat(getComputedStyle(shadow(each).querySelector('.root')!).fontSize));
    expect(sizes).to.deep.equal([12, 14, 16]);
    expect(getComputedStyle(badges[0]!).display).to.equal('inline');
    expect(getComputedStyle(shadow(badges[0]!).querySelector('.badge')!).fontFamily).to.equal('serif');
  });

  it('is reached with Tab and shows a focus ring', async () => {
    const el = await badge(html`<dpg-badge dpg-id="dhis2"></dpg-badge>`);
    await sendKeys({ press: 'Tab' });
    const link = shadow(el).querySelector('a')!;
    expect(shadow(el).activeElement).to.equal(link);
    expect(getComputedStyle(link).outlineStyle).to.equal('solid');
  });

  it('says "DPG nominee" for a nominee and shows unknown ids as not in the registry', async () => {
    const missing = await badge(html`<dpg-badge dpg-id="no-such-dpg"></dpg-badge>`);
    expect(missing.state).to.equal('not-found');
    expect(textOf(missing, '[part="not-found"]')).to.equal('Not in the DPG Registry');
    const empty = await badge(html`<dpg-badge></dpg-badge>`);
    expect(empty.state).to.equal('empty');
    expect(shadow(empty).querySelector('a')).to.equal(null);
    expect(textOf(empty, '[part="label"]')).to.equal('Digital Public Good');
  });

  it('shows a short error with Retry and emits dpg-error', async () => {
    const provider = await mount<HTMLElement>(html`<dpg-provider .client=${unreachableClient()}></dpg-provider>`);
    const el = document.createElement('dpg-badge');
    el.dpgId = 'dhis2';
    const failed = oneEvent(provider, 'dpg-error');
    provider.append(el);
    expect((await failed).detail.error.code).to.equal('network');
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(textOf(el, '[part="error"]')).to.contain('DPG badge unavailable.');
    const again = oneEvent(el, 'dpg-error');
    (shadow(el).querySelector('[part="retry"]') as HTMLButtonElement).click();
    await again;
  });

  it('speaks the language of its ancestors, right to left in Arabic', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div lang="pt-BR"><dpg-badge dpg-id="dhis2"></dpg-badge></div>`);
    const el = wrapper.querySelector('dpg-badge')!;
    await el.loadComplete();
    expect(textOf(el, '[part="label"]')).to.equal('Bem público digital');
    wrapper.lang = 'ar';
    await langApplied(el);
    expect(textOf(el, '[part="label"]')).to.equal('منفعة عامة رقمية');
    expect(shadow(el).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
  });

  it('takes its colours from custom properties and parts', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div>
      <style>
        .brand { --dpg-badge-background: rgb(0, 80, 0); }
        .brand::part(label) { text-transform: uppercase; }
      </style>
      <dpg-badge class="brand" dpg-id="dhis2"></dpg-badge>
    </div>`);
    const el = wrapper.querySelector('dpg-badge')!;
    await el.loadComplete();
    expect(getComputedStyle(shadow(el).querySelector('[part="badge"]')!).backgroundColor).to.equal('rgb(0, 80, 0)');
    expect(getComputedStyle(shadow(el).querySelector('[part="label"]')!).textTransform).to.equal('uppercase');
  });

  it('is accessible in light and dark', async () => {
    const light = await badge(html`<dpg-badge dpg-id="dhis2" theme="light"></dpg-badge>`);
    await expect(light).to.be.accessible();
    const dark = await badge(html`<dpg-badge dpg-id="dhis2" theme="dark"></dpg-badge>`);
    expect(getComputedStyle(shadow(dark).querySelector('[part="badge"]')!).backgroundColor).to.equal('rgb(140, 196, 255)');
    await expect(dark).to.be.accessible();
  });
});
