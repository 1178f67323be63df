/**
 * The legacy GitHub shape (DPGAlliance/publicgoods-candidates, and the old v0 API that served
 * it): basic records from `nominees/*.json` (`_file`, `SDGs`, `license`, `type`, `stage`),
 * joined by slug with their screening from `digitalpublicgoods/*.json` (DPG Standard
 * indicators 3–9 and `locations`).
 */
import { type Issue, IssueLog } from '../issues.js';
import type { DigitalPublicGood, Indicator, IndicatorKey, SdgEntry, SdgNumber } from '../model.js';
import { parseSdg } from '../normalize/sdgs.js';
import { isSlug, registryPageUrl, slugFromFile, slugify } from '../normalize/slug.js';
import { buildIndicator, collectIndicators, licenseIndicator } from './indicator.js';
import {
  arrayItems, field, isObject, mergeSdg, note, readCountries, readLabels, readLicense, readLinks, readName, readOrganizations,
  readRepositories, readStage, readText, readTypes, readUrl, yesNo, type RawObject,
} from './read.js';
import { type AdapterResult, guarded, IdClaims, keptValue, unreadable } from './result.js';

interface Screening {
  record: RawObject;
  file: unknown;
  used: boolean;
}

/** The slug a legacy record is known by: its `_file` basename, else an old-API `id`, else its name's slug. */
function legacySlug(record: RawObject, name: string | undefined): string | null {
  const file = field(record, '_file');
  const fromFile = typeof file === 'string' ? slugFromFile(file) : null;
  if (fromFile !== null) return fromFile;
  const id = field(record, 'id');
  if (typeof id === 'string' && isSlug(id)) return id;
  const slug = name === undefined ? '' : slugify(name);
  return slug === '' ? null : slug;
}

function indexScreenings(screenings: unknown, issues: Issue[]): Map<string, Screening> {
  const index = new Map<string, Screening>();
  if (screenings === undefined || screenings === null) return index;
  if (!Array.isArray(screenings)) {
    issues.push(...unreadable(screenings, 'screenings').issues);
    return index;
  }
  screenings.forEach((item: unknown, i) => {
    const log = new IssueLog(null);
    const slug = isObject(item) ? legacySlug(item, readName(field(item, 'name'), log)) : null;
    if (!isObject(item) || slug === null) {
      issues.push({ recordId: null, field: `screenings[${i}]`, problem: 'set-aside', value: isObject(item) ? keptValue(field(item, '_file') ?? null) : typeof item });
    } else if (index.has(slug)) {
      issues.push({ recordId: slug, field: `screenings[${i}]._file`, problem: 'duplicate-id', value: keptValue(field(item, '_file') ?? slug) });
    } else {
      index.set(slug, { record: item, file: field(item, '_file') ?? slug, used: false });
    }
  });
  return index;
}

/**
 * The entries of a legacy `license` field with their paths: the usual array of
 * `{ spdx, licenseURL }`, or a licence written as a plain string, alone or in the array.
 */
function licenseEntries(value: unknown, log: IssueLog): Array<[unknown, string]> {
  if (typeof value === 'string') return [[value, 'license']];
  return arrayItems(value, log, 'license').map(([entry, n]) => [entry, `license[${n}]`]);
}

function readSdgs(value: unknown, log: IssueLog): SdgEntry[] {
  if (value === undefined || value === null) note(log, 'SDGs', 'missing', value);
  const byGoal = new Map<SdgNumber, SdgEntry>();
  for (const [item, i] of arrayItems(value, log, 'SDGs')) {
    const at = `SDGs[${i}]`;
    const raw = isObject(item) ? field(item, 'SDGNumber') : item;
    const goal = parseSdg(raw);
    if (goal === null) {
      note(log, `${at}.SDGNumber`, 'invalid-sdg', raw);
      continue;
    }
    const evidence = readText(field(item, 'evidenceText'), log, `${at}.evidenceText`);
    const links = readLinks(field(item, 'evidenceURL'), log, `${at}.evidenceURL`);
    mergeSdg(byGoal, goal, evidence, links);
  }
  return [...byGoal.values()].sort((a, b) => a.goal - b.goal);
}

function readScreeningIndicators(s: RawObject, log: IssueLog): Array<[IndicatorKey, Indicator | undefined]> {
  const own = field(s, 'clearOwnership');
  const platform = field(s, 'platformIndependence');
  const docs = field(s, 'documentation');
  const nonPII = field(s, 'NonPII');
  const privacy = field(s, 'privacy');
  const standards = field(s, 'standards');
  const harm = field(s, 'doNoHarm');
  const restrictive = yesNo(field(platform, 'mandatoryDepsCreateMoreRestrictions'));
  const collectsNonPII = yesNo(field(nonPII, 'collectsNonPII'));
  const preventHarm = field(harm, 'preventHarm');
  const pii = field(harm, 'dataPrivacySecurity');
  return [
    ['ownership', buildIndicator(log, { met: yesNo(field(own, 'isOwnershipExplicit')), urls: [['clearOwnership.copyrightURL', field(own, 'copyrightURL')]] })],
    ['platformIndependence', buildIndicator(log, {
      // Independent when no mandatory dependency restricts more than the licence, or when it does
      // and the source says the software is independent of it anyway.
      met: restrictive === false ? true : restrictive === true ? yesNo(field(platform, 'isSoftwarePltIndependent')) : null,
      texts: [['platformIndependence.pltIndependenceDesc', field(platform, 'pltIndependenceDesc')]],
    })],
    ['documentation', buildIndicator(log, { met: yesNo(field(docs, 'isDocumentationAvailable')), urls: [['documentation.documentationURL', field(docs, 'documentationURL')]] })],
    ['nonPII', buildIndicator(log, {
      // Nothing to extract when no non-PII is collected; else the source's check of the mechanism.
      met: collectsNonPII === false ? true : collectsNonPII === true ? yesNo(field(nonPII, 'checkNonPIIAccessMechanism')) : null,
      texts: [['NonPII.nonPIIAccessMechanism', field(nonPII, 'nonPIIAccessMechanism')]],
    })],
    ['privacy', buildIndicator(log, {
      met: yesNo(field(privacy, 'isPrivacyCompliant')),
      texts: [['privacy.privacyComplianceList', field(privacy, 'privacyComplianceList')], ['privacy.adherenceSteps', field(privacy, 'adherenceSteps')]],
    })],
    ['standards', buildIndicator(log, {
      met: yesNo(field(standards, 'supportStandards')),
      texts: [['standards.standardsList', field(standards, 'standardsList')], ['standards.bestPracticesList', field(standards, 'bestPracticesList')]],
      urls: [['standards.evidenceStandardSupport', field(standards, 'evidenceStandardSupport')]],
    })],
    ['doNoHarm', buildIndicator(log, {
      met: yesNo(field(preventHarm, 'stepsToPreventHarm')),
      texts: [
        ['doNoHarm.preventHarm.additionalInfoMechanismProcessesPolicies', field(preventHarm, 'additionalInfoMechanismProcessesPolicies')],
        ['doNoHarm.dataPrivacySecurity.privacySecurityDescription', field(pii, 'privacySecurityDescription')],
      ],
    })],
  ];
}

function readRecord(item: unknown, i: number, screenings: Map<string, Screening>, claims: IdClaims, issues: Issue[]): DigitalPublicGood | undefined {
  if (!isObject(item)) {
    issues.push({ recordId: null, field: `[${i}]`, problem: 'set-aside', value: item === null ? null : typeof item });
    return undefined;
  }
  const early = new IssueLog(null);
  const name = readName(field(item, 'name'), early);
  const slug = legacySlug(item, name);
  if (name === undefined || slug === null) {
    const missing = name === undefined ? 'name' : '_file';
    issues.push({ recordId: slug, field: `[${i}].${missing}`, problem: 'set-aside', value: missing === 'name' ? (typeof field(item, 'name') === 'string' ? keptValue(field(item, 'name')) : null) : name });
    return undefined;
  }
  const { id, duplicate } = claims.claim(slug);
  const log = new IssueLog(id);
  // What the name reader said (a name cut to length) belongs to the record, now that it has an id.
  for (const issue of early.issues) log.add(issue.field, issue.problem, issue.value);
  if (duplicate) note(log, '_file', 'duplicate-id', slug);

  const licenses = licenseEntries(field(item, 'license'), log).flatMap(([entry, at]) => {
    // A licence written as a plain string ("MIT") is its name, with no evidence URL.
    const name = typeof entry === 'string' ? entry : (field(entry, 'spdx') ?? field(entry, 'name'));
    const license = readLicense(name, field(entry, 'licenseURL'), log, at, typeof entry === 'string' ? '' : 'spdx', 'licenseURL');
    return license === undefined ? [] : [license];
  });
  if (licenses.length === 0) note(log, 'license', field(item, 'license') === undefined ? 'missing' : 'empty', field(item, 'license'));
  const types = readTypes(field(item, 'type'), log, 'type');
  if (types.length === 0) note(log, 'type', 'missing', field(item, 'type'));
  const stage = readStage(field(item, 'stage'), log, 'stage', 'nominee');

  const record: DigitalPublicGood = {
    id,
    name,
    aliases: readLabels(field(item, 'aliases'), log, 'aliases', true),
    description: readText(field(item, 'description'), log, 'description', true) ?? '',
    types,
    licenses,
    sdgs: readSdgs(field(item, 'SDGs'), log),
    sectors: readLabels(field(item, 'sectors'), log, 'sectors', true),
    repositories: readRepositories(field(item, 'repositories'), log, 'repositories'),
    organizations: readOrganizations(field(item, 'organizations'), log, 'organizations'),
    stage,
    countries: { deployment: [], development: [] },
  };
  const website = readUrl(field(item, 'website'), log, 'website');
  if (website !== undefined) record.website = website;
  if (stage === 'dpg') record.registryUrl = registryPageUrl(slug);

  const screening = screenings.get(slug);
  const entries: Array<[IndicatorKey, Indicator | undefined]> = [['license', licenseIndicator(licenses)]];
  if (screening !== undefined && !screening.used) {
    screening.used = true;
    const locations = field(screening.record, 'locations');
    record.countries = {
      deployment: readCountries(field(locations, 'deploymentCountries'), log, 'locations.deploymentCountries'),
      development: readCountries(field(locations, 'developmentCountries'), log, 'locations.developmentCountries'),
    };
    entries.push(...readScreeningIndicators(screening.record, log));
  }
  const indicators = collectIndicators(entries);
  if (indicators !== undefined) record.indicators = indicators;
  issues.push(...log.issues);
  return record;
}

/**
 * Reads legacy records: `raw` is an array of basic records (dpgs.json, nominees.json, or both
 * concatenated), `screenings` the optional array of screening records joined to them by slug.
 * A screening no basic record claims is reported as `not-joined`. Never throws.
 */
export function adaptLegacy(raw: unknown, screenings?: unknown): AdapterResult {
  if (!Array.isArray(raw)) return unreadable(raw);
  const issues: Issue[] = [];
  const index = indexScreenings(screenings, issues);
  const claims = new IdClaims();
  const records: DigitalPublicGood[] = [];
  raw.forEach((item: unknown, i) => {
    guarded(i, issues, () => {
      const record = readRecord(item, i, index, claims, issues);
      if (record !== undefined) records.push(record);
    });
  });
  for (const [slug, screening] of index) {
    if (!screening.used) issues.push({ recordId: slug, field: '_file', problem: 'not-joined', value: keptValue(screening.file) });
  }
  return { records, issues };
}
