/**
 * Filters: a DpgQuery becomes the set of wanted values of each field it sets, validated and
 * folded. The store turns each set into a bitset through its inverted index: the values of one
 * field combine with OR, fields with AND. Facets need each field's set on its own, so they stay
 * separate.
 */
import type { SdgNumber } from '../model.js';
import { DpgError } from '../errors.js';
import type { DpgQuery, FilterField, OneOrMany } from './types.js';

const TYPES = new Set(['software', 'content', 'data', 'ai-model', 'standard']);
const STAGES = new Set(['dpg', 'nominee']);
const ALPHA_2 = /^[a-z]{2}$/;

function toList<T>(value: OneOrMany<T> | undefined): T[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}

function invalid(field: string, value: unknown, expected: string): never {
  throw new DpgError('invalid-query', `Query field "${field}" has ${JSON.stringify(value)}; expected ${expected}.`);
}

function sdgSet(values: unknown[]): Set<SdgNumber> {
  return new Set(
    values.map((value) => {
      const goal = typeof value === 'string' ? Number(value.replace(/^sdg\s*/i, '')) : value;
      if (typeof goal !== 'number' || !Number.isInteger(goal) || goal < 1 || goal > 17) {
        invalid('sdg', value, 'an SDG number from 1 to 17');
      }
      return goal as SdgNumber;
    }),
  );
}

function stringSet(field: string, values: unknown[], allowed?: Set<string>): Set<string> {
  return new Set(
    values.map((value) => {
      if (typeof value !== 'string' || value.trim() === '') invalid(field, value, 'a non-empty string');
      const folded = value.trim().toLowerCase();
      if (allowed && !allowed.has(folded)) invalid(field, value, `one of ${[...allowed].join(', ')}`);
      return folded;
    }),
  );
}

/** A filter value as queries are folded: an SDG number, or a lower-cased string. */
export type FilterValue = string | number;

/**
 * The values each field of the query asks for, folded the way the inverted index keys them;
 * only fields the query sets are present. Throws `invalid-query` on a bad value.
 */
export function parseFilters(query: DpgQuery): Map<FilterField, ReadonlySet<FilterValue>> {
  const filters = new Map<FilterField, ReadonlySet<FilterValue>>();
  const sdgs = toList(query.sdg);
  if (sdgs.length) filters.set('sdg', sdgSet(sdgs));
  const types = toList(query.type);
  if (types.length) filters.set('type', stringSet('type', types, TYPES));
  const licenses = toList(query.license);
  // An SPDX id, a licence name, or a kind (`open`, `non-commercial`): the index keys all three.
  if (licenses.length) filters.set('license', stringSet('license', licenses));
  const countries = toList(query.country);
  if (countries.length) {
    const wanted = stringSet('country', countries);
    for (const code of wanted) if (!ALPHA_2.test(code)) invalid('country', code, 'an ISO 3166-1 alpha-2 code');
    filters.set('country', wanted);
  }
  const stages = toList(query.stage);
  if (stages.length) filters.set('stage', stringSet('stage', stages, STAGES));
  const sectors = toList(query.sector);
  if (sectors.length) filters.set('sector', stringSet('sector', sectors));
  return filters;
}
