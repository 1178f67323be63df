import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '../packages/elements/src/define/dpg-cop-table.js';
import '../packages/elements/src/define/dpg-provider.js';
import { loaded, noCopsClient, pendingCopsClient, unreachableCopsClient } from './story-clients.js';

interface TableArgs {
  status: 'all' | 'complete' | 'in-progress' | 'coming-soon';
  'sort-by'?: 'priorityArea' | 'focus' | 'status';
  'sort-direction': 'ascending' | 'descending';
  caption?: string;
  theme?: 'auto' | 'light' | 'dark';
  lang?: string;
}

const table = (args: TableArgs) => html`<dpg-cop-table
  status=${args.status}
  sort-by=${ifDefined(args['sort-by'])}
  sort-direction=${args['sort-direction']}
  caption=${ifDefined(args.caption)}
  theme=${ifDefined(args.theme)}
  lang=${ifDefined(args.lang)}
></dpg-cop-table>`;

const meta: Meta<TableArgs> = {
  title: 'Elements/dpg-cop-table',
  component: 'dpg-cop-table',
  args: { status: 'all', 'sort-direction': 'ascending' },
  argTypes: {
    status: { control: 'select', options: ['all', 'complete', 'in-progress', 'coming-soon'] },
    'sort-by': { control: 'select', options: [undefined, 'priorityArea', 'focus', 'status'] },
    'sort-direction': { control: 'inline-radio', options: ['ascending', 'descending'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args) => table(args),
};
export default meta;

type Story = StoryObj<TableArgs>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement, 'dpg-cop-table');
    await expect(el.shadowRoot.querySelectorAll('tbody tr').length).toBeGreaterThan(3);
  },
};

export const SortedByStatus: Story = {
  args: { 'sort-by': 'status', 'sort-direction': 'descending' },
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement, 'dpg-cop-table');
    await expect(el.shadowRoot.querySelectorAll('th[aria-sort="descending"]').length).toBe(1);
  },
};

export const FilteredInProgress: Story = {
  args: { status: 'in-progress' },
};

/** Below about 32rem the rows stack. */
export const Narrow: Story = {
  render: (args) => html`<div style="max-width: 300px">${table(args)}</div>`,
};

export const Dark: Story = {
  globals: { theme: 'dark' },
};

export const Arabic: Story = {
  args: { lang: 'ar' },
};

export const Portuguese: Story = {
  args: { lang: 'pt' },
};

export const Loading: Story = {
  render: (args) => html`<dpg-provider .client=${pendingCopsClient()}>${table(args)}</dpg-provider>`,
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('dpg-cop-table');
    await expect((canvasElement.querySelector('dpg-cop-table') as HTMLElement & { state: string }).state).toBe('loading');
  },
};

export const Empty: Story = {
  render: (args) => html`<dpg-provider .client=${noCopsClient()}>${table(args)}</dpg-provider>`,
  play: async ({ canvasElement }) => {
    await expect((await loaded(canvasElement, 'dpg-cop-table')).state).toBe('empty');
  },
};

export const ErrorState: Story = {
  name: 'Error',
  render: (args) => html`<dpg-provider .client=${unreachableCopsClient()}>${table(args)}</dpg-provider>`,
  play: async ({ canvasElement }) => {
    await expect((await loaded(canvasElement, 'dpg-cop-table')).state).toBe('error');
  },
};

export const CustomTheme: Story = {
  render: (args) => html`<style>
      .custom {
        --dpg-cop-table-header-background: #e8f0fe;
        --dpg-color-primary: #174ea6;
      }
      .custom::part(caption) {
        font-size: 1.5rem;
      }
    </style>
    <div class="custom">${table({ ...args, caption: 'Our Communities of Practice' })}</div>`,
};
