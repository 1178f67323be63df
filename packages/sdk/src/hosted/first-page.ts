/**
 * Reading a hosted layout's `first.json` (see layout.ts), and answering the first page of a list
 * from it. Loaded only by a list before its index: a card never downloads this.
 */
import type { DpgFacets, DpgQuery, Page } from '../query/types.js';
import type { DigitalPublicGood } from '../model.js';
import type { FirstPage } from '../sources/source.js';
import { isObject, isRecordShape, metaOf, notLayout } from './check.js';
import { FIRST_PAGE_FORMAT, HOSTED_VERSION } from './layout.js';

const FACET_FIELDS = ['sdg', 'type', 'license', 'licenseKind', 'country', 'stage', 'sector'] as const;

function isFacets(value: unknown): value is DpgFacets {
  return (
    isObject(value) &&
    typeof value.total === 'number' &&
    FACET_FIELDS.every((key) => {
      const counts = value[key];
      return Array.isArray(counts) && counts.every((one) => isObject(one) && typeof one.count === 'number' && ['string', 'number'].includes(typeof one.value));
    })
  );
}

/**
 * The first page of a `first.json` read from `url`. A file of the wrong shape is a `parse` error
 * naming it: it stands for the index until the index comes, so it is all or nothing.
 */
export function readFirstPage(raw: unknown, url: string): FirstPage {
  if (
    !isObject(raw) ||
    raw.format !== FIRST_PAGE_FORMAT ||
    raw.version !== HOSTED_VERSION ||
    raw.sort !== 'name' ||
    typeof raw.source !== 'string' ||
    typeof raw.total !== 'number' ||
    typeof raw.pageSize !== 'number' ||
    !Array.isArray(raw.dpgs) ||
    !raw.dpgs.every(isRecordShape) ||
    !isFacets(raw.facets)
  ) {
    throw notLayout(url, 'the first page');
  }
  return {
    records: raw.dpgs,
    pageSize: raw.pageSize,
    total: raw.total,
    facets: raw.facets,
    meta: metaOf(raw.source, raw.asOf),
  };
}

/**
 * The page `query` asks for, out of `first`, when `first` holds it: page 1, of no more records
 * than it has (or of all of them). Anything else (a later page, a bad page size) is the index's
 * to answer, and to reject.
 */
export function pageOf(first: FirstPage, query: DpgQuery): Omit<Page<DigitalPublicGood>, 'meta'> | undefined {
  const { page = 1, pageSize = 24 } = query;
  if (page !== 1 || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000) return undefined;
  if (pageSize > first.pageSize && first.records.length < first.total) return undefined;
  return { items: first.records.slice(0, pageSize), total: first.total, page: 1, pageSize, pages: Math.ceil(first.total / pageSize) };
}
