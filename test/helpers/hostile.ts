/**
 * Hostile data: a seeded generator of malformed and malicious records in every shape the SDK
 * reads (legacy basic and screening records, registry app API 2022 and 2026, dpg-kit JSON,
 * pilots and Communities of Practice files).
 *
 * Each record starts from a plausible one of its shape and gets a few hostile changes: a field
 * of the wrong type, a markup or script payload, an unsafe URL, a bad SDG or country, a huge
 * string or list, deep nesting, `__proto__` keys, a repeated id. The same seed always gives
 * the same records, so a failure can be replayed.
 *
 * Every payload that could run calls `__pwned()`, the tripwire a browser test defines: if any
 * of it ever runs, the tripwire counts it.
 */

import {
  big,
  HOSTILE_COUNTRIES,
  HOSTILE_SDGS,
  HOSTILE_STRINGS,
  pick,
  pollutingObject,
  seeded,
  TRIPWIRE,
  UNSAFE_URLS,
  WRONG_TYPES,
  type BigKind,
  type Random,
} from './hostile-values.js';

export * from './hostile-values.js';

/** What kind of value a field holds, so that hostile values fit where they hurt most. */
type FieldKind = 'text' | 'url' | 'sdg' | 'country' | 'list' | 'any';

/** A shape: how to make a plausible record, and which paths to spoil. */
interface Shape {
  template: (n: number) => Record<string, unknown>;
  fields: ReadonlyArray<readonly [path: string, kind: FieldKind]>;
  /** The field that makes a record a duplicate of another. */
  idPath: string;
}

const legacyBasic: Shape = {
  idPath: '_file',
  template: (n) => ({
    name: `Hostile Legacy ${n}`,
    aliases: [`HL${n}`],
    description: `Legacy record ${n}.`,
    website: `https://legacy-${n}.example.org/`,
    license: [{ spdx: 'MIT', licenseURL: `https://legacy-${n}.example.org/LICENSE` }],
    SDGs: [{ SDGNumber: 4, evidenceText: 'Education.', evidenceURL: 'https://example.org/evidence' }],
    sectors: ['Education'],
    type: ['software'],
    repositories: [{ name: 'main', url: `https://github.com/example/legacy-${n}` }],
    organizations: [{ name: 'Example Org', website: 'https://example.org', org_type: 'owner', contact_name: 'Jane Doe', contact_email: 'jane@example.org' }],
    stage: n % 2 === 0 ? 'DPG' : 'nominee',
    _file: `nominees/hostile-legacy-${n}.json`,
  }),
  fields: [
    ['name', 'text'], ['aliases', 'list'], ['description', 'text'], ['website', 'url'], ['license', 'list'],
    ['license.0.spdx', 'text'], ['license.0.licenseURL', 'url'], ['SDGs', 'list'], ['SDGs.0.SDGNumber', 'sdg'],
    ['SDGs.0.evidenceText', 'text'], ['SDGs.0.evidenceURL', 'url'], ['sectors', 'list'], ['type', 'list'],
    ['repositories', 'list'], ['repositories.0.url', 'url'], ['repositories.0.name', 'text'], ['organizations', 'list'],
    ['organizations.0.name', 'text'], ['organizations.0.website', 'url'], ['organizations.0.org_type', 'text'],
    ['stage', 'text'], ['_file', 'text'],
  ],
};

const legacyScreening: Shape = {
  idPath: '_file',
  template: (n) => ({
    name: `Hostile Legacy ${n}`,
    _file: `digitalpublicgoods/hostile-legacy-${n}.json`,
    clearOwnership: { isOwnershipExplicit: 'Yes', copyrightURL: 'https://example.org/copyright' },
    platformIndependence: { mandatoryDepsCreateMoreRestrictions: 'No', isSoftwarePltIndependent: 'Yes', pltIndependenceDesc: 'Runs anywhere.' },
    documentation: { isDocumentationAvailable: 'Yes', documentationURL: ['Docs - https://example.org/docs'] },
    NonPII: { collectsNonPII: 'Yes', checkNonPIIAccessMechanism: 'Yes', nonPIIAccessMechanism: 'CSV export; write to data@example.org' },
    privacy: { isPrivacyCompliant: 'Yes', privacyComplianceList: ['GDPR'], adherenceSteps: ['Audits.'] },
    standards: { supportStandards: 'Yes', standardsList: ['JSON'], evidenceStandardSupport: ['https://example.org/std'], bestPracticesList: ['Agile'] },
    doNoHarm: { preventHarm: { stepsToPreventHarm: 'Yes', additionalInfoMechanismProcessesPolicies: 'Privacy by design.' } },
    locations: { developmentCountries: ['Kenya'], deploymentCountries: ['India', 'Rwanda'] },
  }),
  fields: [
    ['name', 'text'], ['_file', 'text'], ['clearOwnership', 'any'], ['clearOwnership.copyrightURL', 'url'],
    ['platformIndependence.pltIndependenceDesc', 'text'], ['documentation.documentationURL', 'url'],
    ['NonPII.nonPIIAccessMechanism', 'text'], ['privacy.privacyComplianceList', 'list'], ['standards.evidenceStandardSupport', 'url'],
    ['doNoHarm.preventHarm', 'any'], ['locations', 'any'], ['locations.deploymentCountries', 'country'],
    ['locations.developmentCountries', 'country'], ['locations.deploymentCountries.0', 'country'],
  ],
};

const appApiFields: Shape['fields'] = [
  ['id', 'any'], ['name', 'text'], ['aliases', 'list'], ['description', 'text'], ['website', 'url'], ['categories', 'list'],
  ['openlicenses', 'list'], ['openlicenses.0.openLicense', 'text'], ['openlicenses.0.openLicenseEvidenceURLs', 'url'],
  ['locations', 'any'], ['locations.deploymentCountries', 'country'], ['locations.developmentCountries.0', 'country'],
  ['repositories', 'list'], ['repositories.0.url', 'url'], ['organizations.0.website', 'url'], ['organizations.0.name', 'text'],
  ['stage', 'text'], ['clearOwnership', 'any'], ['clearOwnership.0.clearOwnershipURL', 'url'], ['documentation', 'url'],
  ['NonPII.nonPIIAccessMechanism', 'text'], ['privacy.0.privacyComplianceURL', 'url'], ['openStandards', 'list'],
  ['dataPrivacySecurity.dataPrivacySecurity', 'text'], ['platformIndependence.openAlternatives', 'list'],
];

const appApi2022: Shape = {
  idPath: 'name',
  template: (n) => ({
    id: String(20000 + n),
    name: `Hostile App ${n}`,
    aliases: [`HA${n}`],
    description: `App API 2022 record ${n}.`,
    website: `https://app-${n}.example.org`,
    categories: ['Open Software'],
    sdgs: [{ sdg: 'SDG4: Quality Education', relevance: 'Schools.' }],
    openlicenses: [{ openLicense: 'Apache-2.0', openLicenseEvidenceURLs: 'https://example.org/LICENSE' }],
    locations: { developmentCountries: ['Norway'], deploymentCountries: ['Kenya', 'Uganda'] },
    repositories: [{ name: 'main', url: `https://github.com/example/app-${n}` }],
    organizations: [{ name: 'Example', website: 'https://example.org', org_type: 'owner', contact_email: 'owner@example.org' }],
    stage: 'DPG',
    clearOwnership: [{ clearOwnershipName: 'Example', clearOwnershipURL: 'https://example.org/owner' }],
    documentation: 'https://docs.example.org',
    NonPII: { collectsNonPII: 'Yes', nonPIIAccessMechanism: 'API.' },
    privacy: [{ privacyCompliance: 'GDPR', privacyComplianceURL: 'https://example.org/privacy' }],
    openStandards: ['JSON'],
    dataPrivacySecurity: { collectsPII: 'No', dataPrivacySecurity: 'Encrypted.' },
    platformIndependence: { isPlatformIndependent: 'No', openAlternatives: [] },
  }),
  fields: [...appApiFields, ['sdgs', 'list'], ['sdgs.0.sdg', 'sdg'], ['sdgs.0.relevance', 'text']],
};

const appApi2026: Shape = {
  idPath: 'name',
  template: (n) => ({
    ...appApi2022.template(n),
    id: String(30000 + n),
    name: `Hostile App 2026 ${n}`,
    dpgid: `GID00${30000 + n}`,
    aliases: `HB${n}, Hostile B ${n}`,
    sdgs: { sdg: ['SDG3: Good Health and Well-being', 'SDG4: Quality Education'], relevance: 'Health.,&#013; &#010;Schools.' },
    githubActivity: '&nbsp;',
    dpgLink: true,
  }),
  fields: [...appApiFields, ['sdgs', 'any'], ['sdgs.sdg', 'list'], ['sdgs.sdg.0', 'sdg'], ['sdgs.relevance', 'text'], ['dpgLink', 'any'], ['dpgid', 'text']],
};

const normalized: Shape = {
  idPath: 'id',
  template: (n) => ({
    id: `hostile-normalized-${n}`,
    name: `Hostile Normalized ${n}`,
    aliases: [],
    description: `Normalised record ${n}.`,
    website: `https://normalized-${n}.example.org/`,
    types: ['software'],
    licenses: [{ spdx: 'MIT', name: 'MIT', kind: 'open', url: 'https://example.org/LICENSE' }],
    sdgs: [{ goal: 4, evidence: 'Learning.', links: [{ url: 'https://example.org/sdg4', label: 'Report' }] }],
    sectors: ['Education'],
    repositories: [{ url: `https://github.com/example/normalized-${n}`, name: 'main' }],
    organizations: [{ name: 'Example', website: 'https://example.org', role: 'owner' }],
    stage: 'dpg',
    countries: { deployment: ['KE', 'RW'], development: ['NO'] },
    registryId: `N${n}`,
    registryUrl: `https://www.digitalpublicgoods.net/r/hostile-normalized-${n}`,
    indicators: { documentation: { met: true, links: [{ url: 'https://example.org/docs' }], evidence: 'Docs exist.' } },
  }),
  fields: [
    ['id', 'text'], ['name', 'text'], ['aliases', 'list'], ['description', 'text'], ['website', 'url'], ['types', 'list'],
    ['licenses', 'list'], ['licenses.0.spdx', 'text'], ['licenses.0.url', 'url'], ['sdgs', 'list'], ['sdgs.0.goal', 'sdg'],
    ['sdgs.0.evidence', 'text'], ['sdgs.0.links.0.url', 'url'], ['sdgs.0.links.0.label', 'text'], ['sectors', 'list'],
    ['repositories.0.url', 'url'], ['organizations.0.website', 'url'], ['stage', 'text'], ['countries', 'any'],
    ['countries.deployment', 'country'], ['countries.development.0', 'country'], ['registryId', 'any'], ['registryUrl', 'url'],
    ['indicators', 'any'], ['indicators.documentation.links.0.url', 'url'], ['indicators.documentation.met', 'any'],
    ['indicators.documentation.evidence', 'text'],
  ],
};

const pilot: Shape = {
  idPath: 'id',
  template: (n) => ({
    id: `hostile-pilot-${n}`,
    title: `Hostile pilot ${n}`,
    summary: `A pilot that tries to break things, number ${n}.`,
    dpgs: [{ name: 'DHIS2', id: 'dhis2' }, { name: `Hostile Normalized ${n}` }],
    countries: ['KE', 'RW'],
    partners: ['Example Partner'],
    sector: 'education',
    status: 'active',
    announced: '2024-05-01',
    links: [{ url: `https://example.org/pilots/${n}`, label: 'Pilot page' }],
    note: 'Made up for tests.',
  }),
  fields: [
    ['id', 'text'], ['title', 'text'], ['summary', 'text'], ['dpgs', 'list'], ['dpgs.0.name', 'text'], ['dpgs.0.id', 'text'],
    ['countries', 'country'], ['countries.0', 'country'], ['partners', 'list'], ['partners.0', 'text'], ['sector', 'text'],
    ['status', 'text'], ['announced', 'text'], ['links', 'list'], ['links.0.url', 'url'], ['links.0.label', 'text'], ['note', 'text'],
  ],
};

const cop: Shape = {
  idPath: 'id',
  template: (n) => ({ id: `hostile-cop-${n}`, priorityArea: `Hostile area ${n}`, focus: n % 3 === 0 ? null : `Focus ${n}`, status: ['complete', 'in-progress', 'coming-soon'][n % 3] }),
  fields: [['id', 'text'], ['priorityArea', 'text'], ['focus', 'text'], ['status', 'text']],
};

/** A hostile value that fits a field of `kind` (and now and then one that does not fit at all). */
function hostileValue(kind: FieldKind, random: Random): unknown {
  const roll = random();
  if (roll < 0.2) return pick(random, WRONG_TYPES);
  if (roll < 0.25) return pollutingObject();
  switch (kind) {
    case 'url':
      return roll < 0.85 ? pick(random, UNSAFE_URLS) : [pick(random, UNSAFE_URLS), pick(random, UNSAFE_URLS)];
    case 'sdg':
      return pick(random, HOSTILE_SDGS);
    case 'country':
      return roll < 0.7 ? [pick(random, HOSTILE_COUNTRIES), pick(random, HOSTILE_COUNTRIES)] : pick(random, HOSTILE_COUNTRIES);
    case 'list':
      return roll < 0.6 ? [pick(random, HOSTILE_STRINGS), pick(random, UNSAFE_URLS), pick(random, WRONG_TYPES)] : pick(random, HOSTILE_STRINGS);
    default:
      return pick(random, HOSTILE_STRINGS);
  }
}

/** Sets `path` (dots; numeric parts index arrays) in `record`, making the containers it needs. */
function setPath(record: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node: Record<string, unknown> | unknown[] = record;
  for (let i = 0; i < parts.length - 1; i++) {
    const key = parts[i]!;
    const next = (node as Record<string, unknown>)[key];
    if (typeof next !== 'object' || next === null) {
      const fresh: Record<string, unknown> | unknown[] = /^\d+$/.test(parts[i + 1]!) ? [] : {};
      defineData(node, key, fresh);
      node = fresh;
    } else {
      node = next as Record<string, unknown>;
    }
  }
  defineData(node, parts.at(-1)!, value);
}

/** Writes a key as plain data, even `__proto__`, the way JSON.parse does. */
function defineData(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function deletePath(record: Record<string, unknown>, path: string): void {
  const parts = path.split('.');
  let node: unknown = record;
  for (const key of parts.slice(0, -1)) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  }
  if (typeof node === 'object' && node !== null) delete (node as Record<string, unknown>)[parts.at(-1)!];
}

/** How one record was spoiled, for counting and for reading a failure. */
export interface Spoiled {
  record: unknown;
  /** Short labels of what was done to it, e.g. `website=url`, `big:long-array@sectors`. */
  changes: string[];
}

/** The large values are spread over the first records of each shape, so that every shape gets each kind once or twice. */
const BIG_KINDS: readonly BigKind[] = ['megabyte-string', 'long-array', 'deep-nesting', 'megabyte-array'];

function spoil(shape: Shape, n: number, random: Random, earlier: readonly Record<string, unknown>[], bigBudget: number): Spoiled {
  // Now and then not an object at all.
  if (n % 29 === 7) {
    const record = pick(random, [null, 'a record as a string', 42, [], [{ name: 'nested' }], true]);
    return { record, changes: ['not-an-object'] };
  }
  const record = shape.template(n);
  const changes: string[] = [];
  // One sweep of every hostile string and URL over the fields, in order, then random damage.
  const [sweepPath, sweepKind] = shape.fields[n % shape.fields.length]!;
  const sweepValue = sweepKind === 'url' ? UNSAFE_URLS[n % UNSAFE_URLS.length] : sweepKind === 'sdg' ? HOSTILE_SDGS[n % HOSTILE_SDGS.length] : sweepKind === 'country' ? [HOSTILE_COUNTRIES[n % HOSTILE_COUNTRIES.length]] : HOSTILE_STRINGS[n % HOSTILE_STRINGS.length];
  setPath(record, sweepPath, sweepValue);
  changes.push(`${sweepPath}=${sweepKind}`);
  const extra = Math.floor(random() * 4);
  for (let k = 0; k < extra; k++) {
    const [path, kind] = pick(random, shape.fields);
    const action = random();
    if (action < 0.15) {
      deletePath(record, path);
      changes.push(`-${path}`);
    } else {
      setPath(record, path, hostileValue(kind, random));
      changes.push(`${path}~${kind}`);
    }
  }
  if (n < bigBudget) {
    const kind = BIG_KINDS[n % BIG_KINDS.length]!;
    const [path] = pick(random, shape.fields);
    setPath(record, path, big(kind, random));
    changes.push(`big:${kind}@${path}`);
  }
  if (random() < 0.1) {
    for (const [key, value] of Object.entries(pollutingObject())) defineData(record, key, value);
    changes.push('proto-keys');
  }
  if (earlier.length > 0 && random() < 0.08) {
    const twin = pick(random, earlier);
    const value = (twin as Record<string, unknown>)[shape.idPath];
    if (value !== undefined) {
      defineData(record, shape.idPath, value);
      if (shape.idPath !== 'name' && Object.hasOwn(twin, 'name')) defineData(record, 'name', twin.name);
      changes.push('duplicate-id');
    }
  }
  return { record, changes };
}

function generate(shape: Shape, count: number, seed: number, bigBudget: number): Spoiled[] {
  const random = seeded(seed);
  const out: Spoiled[] = [];
  const earlier: Record<string, unknown>[] = [];
  for (let n = 0; n < count; n++) {
    const spoiled = spoil(shape, n, random, earlier, bigBudget);
    out.push(spoiled);
    if (typeof spoiled.record === 'object' && spoiled.record !== null && !Array.isArray(spoiled.record)) earlier.push(spoiled.record as Record<string, unknown>);
  }
  return out;
}

/** Every hostile input, by shape, as JSON-ready values. */
export interface HostileSet {
  legacy: Spoiled[];
  screenings: Spoiled[];
  appApi2022: Spoiled[];
  appApi2026: Spoiled[];
  normalized: Spoiled[];
  pilots: Spoiled[];
  cops: Spoiled[];
}

export interface HostileOptions {
  seed?: number;
  /** Records per shape (screenings follow the legacy records). Default 100. */
  perShape?: number;
  /** How many records of each shape get one of the large values. Default 4. */
  bigPerShape?: number;
}

/** Generates the hostile records; the same options always give the same records. */
export function hostileSet({ seed = 9, perShape = 100, bigPerShape = 4 }: HostileOptions = {}): HostileSet {
  return {
    legacy: generate(legacyBasic, perShape, seed, bigPerShape),
    screenings: generate(legacyScreening, perShape, seed + 1, bigPerShape),
    appApi2022: generate(appApi2022, perShape, seed + 2, bigPerShape),
    appApi2026: generate(appApi2026, perShape, seed + 3, bigPerShape),
    normalized: generate(normalized, perShape, seed + 4, bigPerShape),
    pilots: generate(pilot, perShape, seed + 5, bigPerShape),
    cops: generate(cop, perShape, seed + 6, bigPerShape),
  };
}

const records = (list: Spoiled[]) => list.map((s) => s.record);

/** The files a partner could host, built from a set: JSON text, as it would arrive over HTTP. */
export function hostileFiles(set: HostileSet): Record<'legacy' | 'screenings' | 'appApi2022' | 'appApi2026' | 'normalized' | 'pilots' | 'cops', string> {
  return {
    legacy: JSON.stringify(records(set.legacy)),
    screenings: JSON.stringify(records(set.screenings)),
    appApi2022: JSON.stringify(records(set.appApi2022)),
    appApi2026: JSON.stringify(records(set.appApi2026)),
    normalized: JSON.stringify({ format: 'dpg-kit/registry', version: 1, source: `<script>${TRIPWIRE}()</script>`, asOf: '2026-13-45', dpgs: records(set.normalized) }),
    pilots: JSON.stringify({ format: 'dpg-kit/pilots', version: 1, source: 'hostile', asOf: '2026-11-28', pilots: records(set.pilots) }),
    cops: JSON.stringify({ format: 'dpg-kit/cops', version: 1, cops: records(set.cops) }),
  };
}

/** Total records in a set. */
export function countRecords(set: HostileSet): number {
  return Object.values(set).reduce((sum: number, list: Spoiled[]) => sum + list.length, 0);
}
