import { createClient, type DigitalPublicGood, type DpgClient, type RegistrySource } from '@dpg-kit/sdk';
import type { html } from '@open-wc/testing';
import type { DpgRegistry } from '../../packages/elements/src/dpg-registry/dpg-registry.js';
import { RECORDS } from '../helpers/records.js';
import { mount } from './helpers.js';

/** A client over hand-made records (with sectors, a nominee and a non-commercial licence). */
export function recordsClient(records: DigitalPublicGood[] = RECORDS): DpgClient {
  const source: RegistrySource = { name: 'test records', load: async () => ({ records, issues: [], meta: { source: 'test records' } }) };
  return createClient({ registry: source });
}

/** Mounts `template` and returns its registry (the root or inside it) once its results show. */
export async function registry(template: ReturnType<typeof html>): Promise<DpgRegistry> {
  const root = await mount<HTMLElement>(template);
  const el = (root.localName === 'dpg-registry' ? root : root.querySelector('dpg-registry')) as DpgRegistry;
  await el.loadComplete();
  return el;
}

/** Waits until a change (a property, a click) is loaded and shown. */
export async function settled(el: DpgRegistry): Promise<void> {
  await el.updateComplete;
  await el.loadComplete();
}
