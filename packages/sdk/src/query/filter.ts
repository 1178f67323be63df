/**
 * Filters: a DpgQuery becomes one predicate per field. Fields combine with AND; the values of
 * one field with OR. Facets need each field's predicate on its own, so they stay separate.
 */
import type { DigitalPublicGood, SdgNumber } from '../model.js';
import { DpgError } from '../errors.js';
import type { DpgQuery, OneOrMany } from './types.js';

export type FilterField = 'sdg' | 'type' | 'license' | 'country' | 'stage' | 'sector';
export const FILTER_FIELDS: readonly FilterField[] = ['sdg', 'type', 'license', 'country', 'stage', 'sector'];

export type Predicate = (record: DigitalPublicGood) => boolean;

const TYPES = new Set(['software', 'content', 'data', 'ai-model', 'standard']);
const STAGES = new Set(['dpg', 'nominee']);

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

/** Builds the predicate of each field the query sets; throws `invalid-query` on a bad value. */
export function buildPredicates(query: DpgQuery): Map<FilterField, Predicate> {
  const predicates = new Map<FilterField, Predicate>();
  const sdgs = toList(query.sdg);
  if (sdgs.length) {
    const wanted = sdgSet(sdgs);
    predicates.set('sdg', (r) => r.sdgs.some((entry) => wanted.has(entry.goal)));
  }
  const types = toList(query.type);
  if (types.length) {
    const wanted = stringSet('type', types, TYPES);
    predicates.set('type', (r) => r.types.some((type) => wanted.has(type)));
  }
  const licenses = toList(query.license);
  if (licenses.length) {
    const wanted = stringSet('license', licenses);
    predicates.set('license', (r) =>
      r.licenses.some((l) => wanted.has(l.kind) || wanted.has((l.spdx ?? l.name).toLowerCase())),
    );
  }
  const countries = toList(query.country);
  if (countries.length) {
    const wanted = stringSet('country', countries);
    for (const code of wanted) if (!/^[a-z]{2}$/.test(code)) invalid('country', code, 'an ISO 3166-1 alpha-2 code');
    predicates.set('country', (r) =>
      r.countries.deployment.some((c) => wanted.has(c.toLowerCase())) ||
      r.countries.development.some((c) => wanted.has(c.toLowerCase())),
    );
  }
  const stages = toList(query.stage);
  if (stages.length) {
    const wanted = stringSet('stage', stages, STAGES);
    predicates.set('stage', (r) => wanted.has(r.stage));
  }
  const sectors = toList(query.sector);
  if (sectors.length) {
    const wanted = stringSet('sector', sectors);
    predicates.set('sector', (r) => r.sectors.some((sector) => wanted.has(sector.toLowerCase())));
  }
  return predicates;
}

/** True when `record` passes every predicate except the one of `skip`. */
export function matchesAll(record: DigitalPublicGood, predicates: Map<FilterField, Predicate>, skip?: FilterField): boolean {
  for (const [field, predicate] of predicates) {
    if (field !== skip && !predicate(record)) return false;
  }
  return true;
}
