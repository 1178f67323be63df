/**
 * Layout at narrow widths, measured in real Chromium: rows that must keep their shape, boxes
 * that must not grow past their container.
 */
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { DpgCard } from '../../packages/elements/src/dpg-card/dpg-card.js';
import '../../packages/elements/src/define/dpg-card.js';
import '../../packages/elements/src/define/dpg-cop-table.js';
import '../../packages/elements/src/define/dpg-provider.js';
import '../../packages/elements/src/define/dpg-registry.js';
import { dpg } from '../helpers/records.js';
import { mount, shadow } from './helpers.js';
import { recordsClient, registry } from './registry-helpers.js';

/** One real record has a 53-character word in its name; a partner's data may hold anything. */
const LONG_WORD = 'Interoperabilityframeworkforpublicdigitalinfrastructu';
const LONG_NAME = 'Open platform for community health records and '.repeat(5).slice(0, 200);
const LONG_RECORDS = [
  dpg({ id: 'long-word', name: `${LONG_WORD} toolkit`, sdgs: [{ goal: 3 }], registryUrl: 'https://example.org/a' }),
  dpg({ id: 'long-name', name: LONG_NAME, sdgs: [{ goal: 3 }], registryUrl: 'https://example.org/b' }),
  dpg({ id: 'short', name: 'Short', sdgs: [{ goal: 3 }] }),
];

describe('layout at narrow widths', () => {
  for (const width of [220, 288, 600]) {
    it(`keeps each indicator's verdict at the end of its own row in a ${width} px full card`, async () => {
      const box = await mount<HTMLElement>(html`<div style="inline-size: ${width}px"><dpg-card dpg-id="dhis2" variant="full"></dpg-card></div>`);
      const el = box.querySelector('dpg-card') as DpgCard;
      await el.loadComplete();
      const rows = [...shadow(el).querySelectorAll('.indicator')];
      expect(rows.length).to.be.greaterThan(3);
      for (const row of rows) {
        const rowBox = row.getBoundingClientRect();
        const label = row.querySelector('.indicator-name')!.getBoundingClientRect();
        const verdict = row.querySelector('.indicator-status')!.getBoundingClientRect();
        expect(Math.abs(verdict.right - rowBox.right), `${row.textContent} ends at the row's end`).to.be.below(1);
        expect(Math.abs(verdict.top - label.top), `${row.textContent} sits on the label's first line`).to.be.below(4);
        expect(verdict.left, `${row.textContent} starts after its label`).to.be.at.least(label.right);
      }
    });
  }

  for (const width of [390, 320]) {
    it(`keeps the page within a ${width} px screen with long names in the table view; the table scrolls in its own box`, async () => {
      await setViewport({ width, height: 800 });
      try {
        const el = await registry(html`<dpg-provider .client=${recordsClient(LONG_RECORDS)}><dpg-registry view="table"></dpg-registry></dpg-provider>`);
        expect(LONG_WORD).to.have.length(53);
        expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(innerWidth);
        const scroller = shadow(el).querySelector('.table-scroll') as HTMLElement;
        expect(scroller.getAttribute('role')).to.equal('region');
        expect(scroller.getAttribute('aria-label')).to.equal('Results table');
        expect(scroller.tabIndex).to.equal(0);
        expect(getComputedStyle(scroller).overflowX).to.equal('auto');
        expect(scroller.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
        const names = [...shadow(el).querySelectorAll('.result-name')];
        expect(names.map((name) => name.textContent)).to.include(LONG_NAME);
        for (const name of names) expect(getComputedStyle(name.closest('th')!).overflowWrap).to.equal('anywhere');
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  for (const width of [390, 320]) {
    it(`keeps each name in the table view readable at ${width} px: 11rem wide at least, three lines at most, whole in a tooltip`, async () => {
      await setViewport({ width, height: 800 });
      try {
        const el = await registry(html`<dpg-provider .client=${recordsClient(LONG_RECORDS)}><dpg-registry view="table"></dpg-registry></dpg-provider>`);
        const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
        const links = [...shadow(el).querySelectorAll<HTMLElement>('.result-name')];
        expect(links).to.have.length(3);
        for (const link of links) {
          const th = link.closest('th')!;
          expect(th.getBoundingClientRect().width, `${link.textContent} has its column's width`).to.be.at.least(11 * rem - 0.5);
          const text = link.querySelector('.name-text') as HTMLElement;
          const lineHeight = Number.parseFloat(getComputedStyle(text).lineHeight);
          expect(text.getBoundingClientRect().height, `${link.textContent} on three lines at most`).to.be.at.most(3 * lineHeight + 1);
        }
        const long = links.find((link) => link.textContent === LONG_NAME)!;
        const longText = long.querySelector('.name-text')!;
        expect(longText.scrollHeight, 'the long name is cut').to.be.greaterThan(longText.clientHeight);
        expect(long.title, 'the whole name in its tooltip').to.equal(LONG_NAME);
        const short = links.find((link) => link.textContent === 'Short')!;
        expect(short.hasAttribute('title'), 'a short name needs no tooltip').to.equal(false);
        // The count reads as one line beside the selects, which wrap below it instead.
        const count = shadow(el).querySelector('[part="count"]')!;
        const range = document.createRange();
        range.selectNodeContents(count);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        expect(lines.size, `"${count.textContent}" on one line`).to.equal(1);
        expect(count.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('isolates each licence of a table row in its own bdi', async () => {
    const records = [dpg({ id: 'two-licences', name: 'Two licences', licenses: [
      { spdx: 'MIT', name: 'MIT', kind: 'open' },
      { spdx: 'Apache-2.0', name: 'Apache-2.0', kind: 'open' },
    ] })];
    const el = await registry(html`<dpg-provider .client=${recordsClient(records)}><dpg-registry view="table"></dpg-registry></dpg-provider>`);
    const cell = shadow(el).querySelector('tbody tr')!.children[3]!;
    expect([...cell.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).to.deep.equal(['MIT', 'Apache-2.0']);
    expect(cell.textContent!.trim()).to.equal('MIT, Apache-2.0');
  });

  for (const width of [288, 358]) {
    it(`keeps the CoP table's sort header on one row and its Focus label upright at ${width} px`, async () => {
      const box = await mount<HTMLElement>(html`<div style="inline-size: ${width}px"><dpg-cop-table></dpg-cop-table></div>`);
      const el = box.querySelector('dpg-cop-table') as HTMLElement & { loadComplete(): Promise<void> };
      await el.loadComplete();
      const headers = [...shadow(el).querySelectorAll('thead th')].map((th) => th.getBoundingClientRect());
      expect(headers).to.have.length(3);
      for (const header of headers) expect(Math.abs(header.top - headers[0]!.top), 'every sort button on the first row').to.be.below(1);
      expect(shadow(el).querySelector('thead tr')!.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right + 0.5);
      const undecided = shadow(el).querySelector('td.tbd');
      expect(undecided, 'a row whose focus is to be decided').to.not.equal(null);
      expect(getComputedStyle(undecided!, '::before').content).to.equal('"Focus"');
      expect(getComputedStyle(undecided!, '::before').fontStyle).to.equal('normal');
    });
  }
});
