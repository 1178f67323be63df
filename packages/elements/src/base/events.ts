/**
 * Every event dpg-kit elements emit: names start with `dpg-`, all bubble and are composed (they
 * cross shadow roots, so a listener on `document` hears a card inside another component), and
 * all are typed through `GlobalEventHandlersEventMap`, so `el.addEventListener('dpg-select', e => …)`
 * knows `e.detail` without a cast.
 */
import type { CommunityOfPractice, CopStatus, DigitalPublicGood, DpgError, DpgQuery } from '@dpg-kit/sdk';

import type { Pilot } from '@dpg-kit/sdk';

/** Data arrived and is shown (`empty` when there was nothing to show). */
export type DpgLoadEvent = CustomEvent<{ empty: boolean }>;

/** Loading failed; the element shows its error state with a Retry button. */
export type DpgErrorEvent = CustomEvent<{ error: DpgError }>;

/**
 * The user chose a DPG (its name on a card). Cancelable: when the name is a link to the
 * registry page, `preventDefault()` keeps the page where it is, so an app can route itself.
 */
export type DpgSelectEvent = CustomEvent<{ id: string; dpg: DigitalPublicGood }>;

/** A column of `<dpg-cop-table>`. */
export type CopColumn = keyof Pick<CommunityOfPractice, 'priorityArea' | 'focus' | 'status'>;
export type SortDirection = 'ascending' | 'descending';

/** The user sorted `<dpg-cop-table>` by a column. */
export type DpgSortEvent = CustomEvent<{ column: CopColumn; direction: SortDirection }>;

/** The user filtered `<dpg-cop-table>` by status (`all` clears the filter). */
export type DpgFilterEvent = CustomEvent<{ status: CopStatus | 'all' }>;

/** The reader changed the search, a filter or the sort of `<dpg-registry>`; `query` is the SDK query now shown. */
export type DpgChangeEvent = CustomEvent<{ query: DpgQuery }>;

/**
 * The reader chose a country on `<dpg-pilot-map>`: its ISO 3166-1 alpha-2 `code` and numeric
 * code, its name in the element's language, and the pilots shown in it.
 */
export type DpgCountrySelectEvent = CustomEvent<{ code: string; numeric: string | null; name: string; pilots: Pilot[] }>;

/** Event name → detail type, for `emit()`. */
export interface DpgEventDetails {
  'dpg-load': DpgLoadEvent['detail'];
  'dpg-error': DpgErrorEvent['detail'];
  'dpg-select': DpgSelectEvent['detail'];
  'dpg-sort': DpgSortEvent['detail'];
  'dpg-filter': DpgFilterEvent['detail'];
  'dpg-country-select': DpgCountrySelectEvent['detail'];
  'dpg-change': DpgChangeEvent['detail'];
}

/** Dispatches a typed, bubbling, composed event and returns it (to read `defaultPrevented`). */
export function emit<K extends keyof DpgEventDetails>(
  target: EventTarget,
  name: K,
  detail: DpgEventDetails[K],
  options: { cancelable?: boolean } = {},
): CustomEvent<DpgEventDetails[K]> {
  const event = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
  target.dispatchEvent(event);
  return event;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dpg-load': DpgLoadEvent;
    'dpg-error': DpgErrorEvent;
    'dpg-select': DpgSelectEvent;
    'dpg-sort': DpgSortEvent;
    'dpg-filter': DpgFilterEvent;
    'dpg-country-select': DpgCountrySelectEvent;
    'dpg-change': DpgChangeEvent;
  }
}
