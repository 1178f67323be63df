/**
 * The registry web app's API shape (`/api/dpgs`), in both variants seen:
 * - 2022–23: `sdgs` an array of `{ sdg: "SDGn: Title", relevance }`, or one such object;
 * - 2026 (the public registry page): `sdgs` one object `{ sdg: [...], relevance }`, HTML
 *   entities in text, arrays sometimes joined into one comma-separated string, `""` in
 *   arrays, `locations` sometimes absent, plus `dpgid`, `dpgLink` and `githubActivity`.
 * Ids are slugs of the name (the registry's page address); the numeric `id` is `registryId`.
 */
import { type Issue, IssueLog } from '../issues.js';
import type { DigitalPublicGood, Indicator, IndicatorKey, License, SdgEntry, SdgNumber } from '../model.js';
import { parseSdg } from '../normalize/sdgs.js';
import { registryPageUrl, slugify } from '../normalize/slug.js';
import { mergeNames, readDeploymentOrganizations } from './deployment.js';
import { readOtherDeploymentOrganizations } from './deployment-others.js';
import { buildIndicator, collectIndicators, licenseIndicator } from './indicator.js';
import {
  arrayItems, field, isObject, mergeSdg, note, readCountries, readLabels, readLicense, readName, readOrganizations,
  exact, readRepositories, readStage, readText, readTypes, readUrl, sortShort, yesNo, type RawObject,
} from './read.js';
import { type AdapterResult, guarded, IdClaims, keptValue, unreadable } from './result.js';

const REGISTRY_ID = /^\d{1,15}$/;
// The 2026 variant joins each goal's relevance into one text with ",\r\n", written `,&#013; &#010;`.
const RELEVANCE_JOIN = /,[ \t]*(?:\r|&#0*13;)[ \t]*(?:\n|&#0*10;)/;

function readRegistryId(value: unknown, log: IssueLog): string | undefined {
  const id = typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  if (id !== undefined && REGISTRY_ID.test(id)) return id;
  if (value !== undefined) note(log, 'id', 'wrong-type', value);
  return undefined;
}

const DPG_ID = /^GID\d{1,12}$/i;
// The form asks for awards; "No", "Not yet" or "NA" answers that there are none.
const NO_AWARD = /^(?:no|none|not yet|na|n\/a)\.?$/i;

function readDpgId(value: unknown, log: IssueLog): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' && DPG_ID.test(value.trim())) return value.trim().toUpperCase();
  note(log, 'dpgid', 'wrong-type', value);
  return undefined;
}

/**
 * The web app splits free text on commas into arrays (`["…e.g.", " MinIO)."]`); joining the
 * pieces back with ", " restores the sentence the submitter wrote.
 */
function rejoined(value: unknown): unknown {
  // Anything but an array of strings goes to the readers as it is, to be reported there.
  if (!Array.isArray(value) || !value.every((part) => typeof part === 'string')) return value;
  const parts = (value as string[]).map((part) => part.trim()).filter((part) => part !== '');
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function addGoal(byGoal: Map<SdgNumber, SdgEntry>, log: IssueLog, raw: unknown, path: string, evidence: string | undefined): void {
  const goal = parseSdg(raw);
  if (goal === null) note(log, path, 'invalid-sdg', raw);
  else mergeSdg(byGoal, goal, evidence);
}

function readSdgs(value: unknown, log: IssueLog): SdgEntry[] {
  const byGoal = new Map<SdgNumber, SdgEntry>();
  if (value === undefined || value === null) note(log, 'sdgs', 'missing', value);
  else if (isObject(value) && Array.isArray(field(value, 'sdg'))) {
    const goals = field(value, 'sdg') as unknown[];
    const relevance = field(value, 'relevance');
    // RELEVANCE_JOIN needs a carriage return or an entity: most texts have neither, and need no split.
    const joined = typeof relevance === 'string' && (relevance.indexOf('\r') !== -1 || relevance.indexOf('&#') !== -1);
    const parts = joined ? relevance.split(RELEVANCE_JOIN) : typeof relevance === 'string' ? [relevance] : [];
    // One part per goal, in order: each goal gets its own; else every goal gets the whole text.
    const shared = parts.length === goals.length ? undefined : readText(relevance, log, 'sdgs.relevance');
    for (const [raw, i] of arrayItems(goals, log, 'sdgs.sdg')) {
      const own = parts.length === goals.length ? readText(parts[i], log, 'sdgs.relevance') : shared;
      addGoal(byGoal, log, raw, `sdgs.sdg[${i}]`, own);
    }
  } else {
    const items = isObject(value) ? ([[value, 0]] as Array<[unknown, number]>) : arrayItems(value, log, 'sdgs');
    for (const [item, i] of items) {
      const at = isObject(value) ? 'sdgs' : `sdgs[${i}]`;
      addGoal(byGoal, log, isObject(item) ? field(item, 'sdg') : item, `${at}.sdg`, readText(field(item, 'relevance'), log, `${at}.relevance`));
    }
  }
  return exact(sortShort([...byGoal.values()], (a, b) => a.goal < b.goal));
}

/** Items of a field that is an array of objects, or (in places) one object. */
function objects(value: unknown, log: IssueLog, path: string): Array<[RawObject, string]> {
  if (isObject(value)) return [[value, path]];
  const found: Array<[RawObject, string]> = [];
  // forEach, like the flatMap this replaces, skips the holes of a sparse array.
  arrayItems(value, log, path).forEach(([item, i]) => {
    if (isObject(item)) found.push([item, `${path}[${i}]`]);
  });
  return found;
}

/** Every field the indicators are read from: a record with none of them has no indicator to read. */
const INDICATOR_FIELDS = [
  'clearOwnership', 'platformIndependence', 'documentation', 'NonPII', 'privacy', 'dataPrivacySecurity',
  'userContent', 'protectionFromHarassment', 'openStandards', 'bestPractices',
];

function readIndicators(r: RawObject, log: IssueLog): Array<[IndicatorKey, Indicator | undefined]> {
  if (INDICATOR_FIELDS.every((key) => field(r, key) === undefined)) return [];
  const owners = objects(field(r, 'clearOwnership'), log, 'clearOwnership');
  const platform = field(r, 'platformIndependence');
  const dependent = yesNo(field(platform, 'isPlatformIndependent'));
  const alternatives = rejoined(field(platform, 'openAlternatives'));
  const nonPII = field(r, 'NonPII');
  const collectsNonPII = yesNo(field(nonPII, 'collectsNonPII'));
  const mechanism = field(nonPII, 'nonPIIAccessMechanism');
  const privacy = objects(field(r, 'privacy'), log, 'privacy');
  const pii = field(r, 'dataPrivacySecurity');
  const content = field(r, 'userContent');
  const harassment = field(r, 'protectionFromHarassment');
  const standards = rejoined(field(r, 'openStandards'));
  const documentation = buildIndicator(log, { met: null, urls: [['documentation', field(r, 'documentation')]] });
  if (documentation !== undefined) documentation.met = true;
  return [
    ['ownership', buildIndicator(log, {
      met: owners.some(([owner]) => typeof field(owner, 'clearOwnershipName') === 'string' && (field(owner, 'clearOwnershipName') as string).trim() !== '') ? true : null,
      texts: owners.map(([owner, at]) => [`${at}.clearOwnershipName`, field(owner, 'clearOwnershipName')] as const),
      urls: owners.map(([owner, at]) => [`${at}.clearOwnershipURL`, field(owner, 'clearOwnershipURL')] as const),
    })],
    ['platformIndependence', buildIndicator(log, {
      // Despite its name the app's question is "does a mandatory dependency restrict more than
      // the licence?": "Yes" answers come with the open alternatives, as the Standard asks.
      met: dependent === false ? true : dependent === true && typeof alternatives === 'string' ? true : null,
      texts: [['platformIndependence.openAlternatives', alternatives]],
    })],
    ['documentation', documentation],
    ['nonPII', buildIndicator(log, {
      met: collectsNonPII === false ? true : collectsNonPII === true && typeof mechanism === 'string' && mechanism.trim() !== '' ? true : null,
      texts: [['NonPII.nonPIIAccessMechanism', mechanism]],
    })],
    ['privacy', buildIndicator(log, {
      met: privacy.some(([entry]) => typeof field(entry, 'privacyCompliance') === 'string' && (field(entry, 'privacyCompliance') as string).trim() !== '') ? true : null,
      texts: [
        ...privacy.map(([entry, at]) => [`${at}.privacyCompliance`, field(entry, 'privacyCompliance')] as const),
        ['dataPrivacySecurity.dataPrivacySecurity', field(pii, 'dataPrivacySecurity')],
      ],
      urls: privacy.map(([entry, at]) => [`${at}.privacyComplianceURL`, field(entry, 'privacyComplianceURL')] as const),
    })],
    ['standards', buildIndicator(log, {
      met: typeof standards === 'string' ? true : null,
      texts: [['openStandards', standards], ['bestPractices', field(r, 'bestPractices')]],
    })],
    ['doNoHarm', buildIndicator(log, {
      met: null,
      texts: [
        ['dataPrivacySecurity.collectsPII', field(pii, 'collectsPII')],
        ['dataPrivacySecurity.typesOfPIIDataCollected', rejoined(field(pii, 'typesOfPIIDataCollected'))],
        ['userContent.contentManagement', field(content, 'contentManagement')],
        ['userContent.contentTypes', rejoined(field(content, 'contentTypes'))],
        ['userContent.contentManagementPolicy', field(content, 'contentManagementPolicy')],
        ['protectionFromHarassment.harassmentPolicy', field(harassment, 'harassmentPolicy')],
      ],
    })],
  ];
}

function readRecord(item: unknown, i: number, claims: IdClaims, issues: Issue[]): DigitalPublicGood | undefined {
  if (!isObject(item)) {
    issues.push({ recordId: null, field: `[${i}]`, problem: 'set-aside', value: item === null ? null : typeof item });
    return undefined;
  }
  const early = new IssueLog(null);
  const name = readName(field(item, 'name'), early);
  const registryId = readRegistryId(field(item, 'id'), early);
  const slug = name === undefined ? '' : slugify(name);
  // A name without Latin letters or digits still has its registry id to be known by.
  const baseId = slug !== '' ? slug : registryId !== undefined ? `dpg-${registryId}` : null;
  if (name === undefined || baseId === null) {
    const raw = field(item, 'name');
    issues.push({ recordId: registryId ?? null, field: `[${i}].name`, problem: 'set-aside', value: typeof raw === 'string' ? keptValue(raw) : null });
    return undefined;
  }
  const { id, duplicate } = claims.claim(baseId, registryId);
  const log = new IssueLog(id);
  for (const issue of early.issues) log.add(issue.field, issue.problem, issue.value);
  if (duplicate) note(log, 'name', 'duplicate-id', baseId);

  const licenses: License[] = [];
  for (const [entry, at] of objects(field(item, 'openlicenses'), log, 'openlicenses')) {
    const license = readLicense(field(entry, 'openLicense'), field(entry, 'openLicenseEvidenceURLs'), log, at, 'openLicense', 'openLicenseEvidenceURLs');
    if (license !== undefined) licenses.push(license);
  }
  if (licenses.length === 0) note(log, 'openlicenses', field(item, 'openlicenses') === undefined ? 'missing' : 'empty', field(item, 'openlicenses'));
  const types = readTypes(field(item, 'categories'), log, 'categories');
  if (types.length === 0) note(log, 'categories', 'missing', field(item, 'categories'));
  const stage = readStage(field(item, 'stage'), log, 'stage', 'dpg');
  const locations = field(item, 'locations');
  if (!isObject(locations)) note(log, 'locations', locations === undefined ? 'missing' : 'wrong-type', locations);

  const record: DigitalPublicGood = {
    id,
    name,
    aliases: readLabels(field(item, 'aliases'), log, 'aliases', true),
    description: readText(field(item, 'description'), log, 'description', true) ?? '',
    types,
    licenses: exact(licenses),
    sdgs: readSdgs(field(item, 'sdgs'), log),
    sectors: readLabels(field(item, 'sectors'), log, 'sectors', true),
    repositories: readRepositories(field(item, 'repositories'), log, 'repositories'),
    organizations: readOrganizations(field(item, 'organizations'), log, 'organizations'),
    stage,
    countries: {
      deployment: readCountries(field(locations, 'deploymentCountries'), log, 'locations.deploymentCountries'),
      development: readCountries(field(locations, 'developmentCountries'), log, 'locations.developmentCountries'),
    },
  };
  if (registryId !== undefined) record.registryId = registryId;
  const dpgId = readDpgId(field(item, 'dpgid'), log);
  if (dpgId !== undefined) record.dpgId = dpgId;
  const deployedWith = mergeNames(
    readDeploymentOrganizations(field(item, 'deploymentOrganisations'), log, 'deploymentOrganisations'),
    readOtherDeploymentOrganizations(field(item, 'otherDeploymentOrganisations'), log, 'otherDeploymentOrganisations'),
  );
  if (deployedWith !== undefined) record.deploymentOrganizations = deployedWith;
  const awards = readText(rejoined(field(item, 'awardsReceived')), log, 'awardsReceived');
  if (awards !== undefined && !NO_AWARD.test(awards)) record.awards = awards;
  const website = readUrl(field(item, 'website'), log, 'website');
  if (website !== undefined) record.website = website;
  // `dpgLink` is how the registry page decides to link a DPG to its own page.
  if (stage === 'dpg' && field(item, 'dpgLink') !== false && slug !== '') record.registryUrl = registryPageUrl(slug);
  const indicators = collectIndicators([['license', licenseIndicator(licenses)], ...readIndicators(item, log)]);
  if (indicators !== undefined) record.indicators = indicators;
  issues.push(...log.issues);
  return record;
}

/**
 * Reads an array of registry web-app API records (either variant). Records without a usable
 * name are set aside with an issue; two records with the same slug keep both, the second as
 * `<slug>-<registryId>` with a `duplicate-id` issue. Never throws.
 */
export function adaptAppApi(raw: unknown): AdapterResult {
  if (!Array.isArray(raw)) return unreadable(raw);
  const issues: Issue[] = [];
  const claims = new IdClaims();
  const records: DigitalPublicGood[] = [];
  raw.forEach((item: unknown, i) => {
    guarded(i, issues, () => {
      const record = readRecord(item, i, claims, issues);
      if (record !== undefined) records.push(record);
    });
  });
  return { records, issues };
}
