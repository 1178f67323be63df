import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createClient, getDefaultClient, type DpgClient } from '@dpg-kit/sdk';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '../packages/elements/src/define/dpg-pilot-list.js';
import '../packages/elements/src/define/dpg-provider.js';
import { REFUSED_URL, loaded } from './story-clients.js';

interface ListArgs {
  'group-by': 'country' | 'pilot';
  'pilot-ids'?: string;
  country?: string;
  sector?: string;
  'dpg-id'?: string;
  'heading-level': number;
  theme?: 'auto' | 'light' | 'dark';
  lang?: string;
}

const pilotList = (args: ListArgs) => html`<dpg-pilot-list
  style="max-width: 48rem"
  group-by=${args['group-by']}
  pilot-ids=${ifDefined(args['pilot-ids'])}
  country=${ifDefined(args.country)}
  sector=${ifDefined(args.sector)}
  dpg-id=${ifDefined(args['dpg-id'])}
  heading-level=${args['heading-level']}
  theme=${ifDefined(args.theme)}
  lang=${ifDefined(args.lang)}
></dpg-pilot-list>`;

const pendingPilotsClient = (): DpgClient => ({
  ...getDefaultClient(),
  pilots: { ...getDefaultClient().pilots, list: () => new Promise(() => undefined) },
});

const meta: Meta<ListArgs> = {
  title: 'Elements/dpg-pilot-list',
  component: 'dpg-pilot-list',
  args: { 'group-by': 'country', 'heading-level': 3 },
  argTypes: {
    'group-by': { control: 'inline-radio', options: ['country', 'pilot'] },
    sector: { control: 'select', options: [undefined, 'education', 'health', 'innovation', 'youth'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args) => pilotList(args),
};
export default meta;

type Story = StoryObj<ListArgs>;

export const ByCountry: Story = {
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement, 'dpg-pilot-list');
    await expect(el.shadowRoot.querySelectorAll('[part="group"]').length).toBe(16);
  },
};

export const ByPilot: Story = {
  args: { 'group-by': 'pilot' },
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement, 'dpg-pilot-list');
    await expect(el.shadowRoot.querySelectorAll('[part="pilot"]').length).toBe(11);
  },
};

export const Loading: Story = {
  render: (args) => html`<dpg-provider .client=${pendingPilotsClient()}>${pilotList(args)}</dpg-provider>`,
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('dpg-pilot-list');
    await expect((canvasElement.querySelector('dpg-pilot-list') as HTMLElement & { state: string }).state).toBe('loading');
  },
};

export const Filtered: Story = {
  args: { 'dpg-id': 'dhis2', 'group-by': 'pilot' },
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement, 'dpg-pilot-list');
    await expect(el.shadowRoot.querySelectorAll('[part="pilot"]').length).toBe(5);
  },
};

export const Empty: Story = {
  args: { country: 'FR' },
  play: async ({ canvasElement }) => {
    await expect((await loaded(canvasElement, 'dpg-pilot-list')).state).toBe('empty');
  },
};

export const ErrorState: Story = {
  name: 'Error',
  render: (args) =>
    html`<dpg-provider .client=${createClient({ pilots: REFUSED_URL, http: { retries: 0 } })}>${pilotList(args)}</dpg-provider>`,
  play: async ({ canvasElement }) => {
    await expect((await loaded(canvasElement, 'dpg-pilot-list')).state).toBe('error');
  },
};

export const Arabic: Story = {
  args: { lang: 'ar', 'group-by': 'pilot' },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
};
