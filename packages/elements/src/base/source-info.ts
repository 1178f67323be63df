/**
 * Where an element's registry data comes from, in the reader's terms: the embedded snapshot
 * or the host of another source, how old the data is, and whether a fallback is serving the
 * snapshot because the live registry failed.
 *
 * The source's name is only ever rendered as text, and of a URL only the host is shown: a
 * partner's registry address may carry a path or query that is nobody's business.
 */
import type { SourceMeta } from '@dpg-kit/sdk';
import { formatAsOf } from './i18n/index.js';

export interface SourceInfo {
  /** The data is dpg-kit's embedded snapshot (the SDK names it `snapshot of …`). */
  snapshot: boolean;
  /** The host of an http(s) source; any other source's own name. */
  name: string;
  /** The as-of date formatted for the reader; undefined when the source gives none. */
  date: string | undefined;
  /** A fallback serves this data because the live source failed. */
  stale: boolean;
}

/** Describes `meta` for a reader of `lang` (a BCP 47 tag, for the date). */
export function describeSource(meta: SourceMeta, lang: string): SourceInfo {
  return {
    snapshot: meta.source.startsWith('snapshot'),
    name: hostOf(meta.source),
    date: formatAsOf(meta.asOf, lang),
    stale: meta.stale !== undefined,
  };
}

function hostOf(source: string): string {
  try {
    const url = new URL(source);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.host;
  } catch {
    // Not a URL: a name such as "snapshot of DPG Registry" or a partner source's own.
  }
  return source;
}
