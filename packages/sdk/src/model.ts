/**
 * The data model of dpg-kit: what every adapter produces and every query returns.
 *
 * Field names stay stable across versions; new optional fields may be added.
 * Country codes are ISO 3166-1 alpha-2 (upper case), SDGs are numbers 1–17.
 */
import type { DpgError } from './errors.js';

/** The kinds of Digital Public Good the registry knows. */
export type DpgType = 'software' | 'content' | 'data' | 'ai-model' | 'standard';

/** Where a record stands in the registry: an accepted DPG or a nominee. */
export type Stage = 'dpg' | 'nominee';

/** A Sustainable Development Goal number, 1 to 17. */
export type SdgNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17;

/**
 * An ISO 3166-1 alpha-2 country code, upper case (and XK, Kosovo's user-assigned code, which
 * the registry uses). A typo such as `'UK'` or `'XX'` fails at compile time.
 */
export type CountryCode =
  | 'AD' | 'AE' | 'AF' | 'AG' | 'AI' | 'AL' | 'AM' | 'AO' | 'AQ' | 'AR' | 'AS' | 'AT' | 'AU' | 'AW'
  | 'AX' | 'AZ' | 'BA' | 'BB' | 'BD' | 'BE' | 'BF' | 'BG' | 'BH' | 'BI' | 'BJ' | 'BL' | 'BM' | 'BN'
  | 'BO' | 'BQ' | 'BR' | 'BS' | 'BT' | 'BV' | 'BW' | 'BY' | 'BZ' | 'CA' | 'CC' | 'CD' | 'CF' | 'CG'
  | 'CH' | 'CI' | 'CK' | 'CL' | 'CM' | 'CN' | 'CO' | 'CR' | 'CU' | 'CV' | 'CW' | 'CX' | 'CY' | 'CZ'
  | 'DE' | 'DJ' | 'DK' | 'DM' | 'DO' | 'DZ' | 'EC' | 'EE' | 'EG' | 'EH' | 'ER' | 'ES' | 'ET' | 'FI'
  | 'FJ' | 'FK' | 'FM' | 'FO' | 'FR' | 'GA' | 'GB' | 'GD' | 'GE' | 'GF' | 'GG' | 'GH' | 'GI' | 'GL'
  | 'GM' | 'GN' | 'GP' | 'GQ' | 'GR' | 'GS' | 'GT' | 'GU' | 'GW' | 'GY' | 'HK' | 'HM' | 'HN' | 'HR'
  | 'HT' | 'HU' | 'ID' | 'IE' | 'IL' | 'IM' | 'IN' | 'IO' | 'IQ' | 'IR' | 'IS' | 'IT' | 'JE' | 'JM'
  | 'JO' | 'JP' | 'KE' | 'KG' | 'KH' | 'KI' | 'KM' | 'KN' | 'KP' | 'KR' | 'KW' | 'KY' | 'KZ' | 'LA'
  | 'LB' | 'LC' | 'LI' | 'LK' | 'LR' | 'LS' | 'LT' | 'LU' | 'LV' | 'LY' | 'MA' | 'MC' | 'MD' | 'ME'
  | 'MF' | 'MG' | 'MH' | 'MK' | 'ML' | 'MM' | 'MN' | 'MO' | 'MP' | 'MQ' | 'MR' | 'MS' | 'MT' | 'MU'
  | 'MV' | 'MW' | 'MX' | 'MY' | 'MZ' | 'NA' | 'NC' | 'NE' | 'NF' | 'NG' | 'NI' | 'NL' | 'NO' | 'NP'
  | 'NR' | 'NU' | 'NZ' | 'OM' | 'PA' | 'PE' | 'PF' | 'PG' | 'PH' | 'PK' | 'PL' | 'PM' | 'PN' | 'PR'
  | 'PS' | 'PT' | 'PW' | 'PY' | 'QA' | 'RE' | 'RO' | 'RS' | 'RU' | 'RW' | 'SA' | 'SB' | 'SC' | 'SD'
  | 'SE' | 'SG' | 'SH' | 'SI' | 'SJ' | 'SK' | 'SL' | 'SM' | 'SN' | 'SO' | 'SR' | 'SS' | 'ST' | 'SV'
  | 'SX' | 'SY' | 'SZ' | 'TC' | 'TD' | 'TF' | 'TG' | 'TH' | 'TJ' | 'TK' | 'TL' | 'TM' | 'TN' | 'TO'
  | 'TR' | 'TT' | 'TV' | 'TW' | 'TZ' | 'UA' | 'UG' | 'UM' | 'US' | 'UY' | 'UZ' | 'VA' | 'VC' | 'VE'
  | 'VG' | 'VI' | 'VN' | 'VU' | 'WF' | 'WS' | 'XK' | 'YE' | 'YT' | 'ZA' | 'ZM' | 'ZW';

/** How a licence lets people use the good. */
export type LicenseKind = 'open' | 'non-commercial' | 'unknown';

/** One licence of a DPG. */
export interface License {
  /** SPDX identifier when the licence is known to SPDX (e.g. `MIT`, `CC-BY-4.0`), else null. */
  spdx: string | null;
  /** The licence as the source wrote it, trimmed. */
  name: string;
  /** Open, non-commercial (e.g. CC-BY-NC), or unknown. */
  kind: LicenseKind;
  /** Evidence link (http/https only): the first the source gives. */
  url?: string;
  /** Every evidence link, `url` first, when the source gives more than one. */
  links?: Link[];
}

/** One SDG a DPG contributes to. */
export interface SdgEntry {
  goal: SdgNumber;
  /** Why the good is relevant to the goal, as the source states it (full records only). */
  evidence?: string;
  /** Evidence links the source gives for the goal, http/https only (full records only). */
  links?: Link[];
}

/** A link with an optional label, always http or https. */
export interface Link {
  url: string;
  label?: string;
}

/** A source-code or content repository. */
export interface Repository {
  url: string;
  name?: string;
}

/** An organisation behind a DPG. Contact persons are never part of the model. */
export interface Organization {
  name: string;
  website?: string;
  /** `owner`, `maintainer`, `funder`, `implementer`, or another role the source names. */
  role?: string;
}

/** Countries as ISO 3166-1 alpha-2 codes, sorted and without duplicates. */
export interface CountryCodes {
  deployment: string[];
  development: string[];
}

/** The DPG Standard indicators, by key. */
export type IndicatorKey =
  | 'ownership'
  | 'license'
  | 'platformIndependence'
  | 'documentation'
  | 'nonPII'
  | 'privacy'
  | 'standards'
  | 'doNoHarm';

/** One DPG Standard indicator as the source answers it. */
export interface Indicator {
  /** True when the source states the indicator is met, false when it states it is not, null when unclear. */
  met: boolean | null;
  /** The source's own words, plain text. */
  evidence?: string;
  /** Evidence links, http/https only. */
  links: Link[];
}

/** A Digital Public Good or nominee from the registry. */
export interface DigitalPublicGood {
  /** Stable slug, e.g. `dhis2`. */
  id: string;
  /** The registry's own id where it has one (numeric string in the registry web app). */
  registryId?: string;
  name: string;
  aliases: string[];
  description: string;
  website?: string;
  types: DpgType[];
  licenses: License[];
  sdgs: SdgEntry[];
  sectors: string[];
  repositories: Repository[];
  organizations: Organization[];
  stage: Stage;
  countries: CountryCodes;
  /** The good's page in the public registry, when known. */
  registryUrl?: string;
  /** The registry's own DPG id (`GID0090129`), where the source gives it. */
  dpgId?: string;
  /**
   * Organisations the good is deployed with (UN agencies, Gavi, the World Bank …), as the
   * registry lists them; absent when the source names none.
   */
  deploymentOrganizations?: string[];
  /** Awards the good received, in the submitter's words (full records only). */
  awards?: string;
  /** DPG Standard indicators, present on full records when the source has them. */
  indicators?: Partial<Record<IndicatorKey, Indicator>>;
}

/** Status of a pathfinder pilot. */
export type PilotStatus = 'announced' | 'active' | 'complete';

/** A DPG a pilot uses: linked to the registry by id when it is there, else kept by name. */
export interface PilotDpg {
  name: string;
  /** Registry id (slug) when the DPG is in the registry source in use. */
  id?: string;
}

/** A pathfinder pilot: a DPG put to work in one or more countries. */
export interface Pilot {
  id: string;
  title: string;
  summary: string;
  dpgs: PilotDpg[];
  /** ISO 3166-1 alpha-2 codes. */
  countries: string[];
  partners: string[];
  sector: string;
  status: PilotStatus;
  /** ISO date (YYYY-MM-DD or YYYY-MM or YYYY) when announced, if known. */
  announced?: string;
  links: Link[];
  /** Why the data says what it says (e.g. how the status was chosen), for maintainers and curious readers. */
  note?: string;
}

/** Status of a Community of Practice. */
export type CopStatus = 'complete' | 'in-progress' | 'coming-soon';

/** A Community of Practice convened by the DPGA. */
export interface CommunityOfPractice {
  id: string;
  priorityArea: string;
  /** The focus area, or null while still to be decided. */
  focus: string | null;
  status: CopStatus;
}

/** Where the records came from and how fresh they are. */
export interface SourceMeta {
  /** Human-readable name of the source, e.g. `snapshot` or a URL. */
  source: string;
  /** Date the data was taken (ISO 8601), when the source knows it. */
  asOf?: string;
  /** Set when a fallback served older data because the live source failed. */
  stale?: { reason: string; error?: DpgError };
}
