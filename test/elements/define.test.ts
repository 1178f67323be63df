import { expect } from '@open-wc/testing';
import { define } from '../../packages/elements/src/base/define.js';
import { VERSION } from '../../packages/elements/src/base/version.js';
import { DpgBadge, DpgCard, DpgCopTable, DpgPilotList, DpgPilotMap, DpgProvider, DpgRegistry } from '../../packages/elements/src/index.js';
import { defineAll } from '../../packages/elements/src/all.js';

/** Records console.warn calls for the length of `run`. */
async function warningsDuring(run: () => void | Promise<void>): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args);
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return calls;
}

describe('define()', () => {
  it('defines the provider, card and badge as soon as all.ts has run', () => {
    expect(customElements.get('dpg-card') === DpgCard).to.equal(true);
    expect(customElements.get('dpg-badge') === DpgBadge).to.equal(true);
    expect(customElements.get('dpg-provider') === DpgProvider).to.equal(true);
    expect(document.createElement('dpg-card')).to.be.instanceOf(DpgCard);
  });

  it('leaves the larger elements to the autoloader, and defineAll() defines them from their chunks', async () => {
    const lazy = { 'dpg-cop-table': DpgCopTable, 'dpg-pilot-map': DpgPilotMap, 'dpg-pilot-list': DpgPilotList, 'dpg-registry': DpgRegistry };
    // No test before this one put these tags on the page: nothing has loaded them.
    expect(Object.keys(lazy).filter((tag) => customElements.get(tag))).to.deep.equal([]);
    await defineAll();
    for (const [tag, constructor] of Object.entries(lazy)) {
      // Compared by identity: a failed deep comparison of two element classes is slow to print.
      expect(customElements.get(tag) === constructor, tag).to.equal(true);
    }
  });

  it('is silent when the same class is defined again', async () => {
    const warnings = await warningsDuring(() => define('dpg-card', DpgCard));
    expect(warnings).to.have.length(0);
  });

  it('is silent when another copy of the same version is defined', async () => {
    class SameVersionCopy extends HTMLElement {
      static readonly version = VERSION;
    }
    const warnings = await warningsDuring(() => define('dpg-card', SameVersionCopy));
    expect(warnings).to.have.length(0);
    expect(customElements.get('dpg-card')).to.equal(DpgCard);
  });

  it('warns once, and keeps the first definition, when another version is defined', async () => {
    class OtherVersion extends HTMLElement {
      static readonly version = '9.9.9';
    }
    const warnings = await warningsDuring(() => {
      define('dpg-badge', OtherVersion);
      define('dpg-badge', OtherVersion);
    });
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('<dpg-badge>').and.contain('9.9.9').and.contain(VERSION);
    expect(customElements.get('dpg-badge')).to.equal(DpgBadge);
  });

  it('names another library when the tag was taken by an element without a version', async () => {
    customElements.define('dpg-test-foreign', class extends HTMLElement {});
    const warnings = await warningsDuring(() => define('dpg-test-foreign', DpgCard));
    expect(String(warnings[0]![0])).to.contain('another library');
  });

  it('defines a new tag', () => {
    class Fresh extends HTMLElement {}
    define('dpg-test-fresh', Fresh);
    expect(customElements.get('dpg-test-fresh')).to.equal(Fresh);
  });
});
