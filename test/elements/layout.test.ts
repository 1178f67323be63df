/**
 * Layout at narrow widths, measured in real Chromium: rows that must keep their shape, boxes
 * that must not grow past their container.
 */
import { expect, html } from '@open-wc/testing';
import type { DpgCard } from '../../packages/elements/src/dpg-card/dpg-card.js';
import '../../packages/elements/src/define/dpg-card.js';
import { mount, shadow } from './helpers.js';

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
});
