/**
 * What `<dpg-pilot-map>` and `<dpg-pilot-list>` share: their filter attributes, read into the
 * SDK's pilot query. Neither element filters pilots itself: both ask their client
 * (`client.pilots.list` and `client.pilots.countries`), so the two side by side always agree,
 * and with any other page asking the SDK the same question.
 */
import type { CountryCode, PilotQuery } from '@dpg-kit/sdk';

/** The filter attributes of the map and the list, as written on the element. */
export interface PilotFilterAttributes {
  /** `pilot-ids`: pilot ids. */
  pilotIds?: string | undefined;
  /** `country`: ISO 3166-1 alpha-2 codes. */
  country?: string | undefined;
  /** `sector`: sectors. */
  sector?: string | undefined;
  /** `dpg-id`: DPG registry ids (or names without spaces). */
  dpgId?: string | undefined;
}

/** The words of a list attribute: `"rw ug"`, `"rw, ug"`. */
export function listOf(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter((word) => word !== '');
}

/** The SDK query the attributes ask for; an empty attribute filters nothing. */
export function pilotQueryOf(attributes: PilotFilterAttributes): PilotQuery {
  return {
    id: listOf(attributes.pilotIds),
    // An attribute is any text: the SDK checks the codes at run time (`invalid-query`).
    country: listOf(attributes.country) as CountryCode[],
    sector: listOf(attributes.sector),
    dpg: listOf(attributes.dpgId),
  };
}
