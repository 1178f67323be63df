import { createClient } from '@dpg-kit/sdk';
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DpgCopTable } from '../../packages/elements/src/dpg-cop-table/dpg-cop-table.js';
import '../../packages/elements/src/define/dpg-cop-table.js';
import '../../packages/elements/src/define/dpg-provider.js';
import { langApplied, mount, noCopsClient, shadow, textOf, unreachableCopsClient } from './helpers.js';

async function table(template: ReturnType<typeof html>): Promise<DpgCopTable> {
  const root = await mount<HTMLElement>(template);
  const el = (root.localName === 'dpg-cop-table' ? root : root.querySelector('dpg-cop-table')) as DpgCopTable;
  await el.loadComplete();
  return el;
}

const column = (el: Element, index: number) =>
  [...shadow(el).querySelectorAll('tbody tr')].map((row) => row.children[index]!.textContent!.replace(/\s+/g, ' ').trim());
const headers = (el: Element) => [...shadow(el).querySelectorAll('thead th')];

describe('<dpg-cop-table>', () => {
  it('shows the table frame with skeleton rows while loading', async () => {
    const provider = await mount<HTMLElement>(html`<dpg-provider .client=${createClient()}><dpg-cop-table></dpg-cop-table></dpg-provider>`);
    const el = provider.querySelector('dpg-cop-table')!;
    expect(el.state).to.equal('loading');
    expect(shadow(el).querySelectorAll('tbody .skeleton').length).to.equal(18);
    const height = el.getBoundingClientRect().height;
    await el.loadComplete();
    expect(el.state).to.equal('ready');
    expect(Math.abs(el.getBoundingClientRect().height - height)).to.be.lessThan(height * 0.25);
  });

  it('is a real table: caption, column headers with scope, a row header per community', async () => {
    const el = await table(html`<dpg-cop-table></dpg-cop-table>`);
    expect(textOf(el, 'caption')).to.equal('Communities of Practice');
    expect(headers(el).map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
    expect(column(el, 0)).to.include.members(['Early Grade Reading', 'Health', 'GovStack']);
    expect(shadow(el).querySelector('tbody th')!.getAttribute('scope')).to.equal('row');
    expect(column(el, 1)).to.include('To be decided');
    expect(column(el, 2)).to.include.members(['Complete', 'In progress', 'Coming soon']);
    const status = shadow(el).querySelector('.status.in-progress')!;
    expect(getComputedStyle(status).color).to.equal('rgb(138, 75, 0)');
  });

  it('sorts by a column with aria-sort, and emits dpg-sort', async () => {
    const el = await table(html`<dpg-cop-table></dpg-cop-table>`);
    expect(headers(el).some((th) => th.hasAttribute('aria-sort'))).to.equal(false);
    const button = headers(el)[0]!.querySelector('button')!;
    const sorted = oneEvent(el, 'dpg-sort');
    button.click();
    expect((await sorted).detail).to.deep.equal({ column: 'priorityArea', direction: 'ascending' });
    await el.updateComplete;
    expect(headers(el)[0]!.getAttribute('aria-sort')).to.equal('ascending');
    const ascending = column(el, 0);
    expect(ascending).to.deep.equal([...ascending].sort((a, b) => a.localeCompare(b)));
    button.click();
    await el.updateComplete;
    expect(headers(el)[0]!.getAttribute('aria-sort')).to.equal('descending');
    expect(column(el, 0)).to.deep.equal([...ascending].reverse());
    expect(el.getAttribute('sort-direction')).to.equal('descending');
  });

  it('sorts by status in the order work moves, and keeps undecided focus last', async () => {
    const el = await table(html`<dpg-cop-table sort-by="status" sort-direction="descending"></dpg-cop-table>`);
    expect(column(el, 2)[0]).to.equal('Coming soon');
    el.sortBy = 'focus';
    el.sortDirection = 'descending';
    await el.updateComplete;
    expect(column(el, 1).slice(-1)).to.deep.equal(['To be decided']);
    el.sortDirection = 'ascending';
    await el.updateComplete;
    expect(column(el, 1).slice(-1)).to.deep.equal(['To be decided']);
  });

  it('sorts with the keyboard', async () => {
    const el = await table(html`<dpg-cop-table></dpg-cop-table>`);
    await sendKeys({ press: 'Tab' }); // the status filter
    await sendKeys({ press: 'Tab' }); // the first sort button
    expect(shadow(el).activeElement).to.equal(headers(el)[0]!.querySelector('button'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(headers(el)[0]!.getAttribute('aria-sort')).to.equal('ascending');
  });

  it('filters by status and emits dpg-filter; says so when no community has it', async () => {
    const el = await table(html`<dpg-cop-table></dpg-cop-table>`);
    const select = shadow(el).querySelector('select')!;
    expect(shadow(el).querySelector('label')!.htmlFor).to.equal(select.id);
    select.value = 'in-progress';
    const filtered = oneEvent(el, 'dpg-filter');
    select.dispatchEvent(new Event('change'));
    expect((await filtered).detail.status).to.equal('in-progress');
    await el.updateComplete;
    expect(column(el, 2)).to.deep.equal(['In progress']);
    expect(el.getAttribute('status')).to.equal('in-progress');
    el.status = 'complete';
    await el.updateComplete;
    expect(select.value).to.equal('complete');
    expect(column(el, 2).every((status) => status === 'Complete')).to.equal(true);

    const none = await table(html`<dpg-provider .client=${createClient({
      cops: { format: 'dpg-kit/cops', version: 1, cops: [{ id: 'x', priorityArea: 'X', focus: null, status: 'complete' }] },
      copsMode: 'replace',
    })}><dpg-cop-table status="coming-soon"></dpg-cop-table></dpg-provider>`);
    expect(textOf(none, '[part="empty"]')).to.equal('No Community of Practice has this status.');
  });

  it('shows the empty state when there are no communities', async () => {
    const el = await table(html`<dpg-provider .client=${noCopsClient()}><dpg-cop-table></dpg-cop-table></dpg-provider>`);
    expect(el.state).to.equal('empty');
    expect(textOf(el, '[part="empty"]')).to.equal('No Communities of Practice yet.');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
  });

  it('shows an error with Retry and emits dpg-error', async () => {
    const provider = await mount<HTMLElement>(html`<dpg-provider .client=${unreachableCopsClient()}></dpg-provider>`);
    const el = document.createElement('dpg-cop-table');
    const failed = oneEvent(provider, 'dpg-error');
    provider.append(el);
    expect((await failed).detail.error.code).to.equal('network');
    await el.updateComplete;
    expect(el.state).to.equal('error');
    const again = oneEvent(el, 'dpg-error');
    (shadow(el).querySelector('[part="retry"]') as HTMLButtonElement).click();
    await again;
  });

  it('stacks rows on a narrow width', async () => {
    const el = await table(html`<dpg-cop-table style="width: 300px"></dpg-cop-table>`);
    const row = shadow(el).querySelector('tbody tr')!;
    expect(getComputedStyle(row).display).to.equal('grid');
    const cell = row.querySelector('td')!;
    expect(getComputedStyle(cell, '::before').content).to.equal('"Focus"');
    el.style.width = '800px'; // container queries apply at the next style read
    expect(getComputedStyle(row).display).to.equal('table-row');
  });

  it('speaks each language, right to left in Arabic', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div lang="es"><dpg-cop-table></dpg-cop-table></div>`);
    const el = wrapper.querySelector('dpg-cop-table')!;
    await el.loadComplete();
    expect(textOf(el, 'caption')).to.equal('Comunidades de práctica');
    expect(column(el, 2)).to.include('En curso');
    wrapper.lang = 'ar';
    await langApplied(el);
    expect(textOf(el, 'caption')).to.equal('مجتمعات الممارسة');
    expect(getComputedStyle(shadow(el).querySelector('table')!).direction).to.equal('rtl');
  });

  it('takes its colours from custom properties and parts', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div>
      <style>
        .custom { --dpg-cop-table-header-background: rgb(9, 9, 9); }
        .custom::part(caption) { text-transform: uppercase; }
      </style>
      <dpg-cop-table class="custom" caption="Our communities"></dpg-cop-table>
    </div>`);
    const el = wrapper.querySelector('dpg-cop-table')!;
    await el.loadComplete();
    expect(getComputedStyle(headers(el)[0]!).backgroundColor).to.equal('rgb(9, 9, 9)');
    expect(textOf(el, 'caption')).to.equal('Our communities');
    expect(getComputedStyle(shadow(el).querySelector('caption')!).textTransform).to.equal('uppercase');
  });

  it('is accessible in light and dark, wide and narrow', async () => {
    const light = await table(html`<dpg-cop-table theme="light" sort-by="status"></dpg-cop-table>`);
    await expect(light).to.be.accessible();
    const dark = await table(html`<dpg-cop-table theme="dark" style="width: 300px"></dpg-cop-table>`);
    await expect(dark).to.be.accessible();
  });
});
