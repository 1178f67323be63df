/**
 * Right-to-left layout, measured in real Chromium on a 390 px screen: in Arabic, the CoP table's
 * stacked rows put every label on the same side whether the cell's data is English or Arabic,
 * and English data lines up with the start of the Arabic element (its right edge) rather than
 * flipping to the left. The registry's table and the card line up English data the same way.
 */
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../packages/elements/src/define/dpg-card.js';
import '../../packages/elements/src/define/dpg-cop-table.js';
import '../../packages/elements/src/define/dpg-provider.js';
import '../../packages/elements/src/define/dpg-registry.js';
import { RECORDS } from '../helpers/records.js';
import { mount, shadow, type Loadable } from './helpers.js';
import { recordsClient, registry } from './registry-helpers.js';

const LATIN = /[A-Za-z]/;

async function copTable(lang: 'ar' | 'en'): Promise<Loadable> {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const box = await mount<HTMLElement>(html`<div lang=${lang} dir=${dir}><dpg-cop-table></dpg-cop-table></div>`);
  const el = box.querySelector('dpg-cop-table') as Loadable & { i18n: { loaded: Promise<void> } };
  await el.i18n.loaded;
  await el.loadComplete();
  await el.updateComplete;
  return el;
}

/** Each stacked cell: its box, its value's box, and the box of the value's text. */
function cells(el: Element) {
  return [...shadow(el).querySelectorAll('tbody tr')].flatMap((row) =>
    [...row.querySelectorAll<HTMLElement>('[data-label]')].map((cell) => {
      const value = cell.querySelector('.value') ?? cell.querySelector('.status')!;
      const range = document.createRange();
      range.selectNodeContents(value);
      return {
        cell,
        box: cell.getBoundingClientRect(),
        value: value.getBoundingClientRect(),
        text: range.getBoundingClientRect(),
        latin: LATIN.test(value.textContent ?? ''),
        name: `${cell.dataset.label}: ${(value.textContent ?? '').trim()}`,
      };
    }),
  );
}

describe('right-to-left layout at 390 px', () => {
  before(() => setViewport({ width: 390, height: 844 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('keeps the labels of the Arabic CoP table on the right in every stacked cell, English data or not', async () => {
    const el = await copTable('ar');
    expect(getComputedStyle(shadow(el).querySelector('tbody tr')!).display, 'rows are stacked at 390 px').to.equal('grid');
    const all = cells(el);
    expect(all.filter((c) => c.latin).length, 'cells with English data').to.be.greaterThan(5);
    expect(all.filter((c) => !c.latin).length, 'cells with Arabic data').to.be.greaterThan(5);
    const valueEdges = all.map((c) => c.value.right);
    for (const c of all) {
      expect(getComputedStyle(c.cell).direction, `${c.name} keeps the table's direction`).to.equal('rtl');
      // The label is the first grid column: on the right, so the value ends well before the cell does.
      expect(c.box.right - c.value.right, `${c.name}: its label sits to the right of its value`).to.be.greaterThan(c.box.width * 0.25);
      expect(Math.abs(c.value.right - valueEdges[0]!), `${c.name}: values share one column edge`).to.be.below(1);
    }
  });

  it('aligns English data to the right edge of its Arabic cell without reordering it', async () => {
    const el = await copTable('ar');
    const english = cells(el).filter((c) => c.latin);
    for (const c of english) {
      expect(Math.abs(c.text.right - c.value.right), `${c.name} starts at the right`).to.be.below(1);
      expect(c.text.width, `${c.name} fits its column`).to.be.at.most(c.value.width + 0.5);
    }
    // The data keeps its own direction inside: its first letter comes first, on the left.
    const value = english[0]!.cell.querySelector('.value')!;
    expect(getComputedStyle(value).direction).to.equal('ltr');
    const text = [...value.childNodes].find((node): node is Text => node instanceof Text && LATIN.test(node.data))!;
    const at = text.data.search(LATIN);
    const first = document.createRange();
    first.setStart(text, at);
    first.setEnd(text, at + 1);
    expect(first.getBoundingClientRect().left, `the first letter of ${english[0]!.name} on the left`).to.be.closeTo(english[0]!.text.left, 1);
  });

  it('puts the labels on the left in the English table, so the measure tells the two apart', async () => {
    const el = await copTable('en');
    for (const c of cells(el)) {
      expect(c.value.left - c.box.left, `${c.name}: its label sits to the left of its value`).to.be.greaterThan(c.box.width * 0.25);
    }
  });

  it('lines up English names in the Arabic registry table with the start of their cells', async () => {
    // Links, as a name with a registry page is; a button would centre its text of its own accord.
    const long = { ...RECORDS[0]!, id: 'long', name: 'A platform for community health records and district reporting, '.repeat(3).trim() };
    const linked = [...RECORDS, long].map((record) => ({ ...record, registryUrl: `https://example.org/${record.id}` }));
    const el = await registry(html`<div lang="ar" dir="rtl">
      <dpg-provider .client=${recordsClient(linked)}><dpg-registry view="table"></dpg-registry></dpg-provider>
    </div>`);
    await (el as unknown as { i18n: { loaded: Promise<void> } }).i18n.loaded;
    await el.updateComplete;
    const names = [...shadow(el).querySelectorAll('a.result-name:not([title])')];
    expect(names.length).to.be.greaterThan(2);
    // A name cut at three lines keeps its own start, so that its ellipsis stays inside the cell.
    const cut = shadow(el).querySelector('a.result-name[title] .name-text')!;
    expect(cut.scrollHeight, 'the long name is cut').to.be.greaterThan(cut.clientHeight);
    expect(getComputedStyle(cut).textAlign).to.equal('start');
    for (const name of names) {
      const cell = name.closest('th')!;
      const end = cell.getBoundingClientRect().right - Number.parseFloat(getComputedStyle(cell).paddingInlineStart);
      // The text itself: the clamping box around it spans the whole cell.
      const text = document.createTreeWalker(name, NodeFilter.SHOW_TEXT, (node) => (LATIN.test(node.nodeValue ?? '') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP)).nextNode()!;
      const range = document.createRange();
      range.selectNodeContents(text);
      expect(getComputedStyle(name).direction, `${name.textContent} keeps its own direction`).to.equal('ltr');
      expect(Math.abs(range.getBoundingClientRect().right - end), `${name.textContent} starts at the cell's right`).to.be.below(1);
    }
  });

  it('lines up English organisation names with the right edge of an Arabic full card', async () => {
    const box = await mount<HTMLElement>(html`<div lang="ar" dir="rtl"><dpg-card dpg-id="dhis2" variant="full"></dpg-card></div>`);
    const card = box.querySelector('dpg-card') as Loadable & { i18n: { loaded: Promise<void> } };
    await card.i18n.loaded;
    await card.loadComplete();
    await card.updateComplete;
    const names = [...shadow(card).querySelectorAll<HTMLElement>('li[dir="auto"]')].filter((li) => LATIN.test(li.textContent ?? ''));
    expect(names.length, 'organisations named in English').to.be.greaterThan(2);
    for (const name of names) {
      expect(getComputedStyle(name).direction, `${name.textContent} keeps its own direction`).to.equal('ltr');
      const range = document.createRange();
      range.selectNodeContents(name);
      const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
      const edge = name.getBoundingClientRect().right;
      for (const line of lines) expect(edge - line.right, `${name.textContent} ends each line at the right edge`).to.be.within(-1, 2);
    }
    // A clamped description keeps its own start: Chromium would push a right-aligned ellipsis past the edge.
    expect(getComputedStyle(shadow(card).querySelector('[part="description"]')!).textAlign).to.equal('start');
  });
});
