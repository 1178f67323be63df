import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '../packages/elements/src/define/dpg-registry.js';
import '../packages/elements/src/define/dpg-provider.js';
import { formatNumber, resolveLocale } from '../packages/elements/src/base/i18n/index.js';
import { inheritedLang } from '../packages/elements/src/base/lang.js';
import { registryMessages } from '../packages/elements/src/base/i18n/registry.js';
import { loaded, pendingClient, syntheticClient, unreachableClient } from './story-clients.js';

interface RegistryArgs {
  q?: string;
  sdg?: string;
  type?: string;
  license?: string;
  country?: string;
  sort: 'relevance' | 'name' | 'countries';
  view: 'cards' | 'table';
  expand: 'none' | 'inline';
  theme?: 'auto' | 'light' | 'dark';
  lang?: string;
}

const registry = (args: RegistryArgs) => html`<dpg-registry
  q=${ifDefined(args.q)}
  sdg=${ifDefined(args.sdg)}
  type=${ifDefined(args.type)}
  license=${ifDefined(args.license)}
  country=${ifDefined(args.country)}
  sort=${args.sort}
  view=${args.view}
  expand=${args.expand}
  theme=${ifDefined(args.theme)}
  lang=${ifDefined(args.lang)}
></dpg-registry>`;

const meta: Meta<RegistryArgs> = {
  title: 'Elements/dpg-registry',
  component: 'dpg-registry',
  args: { sort: 'relevance', view: 'cards', expand: 'none' },
  argTypes: {
    sort: { control: 'inline-radio', options: ['relevance', 'name', 'countries'] },
    view: { control: 'inline-radio', options: ['cards', 'table'] },
    expand: { control: 'inline-radio', options: ['none', 'inline'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args) => registry(args),
};
export default meta;

type Story = StoryObj<RegistryArgs>;

type Registry = Awaited<ReturnType<typeof loaded>>;
const count = (el: Registry) => el.shadowRoot.querySelector('[part="count"]')!.textContent!.trim();

/** "245 results" in the language the toolbar (or the story) gives the element. */
function resultsText(el: Registry, total: number): string {
  const lang = inheritedLang(el) || 'en';
  return registryMessages(resolveLocale(lang)).results(total, formatNumber(total, lang));
}

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement, 'dpg-registry');
    await expect(el.state).toBe('ready');
    await expect(count(el)).toBe(resultsText(el, 245));
    await expect(el.shadowRoot.querySelectorAll('dpg-card').length).toBe(24);
  },
};

/** "Education DPGs deployed in Rwanda", with no code: attributes preset the filters. */
export const PresetFilters: Story = {
  args: { sdg: '4', country: 'RW' },
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement, 'dpg-registry');
    await expect(el.shadowRoot.querySelectorAll('[part="chip"]').length).toBe(2);
    await expect(el.shadowRoot.querySelectorAll('dpg-card').length).toBeGreaterThan(0);
  },
};

export const NoResults: Story = {
  args: { q: 'zzqxvw' },
  play: async ({ canvasElement }) => {
    await expect((await loaded(canvasElement, 'dpg-registry')).state).toBe('empty');
  },
};

export const TableView: Story = {
  args: { view: 'table', sort: 'countries' },
};

/** Choosing a result opens its full card where it was. */
export const ExpandInline: Story = {
  args: { expand: 'inline', q: 'dhis2' },
};

export const Loading: Story = {
  render: (args) => html`<dpg-provider .client=${pendingClient()}>${registry(args)}</dpg-provider>`,
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('dpg-registry');
    await expect((canvasElement.querySelector('dpg-registry') as HTMLElement & { state: string }).state).toBe('loading');
  },
};

export const ErrorState: Story = {
  name: 'Error',
  render: (args) => html`<dpg-provider .client=${unreachableClient()}>${registry(args)}</dpg-provider>`,
  play: async ({ canvasElement }) => {
    await expect((await loaded(canvasElement, 'dpg-registry')).state).toBe('error');
  },
};

/** 10,000 synthetic records: type in the search box; the index builds when the browser is idle. */
export const TenThousandRecords: Story = {
  name: '10,000 records',
  render: (args) => html`<dpg-provider .client=${syntheticClient(10_000)}>${registry(args)}</dpg-provider>`,
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement, 'dpg-registry');
    await expect(count(el)).toBe(resultsText(el, 10_000));
  },
};

export const Arabic: Story = {
  args: { lang: 'ar', sdg: '3' },
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement, 'dpg-registry');
    await expect(getComputedStyle(el.shadowRoot.querySelector('.registry')!).direction).toBe('rtl');
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
};
