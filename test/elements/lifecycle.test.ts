/**
 * Busy pages: a storm of attribute changes renders only the last and announces only it; an
 * element moved into another document or another shadow root keeps working; elements taken
 * off the page mid-load abort their loads. (The long mount and unmount soak with memory
 * figures runs in Chromium through test/e2e/lifecycle.test.ts.)
 */
import { getDefaultClient } from '@dpg-kit/sdk';
import { expect, html } from '@open-wc/testing';
import type { DpgBadge } from '../../packages/elements/src/dpg-badge/dpg-badge.js';
import type { DpgCard } from '../../packages/elements/src/dpg-card/dpg-card.js';
import type { DpgCopTable } from '../../packages/elements/src/dpg-cop-table/dpg-cop-table.js';
import '../../packages/elements/src/define/dpg-badge.js';
import '../../packages/elements/src/define/dpg-card.js';
import '../../packages/elements/src/define/dpg-cop-table.js';
import '../../packages/elements/src/define/dpg-provider.js';
import { gatedClient, mount, shadow, textOf } from './helpers.js';

/** The first `count` DPGs of the embedded snapshot, by name. */
async function someDpgs(count: number): Promise<Array<{ id: string; name: string }>> {
  const { items } = await getDefaultClient().dpgs.list({ pageSize: count, sort: 'name' });
  return items.map(({ id, name }) => ({ id, name }));
}

function countLoads(el: Element): { loads: number; errors: number } {
  const seen = { loads: 0, errors: 0 };
  el.addEventListener('dpg-load', () => seen.loads++);
  el.addEventListener('dpg-error', () => seen.errors++);
  return seen;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

before(async () => {
  // The first test to read the snapshot pays for compiling its files; do it once here.
  await getDefaultClient().dpgs.get('dhis2');
});

describe('a storm of attribute changes', () => {
  it('200 dpg-id changes in one task render only the last, with one dpg-load', async () => {
    const dpgs = await someDpgs(200);
    const el = await mount<DpgCard>(html`<dpg-card dpg-id="dhis2"></dpg-card>`);
    await el.loadComplete();
    const seen = countLoads(el);
    for (const { id } of dpgs) el.setAttribute('dpg-id', id);
    await el.loadComplete();
    expect(textOf(el, '[part="name"]')).to.equal(dpgs.at(-1)!.name);
    expect(seen).to.deep.equal({ loads: 1, errors: 0 });
  });

  it('changes spread over many tasks while loading still render and announce only the last', async () => {
    const dpgs = await someDpgs(50);
    const { client, open } = gatedClient();
    const provider = await mount<HTMLElement>(html`<dpg-provider .client=${client}><dpg-card dpg-id="dhis2"></dpg-card><dpg-badge dpg-id="dhis2"></dpg-badge></dpg-provider>`);
    const card = provider.querySelector('dpg-card')!;
    const badge = provider.querySelector('dpg-badge')!;
    const cardSeen = countLoads(card);
    const badgeSeen = countLoads(badge);
    for (const { id } of dpgs) {
      card.setAttribute('dpg-id', id);
      badge.setAttribute('dpg-id', id);
      await nextTask();
      expect(card.state).to.equal('loading');
    }
    open();
    await Promise.all([card.loadComplete(), badge.loadComplete()]);
    expect(textOf(card, '[part="name"]')).to.equal(dpgs.at(-1)!.name);
    expect(shadow(badge).querySelector('a')!.textContent).to.contain(dpgs.at(-1)!.name);
    expect(cardSeen).to.deep.equal({ loads: 1, errors: 0 });
    expect(badgeSeen).to.deep.equal({ loads: 1, errors: 0 });
  });

  it('a storm of sort and filter changes on the table leaves it in the last state asked', async () => {
    const el = await mount<DpgCopTable>(html`<dpg-cop-table></dpg-cop-table>`);
    await el.loadComplete();
    const seen = countLoads(el);
    const statuses = ['complete', 'in-progress', 'coming-soon', 'all'] as const;
    for (let i = 0; i < 200; i++) {
      el.setAttribute('status', statuses[i % 4]!);
      el.setAttribute('sort-by', i % 2 === 0 ? 'status' : 'priorityArea');
      el.setAttribute('sort-direction', i % 3 === 0 ? 'descending' : 'ascending');
    }
    el.setAttribute('status', 'complete');
    await el.updateComplete;
    const rows = [...shadow(el).querySelectorAll('[part~="row"]')];
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) expect(row.querySelector('[part~="status"]')!.textContent!.trim()).to.equal('Complete');
    expect(seen.loads).to.equal(0, 'sorting and filtering reuse the data already loaded');
  });
});

describe('moving an element', () => {
  it('keeps a card working when it is adopted into another document (an iframe’s)', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const doc = frame.contentDocument!;
      const el = await mount<DpgCard>(html`<dpg-card dpg-id="dhis2"></dpg-card>`);
      await el.loadComplete();
      doc.body.append(doc.adoptNode(el));
      expect(el.ownerDocument).to.equal(doc);
      el.setAttribute('dpg-id', 'kolibri');
      await el.loadComplete();
      expect(el.state).to.equal('ready');
      expect(textOf(el, '[part="name"]')).to.equal('Kolibri');
      // Its styles came along: the card keeps its box and its smallest height.
      const box = shadow(el).querySelector('[part="card"]')!;
      expect(parseFloat(frame.contentWindow!.getComputedStyle(box).minHeight)).to.be.greaterThan(100);
    } finally {
      frame.remove();
    }
  });

  it('keeps the table’s styles and its sorting in another document', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const el = await mount<DpgCopTable>(html`<dpg-cop-table></dpg-cop-table>`);
      await el.loadComplete();
      frame.contentDocument!.body.append(el);
      await el.updateComplete;
      const table = shadow(el).querySelector('table')!;
      expect(frame.contentWindow!.getComputedStyle(table).borderCollapse).to.equal('collapse');
      el.setAttribute('status', 'complete');
      await el.updateComplete;
      const statuses = [...shadow(el).querySelectorAll('[part~="row"] [part~="status"]')].map((cell) => cell.textContent!.trim());
      expect(statuses.length).to.be.greaterThan(0);
      expect(new Set(statuses)).to.deep.equal(new Set(['Complete']));
    } finally {
      frame.remove();
    }
  });

  it('resumes a load interrupted by the move to another document', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const { client, open, signals } = gatedClient();
      const provider = await mount<HTMLElement>(html`<dpg-provider .client=${client}><dpg-badge dpg-id="dhis2"></dpg-badge></dpg-provider>`);
      const badge = provider.querySelector('dpg-badge') as DpgBadge;
      expect(badge.state).to.equal('loading');
      frame.contentDocument!.body.append(provider);
      open();
      await badge.loadComplete();
      expect(badge.state).to.equal('ready');
      expect(signals.length).to.be.greaterThan(0);
    } finally {
      frame.remove();
    }
  });

  it('keeps a card working when it moves into another shadow root, and from there into another', async () => {
    const first = document.createElement('div');
    const second = document.createElement('div');
    document.body.append(first, second);
    try {
      const el = await mount<DpgCard>(html`<dpg-card dpg-id="dhis2"></dpg-card>`);
      await el.loadComplete();
      first.attachShadow({ mode: 'open' }).append(el);
      el.setAttribute('dpg-id', 'kolibri');
      await el.loadComplete();
      expect(textOf(el, '[part="name"]')).to.equal('Kolibri');
      second.attachShadow({ mode: 'closed' }).append(el);
      el.setAttribute('dpg-id', 'dhis2');
      await el.loadComplete();
      expect(el.state).to.equal('ready');
      expect(textOf(el, '[part="name"]')).to.equal('DHIS2');
      // Events still reach the page across both shadow boundaries.
      let heard = 0;
      const listener = () => heard++;
      document.addEventListener('dpg-load', listener);
      el.setAttribute('dpg-id', 'kolibri');
      await el.loadComplete();
      document.removeEventListener('dpg-load', listener);
      expect(heard).to.equal(1);
    } finally {
      first.remove();
      second.remove();
    }
  });

  it('aborts the loads of elements taken off the page mid-load, and of none still on it', async () => {
    const { client, signals } = gatedClient();
    const provider = await mount<HTMLElement>(html`<dpg-provider .client=${client}>
      <dpg-card dpg-id="dhis2"></dpg-card><dpg-badge dpg-id="dhis2"></dpg-badge><dpg-card dpg-id="kolibri"></dpg-card>
    </dpg-provider>`);
    const [leaving, badge, staying] = [...provider.children] as DpgCard[];
    await nextTask();
    expect(signals).to.have.length(1, 'three elements share one load of the registry');
    leaving!.remove();
    badge!.remove();
    await nextTask();
    expect(signals[0]!.aborted).to.equal(false, 'the card still on the page keeps the load going');
    staying!.remove();
    await nextTask();
    expect(signals[0]!.aborted).to.equal(true, 'with every element gone the load is aborted');
  });
});
