import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createClient, getDefaultClient, type DpgClient } from '@dpg-kit/sdk';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '../packages/elements/src/define/dpg-pilot-map.js';
import '../packages/elements/src/define/dpg-pilot-list.js';
import '../packages/elements/src/define/dpg-provider.js';
import { REFUSED_URL, loaded } from './story-clients.js';

interface MapArgs {
  'pilot-ids'?: string;
  country?: string;
  sector?: string;
  'dpg-id'?: string;
  selected?: string;
  'color-by': 'count' | 'sector';
  theme?: 'auto' | 'light' | 'dark';
  lang?: string;
}

const pilotMap = (args: MapArgs) => html`<dpg-pilot-map
  pilot-ids=${ifDefined(args['pilot-ids'])}
  country=${ifDefined(args.country)}
  sector=${ifDefined(args.sector)}
  dpg-id=${ifDefined(args['dpg-id'])}
  selected=${ifDefined(args.selected)}
  color-by=${args['color-by']}
  theme=${ifDefined(args.theme)}
  lang=${ifDefined(args.lang)}
></dpg-pilot-map>`;

/** The default client with pilots that never arrive, so the placeholder stays on screen. */
const pendingPilotsClient = (): DpgClient => ({
  ...getDefaultClient(),
  pilots: { ...getDefaultClient().pilots, list: () => new Promise(() => undefined) },
});

const noPilotsClient = () => createClient({ pilots: { format: 'dpg-kit/pilots', version: 1, pilots: [] }, pilotsMode: 'replace' });

const meta: Meta<MapArgs> = {
  title: 'Elements/dpg-pilot-map',
  component: 'dpg-pilot-map',
  args: { 'color-by': 'count' },
  argTypes: {
    'color-by': { control: 'inline-radio', options: ['count', 'sector'] },
    sector: { control: 'select', options: [undefined, 'education', 'health', 'innovation', 'youth'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args) => pilotMap(args),
};
export default meta;

type Story = StoryObj<MapArgs>;

const countries = (el: HTMLElement) => el.shadowRoot!.querySelectorAll('[part="country"]');

export const Ready: Story = {
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement, 'dpg-pilot-map');
    await expect(el.state).toBe('ready');
    await expect(countries(el).length).toBe(16);
    await expect(el.shadowRoot.querySelectorAll('[part="inset"] [part="country"]').length).toBe(7);
  },
};

export const Loading: Story = {
  render: (args) => html`<dpg-provider .client=${pendingPilotsClient()}>${pilotMap(args)}</dpg-provider>`,
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('dpg-pilot-map');
    await expect((canvasElement.querySelector('dpg-pilot-map') as HTMLElement & { state: string }).state).toBe('loading');
  },
};

/** Only the pilots that use DHIS2. */
export const FilteredByDpg: Story = {
  args: { 'dpg-id': 'dhis2' },
  play: async ({ canvasElement }) => {
    await expect(countries(await loaded(canvasElement, 'dpg-pilot-map')).length).toBe(4);
  },
};

/** The Eastern Caribbean pilot, with Saint Lucia selected. */
export const FilteredOecs: Story = {
  args: { 'pilot-ids': 'gdl-oecs', selected: 'LC' },
};

export const BySector: Story = {
  args: { 'color-by': 'sector' },
};

export const Empty: Story = {
  args: { sector: 'agriculture' },
  play: async ({ canvasElement }) => {
    await expect((await loaded(canvasElement, 'dpg-pilot-map')).state).toBe('empty');
  },
};

export const NoPilots: Story = {
  render: (args) => html`<dpg-provider .client=${noPilotsClient()}>${pilotMap(args)}</dpg-provider>`,
};

export const ErrorState: Story = {
  name: 'Error',
  render: (args) =>
    html`<dpg-provider .client=${createClient({ pilots: REFUSED_URL, http: { retries: 0 } })}>${pilotMap(args)}</dpg-provider>`,
  play: async ({ canvasElement }) => {
    await expect((await loaded(canvasElement, 'dpg-pilot-map')).state).toBe('error');
  },
};

export const Arabic: Story = {
  args: { lang: 'ar' },
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement, 'dpg-pilot-map');
    await expect(el.shadowRoot.querySelector('.root')?.getAttribute('dir')).toBe('rtl');
  },
};

/** Zoomed in twice with the + button: small countries grow from markers into outlines. */
export const ZoomedIn: Story = {
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement, 'dpg-pilot-map');
    const zoomIn = el.shadowRoot.querySelector<HTMLButtonElement>('[part="zoom"] button')!;
    zoomIn.click();
    await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    zoomIn.click();
    await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    await expect(el.shadowRoot.querySelector('.world')?.getAttribute('transform')).toMatch(/scale\(4\)$/);
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
};

/** The map takes its container's width; small countries get markers sooner. */
export const Narrow: Story = {
  render: (args) => html`<div style="max-width: 360px">${pilotMap(args)}</div>`,
};

/** The map and its text twin, filtered alike. */
export const WithList: Story = {
  args: { sector: 'education' },
  render: (args) => html`${pilotMap(args)}
    <dpg-pilot-list sector=${ifDefined(args.sector)} lang=${ifDefined(args.lang)} theme=${ifDefined(args.theme)} style="margin-top: 1rem"></dpg-pilot-list>`,
};
