/**
 * The one country count dpg-kit shows for a DPG: the countries it is deployed in.
 *
 * Development countries (where the good is built) are a different fact and are counted apart,
 * never added in: DHIS2 is deployed in 88 countries and developed in 2, not "89 countries".
 * A registry record that lists no deployment country does not say the good is used nowhere; it
 * says nothing, so the count is `null` ("not stated"), never 0. The `countries` sort of
 * `dpgs.list()` orders by the same count (not stated last).
 */
import type { DigitalPublicGood } from './model.js';

/** Deployment and development countries of a DPG, each `null` when the registry states none. */
export interface CountryCounts {
  deployment: number | null;
  development: number | null;
}

/** How many countries the DPG is deployed in, or `null` when the registry does not say. */
export function deploymentCount(dpg: Pick<DigitalPublicGood, 'countries'>): number | null {
  const count = dpg.countries.deployment.length;
  return count === 0 ? null : count;
}

/** Deployment countries (the count shown everywhere) and development countries, apart. */
export function countryCounts(dpg: Pick<DigitalPublicGood, 'countries'>): CountryCounts {
  const development = dpg.countries.development.length;
  return { deployment: deploymentCount(dpg), development: development === 0 ? null : development };
}
