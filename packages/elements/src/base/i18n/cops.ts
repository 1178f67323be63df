/**
 * The strings of `<dpg-cop-table>`: their shape, and the lookup by language. Each language's
 * strings are in `<lang>/cops.ts`; only the table's chunk imports this module, so a page with
 * only cards never downloads them.
 */
import type { CopStatus } from '@dpg-kit/sdk';
import { ar } from './ar/cops.js';
import { en } from './en/cops.js';
import { es } from './es/cops.js';
import { fr } from './fr/cops.js';
import { registeredGroup } from './group-strings.js';
import type { BuiltInLocale, Locale } from './messages.js';
import { pt } from './pt/cops.js';

export interface CopMessages {
  caption: string;
  priorityArea: string;
  focus: string;
  status: string;
  statusNames: Record<CopStatus, string>;
  filter: string;
  all: string;
  toBeDecided: string;
  empty: string;
  emptyFiltered: string;
}

const catalogue: Record<BuiltInLocale, CopMessages> = { en, fr, es, pt, ar };

/** The table's strings in `locale`: a registered language's, else a built-in one's. */
export function copMessages(locale: Locale): CopMessages {
  return registeredGroup(locale, 'cops', en) ?? (Object.hasOwn(catalogue, locale) ? catalogue[locale as BuiltInLocale] : en);
}
