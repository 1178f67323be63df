import { expect } from '@open-wc/testing';
import { announceRenderRoot, loadTag, startAutoloader, type Autoloader } from '../../packages/elements/src/base/autoload.js';

/** A loader that defines `tag` (a plain element) when called, and counts its calls. */
function definer(tag: string): { load: () => Promise<void>; calls: () => number } {
  let calls = 0;
  return {
    load: async () => {
      calls += 1;
      if (!customElements.get(tag)) customElements.define(tag, class extends HTMLElement {});
    },
    calls: () => calls,
  };
}

/** Waits for the MutationObserver's records to be handled. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

let unique = 0;
const tagName = (name: string): string => `dpg-test-${name}-${++unique}`;

describe('the autoloader', () => {
  const running: Autoloader[] = [];
  const fixtures: Element[] = [];
  afterEach(() => {
    running.splice(0).forEach((autoloader) => autoloader.stop());
    fixtures.splice(0).forEach((fixture) => fixture.remove());
  });
  const start = (...args: Parameters<typeof startAutoloader>): Autoloader => {
    const autoloader = startAutoloader(...args);
    running.push(autoloader);
    return autoloader;
  };
  const attach = <T extends Element>(element: T): T => {
    fixtures.push(element);
    document.body.append(element);
    return element;
  };

  it('loads a tag already in the document at once, and tells which element it found', async () => {
    const tag = tagName('present');
    const present = attach(document.createElement(tag));
    const { load, calls } = definer(tag);
    const found: Element[] = [];
    start({ [tag]: load }, (name, element) => name === tag && found.push(element));
    await customElements.whenDefined(tag);
    expect(calls()).to.equal(1);
    expect(found).to.deep.equal([present]);
  });

  it('never loads a tag the page does not have', async () => {
    const absent = definer(tagName('absent'));
    const other = tagName('other');
    start({ [tagName('absent-key')]: absent.load, [other]: definer(other).load });
    attach(document.createElement('div')).append(document.createElement('span'));
    await settle();
    expect(absent.calls()).to.equal(0);
  });

  it('loads a tag added later, also deep inside an added subtree, once', async () => {
    const tag = tagName('later');
    const { load, calls } = definer(tag);
    start({ [tag]: load, [tagName('unused')]: definer('x').load });
    const wrapper = attach(document.createElement('section'));
    await settle();
    expect(calls()).to.equal(0);
    const inner = document.createElement('div');
    inner.append(document.createElement(tag), document.createElement(tag));
    wrapper.append(inner);
    await customElements.whenDefined(tag);
    wrapper.append(document.createElement(tag));
    await settle();
    expect(calls()).to.equal(1);
  });

  it('finds tags in an announced shadow root, and in the open shadow roots of dpg- elements it starts with', async () => {
    const announcedTag = tagName('announced');
    const existingTag = tagName('existing');
    const announced = definer(announcedTag);
    const existing = definer(existingTag);
    // A dpg- element whose shadow root exists before the autoloader starts.
    const host = attach(document.createElement(tagName('host')));
    host.attachShadow({ mode: 'open' });
    start({ [announcedTag]: announced.load, [existingTag]: existing.load });

    const other = attach(document.createElement('div')).attachShadow({ mode: 'open' });
    announceRenderRoot(other);
    other.append(document.createElement(announcedTag));
    host.shadowRoot!.append(document.createElement(existingTag));
    await Promise.all([customElements.whenDefined(announcedTag), customElements.whenDefined(existingTag)]);
    expect([announced.calls(), existing.calls()]).to.deep.equal([1, 1]);
  });

  it('defineAll() loads every tag, rejects when one cannot load, and stops watching', async () => {
    const good = tagName('good');
    const broken = tagName('broken');
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const goodLoader = definer(good);
      const autoloader = start({ [good]: goodLoader.load, [broken]: () => Promise.reject(new Error('chunk missing')) });
      let failure: unknown;
      await autoloader.defineAll().catch((error: unknown) => (failure = error));
      expect((failure as Error).message).to.equal('chunk missing');
      expect(customElements.get(good)).to.be.a('function');
      expect(String(errors[0]?.[0])).to.contain(`<${broken}> could not be loaded`);
      attach(document.createElement(good));
      await settle();
      expect(goodLoader.calls()).to.equal(1);
    } finally {
      console.error = original;
    }
  });

  it('a second copy waits for the first definition of a tag before running its own loader', async () => {
    const tag = tagName('shared');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = loadTag(tag, async () => {
      await gate;
      customElements.define(tag, class extends HTMLElement {});
    });
    let secondSawDefinition: boolean | undefined;
    const second = loadTag(tag, async () => {
      secondSawDefinition = customElements.get(tag) !== undefined;
    });
    await settle();
    expect(secondSawDefinition).to.equal(undefined);
    release();
    await Promise.all([first, second]);
    expect(secondSawDefinition).to.equal(true);
  });
});
