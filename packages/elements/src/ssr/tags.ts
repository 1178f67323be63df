/**
 * The elements that render on the server, by tag. The map and the registry are left out: see
 * "Server rendering" in the package README.
 */
import { define } from '../base/define.js';
import { DpgBadge } from '../dpg-badge/dpg-badge.js';
import { DpgCard } from '../dpg-card/dpg-card.js';
import { DpgCopTable } from '../dpg-cop-table/dpg-cop-table.js';
import { DpgPilotList } from '../dpg-pilot-list/dpg-pilot-list.js';

export const SERVER_ELEMENTS = {
  'dpg-card': DpgCard,
  'dpg-badge': DpgBadge,
  'dpg-cop-table': DpgCopTable,
  'dpg-pilot-list': DpgPilotList,
} as const;

/** A tag `renderElement` renders. */
export type ServerTag = keyof typeof SERVER_ELEMENTS;

export function isServerTag(tag: string): tag is ServerTag {
  return Object.hasOwn(SERVER_ELEMENTS, tag);
}

// The server renderer finds an element by its tag, in the DOM shim's registry.
for (const [tag, element] of Object.entries(SERVER_ELEMENTS)) define(tag, element);
