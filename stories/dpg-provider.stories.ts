import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '../packages/elements/src/all.js';
import { loaded, REFUSED_URL } from './story-clients.js';

interface ProviderArgs {
  'registry-src'?: string;
  'pilots-src'?: string;
  'cops-src'?: string;
  fallback: boolean;
  lang?: string;
}

const meta: Meta<ProviderArgs> = {
  title: 'Elements/dpg-provider',
  component: 'dpg-provider',
  args: { fallback: false },
  render: (args) => html`<dpg-provider
    registry-src=${ifDefined(args['registry-src'])}
    pilots-src=${ifDefined(args['pilots-src'])}
    cops-src=${ifDefined(args['cops-src'])}
    ?fallback=${args.fallback}
    lang=${ifDefined(args.lang)}
  >
    <p>Built with DHIS2 <dpg-badge dpg-id="dhis2"></dpg-badge></p>
    <dpg-card dpg-id="dhis2" style="max-width: 36rem"></dpg-card>
    <dpg-cop-table style="margin-top: 1rem"></dpg-cop-table>
  </dpg-provider>`,
};
export default meta;

type Story = StoryObj<ProviderArgs>;

/** No sources: every element inside shares one client over the embedded snapshot. */
export const EmbeddedSnapshot: Story = {
  play: async ({ canvasElement }) => {
    await expect((await loaded(canvasElement, 'dpg-card')).state).toBe('ready');
  },
};

/** The provider's `lang` reaches every element inside. */
export const French: Story = { args: { lang: 'fr' } };

export const Arabic: Story = { args: { lang: 'ar' } };

/** A registry URL that fails: the registry elements show their error state; the CoP table is unaffected. */
export const UnreachableRegistry: Story = {
  args: { 'registry-src': REFUSED_URL },
  play: async ({ canvasElement }) => {
    await expect((await loaded(canvasElement, 'dpg-card')).state).toBe('error');
  },
};

/** The same failing URL with `fallback`: the embedded snapshot serves. */
export const UnreachableRegistryWithFallback: Story = {
  args: { 'registry-src': REFUSED_URL, fallback: true },
  play: async ({ canvasElement }) => {
    await expect((await loaded(canvasElement, 'dpg-card')).state).toBe('ready');
  },
};
