import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '../packages/elements/src/define/dpg-card.js';
import '../packages/elements/src/define/dpg-provider.js';
import { messagesFor, resolveLocale } from '../packages/elements/src/base/i18n/index.js';
import { inheritedLang } from '../packages/elements/src/base/lang.js';
import { REFUSED_URL, loaded, pendingClient, unreachableClient } from './story-clients.js';

interface CardArgs {
  'dpg-id': string;
  variant: 'compact' | 'full';
  theme?: 'auto' | 'light' | 'dark';
  lang?: string;
  'heading-level': number;
}

const card = (args: CardArgs) => html`<dpg-card
  style="max-width: 36rem"
  dpg-id=${args['dpg-id']}
  variant=${args.variant}
  theme=${ifDefined(args.theme)}
  lang=${ifDefined(args.lang)}
  heading-level=${args['heading-level']}
></dpg-card>`;

const meta: Meta<CardArgs> = {
  title: 'Elements/dpg-card',
  component: 'dpg-card',
  args: { 'dpg-id': 'dhis2', variant: 'compact', 'heading-level': 3 },
  argTypes: {
    variant: { control: 'inline-radio', options: ['compact', 'full'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) => card(args),
};
export default meta;

type Story = StoryObj<CardArgs>;

export const Compact: Story = {
  play: async ({ canvasElement }) => {
    const card = await loaded(canvasElement, 'dpg-card');
    await expect(card.state).toBe('ready');
    await expect(card.shadowRoot.querySelector('[part="name"]')?.textContent).toContain('DHIS2');
  },
};

export const Full: Story = {
  args: { variant: 'full' },
  play: async ({ canvasElement }) => {
    const card = await loaded(canvasElement, 'dpg-card');
    await expect(card.shadowRoot.querySelector('[part="indicators"]')).not.toBeNull();
    await expect(card.shadowRoot.querySelector('[part="pilots"]')).not.toBeNull();
    // The line is in the element's language (the toolbar's): "DPG Registry snapshot, as of …" in English.
    const words = messagesFor(resolveLocale(inheritedLang(card))).source.snapshot('\u0000').split('\u0000')[0]!;
    await expect(card.shadowRoot.querySelector('[part="source"]')?.textContent).toContain(words);
  },
};

export const Loading: Story = {
  render: (args) => html`<dpg-provider .client=${pendingClient()}>${card(args)}</dpg-provider>`,
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('dpg-card') as HTMLElement & { state: string };
    await customElements.whenDefined('dpg-card');
    await expect(card.state).toBe('loading');
  },
};

export const Empty: Story = {
  args: { 'dpg-id': '' },
  play: async ({ canvasElement }) => {
    await expect((await loaded(canvasElement, 'dpg-card')).state).toBe('empty');
  },
};

export const NotFound: Story = {
  args: { 'dpg-id': 'no-such-dpg' },
  play: async ({ canvasElement }) => {
    const card = await loaded(canvasElement, 'dpg-card');
    await expect(card.state).toBe('not-found');
    await expect(card.shadowRoot.textContent).toContain('no-such-dpg');
  },
};

export const ErrorState: Story = {
  name: 'Error',
  render: (args) => html`<dpg-provider .client=${unreachableClient()}>${card(args)}</dpg-provider>`,
  play: async ({ canvasElement }) => {
    const card = await loaded(canvasElement, 'dpg-card');
    await expect(card.state).toBe('error');
    await expect(card.shadowRoot.querySelector('[part="retry"]')).not.toBeNull();
  },
};

/**
 * The live registry is down and the provider's fallback serves the embedded snapshot: each card
 * says so in one calm line (`part="stale"`, `role="status"`), compact cards too.
 */
export const StaleFallback: Story = {
  name: 'Stale (fallback)',
  args: { variant: 'full' },
  render: (args) => html`<dpg-provider registry-src=${REFUSED_URL} fallback>
    ${card(args)}
    <dpg-card style="max-width: 36rem; margin-block-start: 1rem" dpg-id="openimis" lang=${ifDefined(args.lang)} theme=${ifDefined(args.theme)}></dpg-card>
  </dpg-provider>`,
  play: async ({ canvasElement }) => {
    const full = await loaded(canvasElement, 'dpg-card');
    await expect(full.state).toBe('ready');
    await expect(full.shadowRoot.querySelector('[part="stale"]')?.getAttribute('role')).toBe('status');
    await expect(full.shadowRoot.querySelector('[part="source"]')).toBeNull();
  },
};

/** The toolbar's dark theme reaches the element, and the canvas around it turns dark too. */
export const Dark: Story = {
  args: { variant: 'full' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const card = await loaded(canvasElement, 'dpg-card');
    await expect(card.getAttribute('theme')).toBe('dark');
    await expect(getComputedStyle(canvasElement).colorScheme).toBe('dark');
  },
};

export const French: Story = {
  args: { lang: 'fr' },
};

export const Arabic: Story = {
  args: { lang: 'ar', variant: 'full' },
  play: async ({ canvasElement }) => {
    const card = await loaded(canvasElement, 'dpg-card');
    await expect(card.shadowRoot.querySelector('[part="card"]')?.getAttribute('dir')).toBe('rtl');
  },
};

/** System and component tokens, and a part, set by the page. */
export const CustomTheme: Story = {
  render: (args) => html`<style>
      .branded {
        --dpg-color-primary: #6a1b9a;
        --dpg-font-family: Georgia, serif;
        --dpg-card-background: #fbf8fd;
        --dpg-card-radius: 0;
        --dpg-card-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
      }
      .branded::part(name) {
        text-transform: uppercase;
      }
    </style>
    <div class="branded">${card(args)}</div>`,
  args: { theme: 'light' },
};

/** The loading and error UI replaced through slots. */
export const CustomErrorSlot: Story = {
  render: (args) => html`<dpg-provider .client=${unreachableClient()}
    ><dpg-card dpg-id=${args['dpg-id']} lang=${ifDefined(args.lang)}><p slot="error">This card is resting. Please come back later.</p></dpg-card></dpg-provider
  >`,
};

