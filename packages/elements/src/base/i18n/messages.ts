/**
 * The shape of one language's UI strings. Every language must fill every key (the compiler
 * checks), so no element ever shows a key name or falls back to English mid-sentence.
 */
import type { DpgType, IndicatorKey, PilotStatus, Stage } from '@dpg-kit/sdk';

/** The languages the elements ship with. */
export type BuiltInLocale = 'en' | 'fr' | 'es' | 'pt' | 'ar';

/**
 * A language the elements speak: a built-in one, or the primary subtag of one a page added
 * with `registerLanguage()`.
 */
export type Locale = BuiltInLocale | (string & {});

/** Errors grouped by what the reader can do about them. */
export type ErrorKind = 'unreachable' | 'server' | 'unreadable';

export interface Messages {
  loading: string;
  retry: string;
  errors: Record<ErrorKind, string>;
  /** Label of the "show more"/"show less" toggle of a clamped text. */
  showMore: string;
  showLess: string;
  card: {
    empty: string;
    /** The DPG id is passed in so the reader can see what was asked for. */
    notFound: (id: string) => string;
    types: string;
    sdgs: string;
    licenses: string;
    stage: string;
    countries: string;
    /** The count of deployment countries: the one country count shown for a DPG. */
    deployedIn: string;
    /** The count of development countries, shown apart from deployment. */
    developedIn: string;
    /** In place of a count the registry does not state (never shown as 0). */
    notStated: string;
    /** Heading of the organisations a DPG is deployed with (full card). */
    deployedWith: string;
    links: string;
    website: string;
    repository: string;
    registryPage: string;
    indicators: string;
    pilots: string;
    noPilots: string;
    pilotsUnavailable: string;
    stageNames: Record<Stage, string>;
    typeNames: Record<DpgType, string>;
    indicatorNames: Record<IndicatorKey, string>;
    indicatorMet: { met: string; notMet: string; unclear: string };
    pilotStatus: Record<PilotStatus, string>;
  };
  badge: {
    /** Shown in place of the badge when the registry has no such DPG. */
    notFound: string;
    /** Shown (with Retry) when the badge could not load. */
    error: string;
    dpg: string;
    nominee: string;
    /** Accessible name of the badge link, e.g. "DHIS2 in the Digital Public Goods Registry". */
    link: (name: string) => string;
    /**
     * The link's `title` (its accessible description): `link(name)` and the as-of date of the
     * data, e.g. "DHIS2 in the Digital Public Goods Registry (snapshot as of 13 July 2026)".
     * `snapshot` says whether the data is the embedded snapshot or another source.
     */
    linkAsOf: (name: string, date: string, snapshot: boolean) => string;
  };
  /**
   * Where registry data comes from. `date` is the source's as-of date, already formatted for
   * the reader, or undefined when the source does not give one.
   */
  source: {
    /** Footer of a full card on the embedded snapshot: "DPG Registry snapshot, as of 13 July 2026". */
    snapshot: (date: string | undefined) => string;
    /** Footer of a full card on another source, named by its host: "Source: registry.example.org". */
    other: (name: string, date: string | undefined) => string;
    /**
     * One short line when a fallback serves the snapshot because the live registry failed. Without
     * a date the backup is not the embedded snapshot (a partner's own fallback): say "a saved copy".
     */
    stale: (date: string | undefined) => string;
  };
  /**
   * Official UN titles of SDGs 1–17 in this language. English leaves this out: the SDK has them.
   */
  sdgTitles?: readonly [string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string];
}
