/**
 * Sorting and filtering the Communities of Practice: pure functions, so the table element
 * keeps to rendering.
 */
import type { CommunityOfPractice, CopStatus } from '@dpg-kit/sdk';
import type { CopColumn, SortDirection } from '../base/events.js';

/** Statuses in the order work moves through them, which is how a reader expects them sorted. */
export const COP_STATUSES: readonly CopStatus[] = ['complete', 'in-progress', 'coming-soon'];

export const COP_COLUMNS: readonly CopColumn[] = ['priorityArea', 'focus', 'status'];

/**
 * Sorts a copy of `cops` by `column`. Text sorts the way readers of the language expect (a
 * collator); a focus still to be decided stays last in either direction, because "nothing yet"
 * is not a value to read first. Equal rows keep their source order.
 */
export function sortCops(
  cops: readonly CommunityOfPractice[],
  column: CopColumn | undefined,
  direction: SortDirection,
  collator: Intl.Collator,
): CommunityOfPractice[] {
  const rows = [...cops];
  if (!column) return rows;
  const sign = direction === 'descending' ? -1 : 1;
  return rows.sort((a, b) => {
    if (column === 'status') return sign * (COP_STATUSES.indexOf(a.status) - COP_STATUSES.indexOf(b.status));
    const left = a[column];
    const right = b[column];
    if (left === null || right === null) return (left === null ? 1 : 0) - (right === null ? 1 : 0);
    return sign * collator.compare(left, right);
  });
}

export function filterCops(cops: readonly CommunityOfPractice[], status: CopStatus | 'all'): CommunityOfPractice[] {
  return status === 'all' ? [...cops] : cops.filter((cop) => cop.status === status);
}
