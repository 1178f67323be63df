/** What the pilot map's tests share: mounting a map, finding its countries, made-up pilots. */
import { createClient, getDefaultClient, type DpgClient, type Pilot } from '@dpg-kit/sdk';
import { html } from '@open-wc/testing';
import type { DpgPilotMap } from '../../packages/elements/src/dpg-pilot-map/dpg-pilot-map.js';
import { mount, shadow } from './helpers.js';

export const OECS = ['AG', 'DM', 'GD', 'KN', 'LC', 'MS', 'VC'];
export const englishName = (code: string) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code);

export async function map(template: ReturnType<typeof html>): Promise<DpgPilotMap> {
  const root = await mount<HTMLElement>(template);
  const el = (root.localName === 'dpg-pilot-map' ? root : root.querySelector('dpg-pilot-map')) as DpgPilotMap;
  await el.loadComplete();
  return el;
}

/** A map in a box of `width` pixels. */
export const sized = (width: number, attributes = html``, client: DpgClient = getDefaultClient()) =>
  map(html`<div style="width: ${width}px"><dpg-provider .client=${client}>${attributes}</dpg-provider></div>`);

export const countries = (el: Element) => [...shadow(el).querySelectorAll<SVGElement>('[part="country"]')];
export const codes = (el: Element) => countries(el).map((c) => c.dataset.code!);
export const country = (el: Element, code: string) => shadow(el).querySelector<SVGElement>(`[data-code="${code}"]`)!;

/** A client with the built-in pilots replaced by `pilots`. */
export function pilotsClient(pilots: Pilot[]): DpgClient {
  return createClient({ pilots: { format: 'dpg-kit/pilots', version: 1, pilots }, pilotsMode: 'replace' });
}

export const pilot = (id: string, countryCodes: string[], sector = 'health'): Pilot => ({
  id,
  title: `Pilot ${id}`,
  summary: 'A pilot.',
  dpgs: [],
  countries: countryCodes,
  partners: [],
  sector,
  status: 'active',
  links: [],
});
