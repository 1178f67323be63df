/**
 * Licences: the way the registry (or a person) writes a licence → an SPDX identifier and a kind.
 *
 * The table is our own and compact on purpose: the OSI-approved licences, the Creative Commons
 * family and the open-data licences the DPG Standard accepts, not the whole SPDX list (100 kB
 * would land in every browser bundle). Deprecated SPDX ids the registry still writes
 * (`GPL-3.0`) are read as their current ids (`GPL-3.0-only`), which SPDX defines as the same
 * licence. Anything with "NC" is non-commercial, whether or not SPDX knows it.
 */
import type { LicenseKind } from '../model.js';
import { memoize } from './memo.js';
import { foldText } from './fold.js';

/** An SPDX identifier (null when not recognised) and how the licence lets people use the good. */
export interface LicenseReading {
  spdx: string | null;
  kind: LicenseKind;
}

// Space-separated to stay small. Open source (OSI-approved) first, then content and data.
const OPEN_IDS = (
  '0BSD AAL AFL-1.1 AFL-1.2 AFL-2.0 AFL-2.1 AFL-3.0 AGPL-3.0-only AGPL-3.0-or-later APL-1.0 APSL-1.0 ' +
  'APSL-1.1 APSL-1.2 APSL-2.0 Apache-1.1 Apache-2.0 Artistic-1.0 Artistic-1.0-Perl Artistic-2.0 ' +
  'BSD-1-Clause BSD-2-Clause BSD-2-Clause-Patent BSD-3-Clause BSD-3-Clause-LBNL BSL-1.0 CAL-1.0 ' +
  'CAL-1.0-Combined-Work-Exception CATOSL-1.1 CDDL-1.0 CECILL-2.1 CERN-OHL-P-2.0 CERN-OHL-S-2.0 ' +
  'CERN-OHL-W-2.0 CNRI-Python CPAL-1.0 CPL-1.0 CUA-OPL-1.0 ECL-1.0 ECL-2.0 EFL-1.0 EFL-2.0 ' +
  'EPL-1.0 EPL-2.0 EUDatagrid EUPL-1.1 EUPL-1.2 Entessa Fair Frameworx-1.0 GPL-2.0-only ' +
  'GPL-2.0-or-later GPL-3.0-only GPL-3.0-or-later HPND ICU IPA IPL-1.0 ISC Intel LGPL-2.0-only ' +
  'LGPL-2.0-or-later LGPL-2.1-only LGPL-2.1-or-later LGPL-3.0-only LGPL-3.0-or-later LPL-1.0 ' +
  'LPL-1.02 LPPL-1.3c MIT MIT-0 MIT-Modern-Variant MPL-1.0 MPL-1.1 MPL-2.0 ' +
  'MPL-2.0-no-copyleft-exception MS-PL MS-RL MirOS Motosoto MulanPSL-2.0 Multics NASA-1.3 NCSA ' +
  'NGPL NPOSL-3.0 NTP Naumen Nokia OCLC-2.0 OFL-1.1 OFL-1.1-RFN OFL-1.1-no-RFN OGTSL OLDAP-2.8 ' +
  'OSET-PL-2.1 OSL-1.0 OSL-2.0 OSL-2.1 OSL-3.0 PHP-3.0 PHP-3.01 PostgreSQL Python-2.0 QPL-1.0 ' +
  'RPL-1.1 RPL-1.5 RPSL-1.0 RSCPL SPL-1.0 SimPL-2.0 Sleepycat UCL-1.0 UPL-1.0 Unicode-DFS-2015 ' +
  'Unicode-DFS-2016 Unicode-3.0 Unlicense VSL-1.0 W3C W3C-20150513 Watcom-1.0 Xnet ZPL-2.0 ZPL-2.1 ' +
  'Zlib wxWindows ' +
  'CC0-1.0 CC-BY-1.0 CC-BY-2.0 CC-BY-2.5 CC-BY-3.0 CC-BY-3.0-AT CC-BY-3.0-US CC-BY-3.0-IGO ' +
  'CC-BY-4.0 CC-BY-SA-1.0 CC-BY-SA-2.0 CC-BY-SA-2.5 CC-BY-SA-3.0 CC-BY-SA-3.0-AT CC-BY-SA-3.0-IGO ' +
  'CC-BY-SA-4.0 CC-PDDC ODbL-1.0 ODC-By-1.0 PDDL-1.0 OGL-UK-1.0 OGL-UK-2.0 OGL-UK-3.0 OGL-Canada-2.0 ' +
  'NLOD-1.0 NLOD-2.0 DL-DE-BY-2.0 DL-DE-ZERO-2.0 Etalab-2.0 CDLA-Permissive-1.0 CDLA-Permissive-2.0 ' +
  'CDLA-Sharing-1.0 GFDL-1.3-only GFDL-1.3-or-later'
).split(' ');

// Known to SPDX, but neither open nor non-commercial: "no derivatives" and the like.
const OTHER_IDS = 'CC-BY-ND-1.0 CC-BY-ND-2.0 CC-BY-ND-2.5 CC-BY-ND-3.0 CC-BY-ND-4.0'.split(' ');

const NC_VERSIONS = ['1.0', '2.0', '2.5', '3.0', '4.0'];
const NC_IDS = ['CC-BY-NC', 'CC-BY-NC-SA', 'CC-BY-NC-ND'].flatMap((family) => NC_VERSIONS.map((v) => `${family}-${v}`));

/** Deprecated SPDX ids (and a "+" suffix) to the current id SPDX defines as equal. */
const DEPRECATED = new Map<string, string>([
  ['gpl-2.0', 'GPL-2.0-only'], ['gpl-3.0', 'GPL-3.0-only'], ['agpl-3.0', 'AGPL-3.0-only'],
  ['lgpl-2.0', 'LGPL-2.0-only'], ['lgpl-2.1', 'LGPL-2.1-only'], ['lgpl-3.0', 'LGPL-3.0-only'],
  ['gpl-2.0+', 'GPL-2.0-or-later'], ['gpl-3.0+', 'GPL-3.0-or-later'], ['agpl-3.0+', 'AGPL-3.0-or-later'],
  ['lgpl-2.1+', 'LGPL-2.1-or-later'], ['lgpl-3.0+', 'LGPL-3.0-or-later'], ['gfdl-1.3', 'GFDL-1.3-only'],
]);

/** How people write licences, by normalised key (see `licenseKey`). */
const ALIASES = new Map<string, string>([
  ['mit', 'MIT'], ['expat', 'MIT'], ['apache', 'Apache-2.0'], ['apache-2', 'Apache-2.0'], ['asl-2.0', 'Apache-2.0'],
  ['bsd-3', 'BSD-3-Clause'], ['3-clause-bsd', 'BSD-3-Clause'], ['2-clause-bsd', 'BSD-2-Clause'], ['bsd-3-clause-new', 'BSD-3-Clause'], ['new-bsd', 'BSD-3-Clause'], ['modified-bsd', 'BSD-3-Clause'],
  ['bsd-2', 'BSD-2-Clause'], ['simplified-bsd', 'BSD-2-Clause'], ['freebsd', 'BSD-2-Clause'],
  ['mpl-2', 'MPL-2.0'], ['mozilla-2.0', 'MPL-2.0'], ['mozilla-public-2.0', 'MPL-2.0'], ['eupl', 'EUPL-1.2'],
  ['epl-2', 'EPL-2.0'], ['eclipse-public-2.0', 'EPL-2.0'], ['isc', 'ISC'], ['unlicense', 'Unlicense'],
  ['odbl', 'ODbL-1.0'], ['open-database', 'ODbL-1.0'], ['open-database-1.0', 'ODbL-1.0'], ['odc-by', 'ODC-By-1.0'],
  ['odc-odbl', 'ODbL-1.0'], ['odc-odbl-1.0', 'ODbL-1.0'], ['pddl', 'PDDL-1.0'], ['odc-pddl', 'PDDL-1.0'],
  ['cc0', 'CC0-1.0'], ['cc-zero', 'CC0-1.0'], ['cc0-1', 'CC0-1.0'], ['creative-commons-zero', 'CC0-1.0'],
  ['ogl-uk', 'OGL-UK-3.0'], ['open-government-3.0', 'OGL-UK-3.0'], ['open-government-uk-3.0', 'OGL-UK-3.0'],
  ['zlib', 'Zlib'], ['postgresql', 'PostgreSQL'], ['boost', 'BSL-1.0'], ['boost-1.0', 'BSL-1.0'],
]);

const CANONICAL = new Map<string, LicenseReading>();
for (const id of OPEN_IDS) CANONICAL.set(id.toLowerCase(), { spdx: id, kind: 'open' });
for (const id of OTHER_IDS) CANONICAL.set(id.toLowerCase(), { spdx: id, kind: 'unknown' });
for (const id of NC_IDS) CANONICAL.set(id.toLowerCase(), { spdx: id, kind: 'non-commercial' });

const FLUFF = /\b(?:the|licen[cs]es?|version|international|public|generic|unported|deed)\b/g;
const SEPARATORS = /[\s_/,()]+/g;
const DASHES = /-{2,}/g;
const EDGE_DASHES = /^-+|-+$/g;
const VERSION_V = /(^|-)v(?=\d)/g;
// "GNU Affero General Public License v3" loses "public" to FLUFF: gnu-affero-general-3.
const GNU_SPELLED = /^(?:gnu-)?(affero-|lesser-|library-)?general(?=-|$)/;
const GNU_FAMILY = /^(?:gnu-)?(a|l|affero-|lesser-|library-)?gpl-?v?(\d)(?:\.(\d))?(-only|-or-later|\+)?$/;
const NO_DERIVATIVES = /noderiv(?:ative)?s/;
const CC_FAMILY = /^(?:cc|creative-commons)-?(by(?:-(?:nc|sa|nd))*|attribution(?:-(?:noncommercial|sharealike|noderivatives|noderivs))*)-?(\d\.\d)?(?:-(igo|at|us))?$/;
const NON_COMMERCIAL = /(?:^|[^a-z])(?:nc|non-?commercial)(?:[^a-z]|$)/i;

/**
 * The comparison key of a licence name: lower case, no accents, words such as "license",
 * "version", "the" dropped, runs of spaces and underscores as one dash ("Apache License,
 * Version 2.0" → `apache-2.0`).
 */
function licenseKey(text: string): string {
  return foldText(text)
    .replace(FLUFF, ' ')
    .trim()
    .replace(SEPARATORS, '-')
    .replace(VERSION_V, '$1')
    .replace(DASHES, '-')
    .replace(EDGE_DASHES, '');
}

function gnuFamily(key: string): string | null {
  const match = GNU_FAMILY.exec(key.replace(GNU_SPELLED, (_, kind: string | undefined) => `${kind ?? ''}gpl`));
  if (!match) return null;
  const prefix = { a: 'AGPL', 'affero-': 'AGPL', l: 'LGPL', 'lesser-': 'LGPL', 'library-': 'LGPL' }[match[1] ?? ''] ?? 'GPL';
  const version = `${match[2]}.${match[3] ?? (prefix === 'LGPL' && match[2] === '2' ? '1' : '0')}`;
  const suffix = match[4] === '-or-later' || match[4] === '+' ? '-or-later' : '-only';
  return CANONICAL.has(`${prefix}-${version}${suffix}`.toLowerCase()) ? `${prefix}-${version}${suffix}` : null;
}

function ccFamily(key: string): string | null {
  const match = CC_FAMILY.exec(key);
  if (!match?.[2]) return null;
  const parts = (match[1] ?? '')
    .replace('attribution', 'by')
    .replace('noncommercial', 'nc')
    .replace('sharealike', 'sa')
    .replace(NO_DERIVATIVES, 'nd');
  const id = `CC-${parts.toUpperCase()}-${match[2]}${match[3] ? `-${match[3].toUpperCase()}` : ''}`;
  return CANONICAL.get(id.toLowerCase())?.spdx ?? null;
}

function spdxFor(key: string): string | null {
  const exact = CANONICAL.get(key) ?? CANONICAL.get(`${key}.0`);
  if (exact) return exact.spdx;
  const current = DEPRECATED.get(key) ?? ALIASES.get(key);
  if (current) return current;
  return gnuFamily(key) ?? ccFamily(key);
}

/**
 * Reads a licence as written ("GPL-3.0", "Apache 2.0", "MIT License", "CC BY-SA 4.0",
 * "cc-by-4.0", "ODbL", "CC0") into its SPDX id and kind. An unrecognised licence gets
 * `spdx: null`; its kind is still `non-commercial` when the name says NC, else `unknown`.
 */
export function parseLicense(text: string): LicenseReading {
  return readLicenseMemo(text);
}

// Readings are shared between calls: callers read them and never change them.
const readLicenseMemo = memoize((text: string): LicenseReading => {
  const exact = CANONICAL.get(text.trim().toLowerCase());
  if (exact) return exact;
  const key = licenseKey(text);
  const spdx = key === '' ? null : spdxFor(key);
  if (spdx !== null) return CANONICAL.get(spdx.toLowerCase()) ?? { spdx, kind: 'open' };
  return { spdx: null, kind: NON_COMMERCIAL.test(text) ? 'non-commercial' : 'unknown' };
});

/** The kind of a licence by its SPDX id: open, non-commercial or unknown. */
export function licenseKind(spdx: string): LicenseKind {
  return CANONICAL.get(spdx.toLowerCase())?.kind ?? (NON_COMMERCIAL.test(spdx) ? 'non-commercial' : 'unknown');
}
