import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '../packages/elements/src/define/dpg-badge.js';
import '../packages/elements/src/define/dpg-provider.js';
import { loaded, pendingClient, unreachableClient } from './story-clients.js';

interface BadgeArgs {
  'dpg-id': string;
  size: 'small' | 'medium' | 'large';
  theme?: 'auto' | 'light' | 'dark';
  lang?: string;
}

const badge = (args: BadgeArgs) =>
  html`<dpg-badge dpg-id=${args['dpg-id']} size=${args.size} theme=${ifDefined(args.theme)} lang=${ifDefined(args.lang)}></dpg-badge>`;

const meta: Meta<BadgeArgs> = {
  title: 'Elements/dpg-badge',
  component: 'dpg-badge',
  args: { 'dpg-id': 'dhis2', size: 'medium' },
  argTypes: {
    size: { control: 'inline-radio', options: ['small', 'medium', 'large'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args) => badge(args),
};
export default meta;

type Story = StoryObj<BadgeArgs>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement, 'dpg-badge');
    await expect(el.shadowRoot.querySelector('a[part="badge"]')).not.toBeNull();
  },
};

/** The badge inside running text: it takes the text's font and keeps the line's height. */
export const InText: Story = {
  render: (args) => html`<p style="font: 18px/1.6 Georgia, serif; max-width: 36rem">
    Our district health information runs on DHIS2 ${badge(args)}, an open-source platform used in more than seventy
    countries.
  </p>`,
};

export const Sizes: Story = {
  render: (args) => html`<p>
    ${badge({ ...args, size: 'small' })} ${badge({ ...args, size: 'medium' })} ${badge({ ...args, size: 'large' })}
  </p>`,
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  render: (args) => html`<p>On a dark page ${badge(args)}</p>`,
};

export const Arabic: Story = {
  args: { lang: 'ar' },
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement, 'dpg-badge');
    await expect(el.shadowRoot.querySelector('.root')?.getAttribute('dir')).toBe('rtl');
  },
};

export const Loading: Story = {
  render: (args) => html`<dpg-provider .client=${pendingClient()}>${badge(args)}</dpg-provider>`,
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('dpg-badge');
    await expect((canvasElement.querySelector('dpg-badge') as HTMLElement & { state: string }).state).toBe('loading');
  },
};

export const Empty: Story = {
  args: { 'dpg-id': '' },
};

export const NotFound: Story = {
  args: { 'dpg-id': 'no-such-dpg' },
  play: async ({ canvasElement }) => {
    await expect((await loaded(canvasElement, 'dpg-badge')).state).toBe('not-found');
  },
};

export const ErrorState: Story = {
  name: 'Error',
  render: (args) => html`<dpg-provider .client=${unreachableClient()}>${badge(args)}</dpg-provider>`,
  play: async ({ canvasElement }) => {
    await expect((await loaded(canvasElement, 'dpg-badge')).state).toBe('error');
  },
};

export const CustomTheme: Story = {
  render: (args) => html`<style>
      .brand {
        --dpg-badge-background: #1b5e20;
        --dpg-badge-color: #ffffff;
        --dpg-badge-radius: 0.25rem;
      }
      .brand::part(label) {
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
    </style>
    <p>Certified ${html`<dpg-badge class="brand" dpg-id=${args['dpg-id']} size=${args.size} lang=${ifDefined(args.lang)}></dpg-badge>`}</p>`,
};
