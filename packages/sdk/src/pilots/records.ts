/**
 * What a pilot or Community of Practice record must be beyond what its JSON Schema can say,
 * and how a checked record becomes a model object.
 *
 * The checks only look at values of the right form: a value of the wrong form is already
 * reported by the schema, and saying the same thing twice would only add noise.
 */

import { iso31661 } from 'iso-3166/1.js';
import type { CommunityOfPractice, CopStatus, Link, Pilot, PilotDpg, PilotStatus } from '../model.js';
import { field, isObject } from '../adapters/values.js';
import { show } from './schema-report.js';
import { cleanName, cleanText, redactEmails } from '../normalize/text.js';
import type { Json, Report } from './schema-report.js';

let isoAlpha2: ReadonlySet<string> | undefined;

/** True for an assigned ISO 3166-1 alpha-2 code (upper case). */
function isIsoCountry(code: string): boolean {
  isoAlpha2 ??= new Set(iso31661.map((entry) => entry.alpha2));
  return isoAlpha2.has(code);
}

const DATE_FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when a YYYY, YYYY-MM or YYYY-MM-DD string names a day, month or year that exists. */
function isRealDate(text: string): boolean {
  const match = DATE_FORM.exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12) return false;
  // Counted by hand: Date.UTC maps years 0–99 to 1900–1999 and would misjudge leap years there.
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day >= 1 && day <= daysInMonth;
}

/** A date problem, only for strings of the right form: the schema already reports the wrong form. */
export function checkDate(value: unknown, path: Array<string | number>, report: Report): void {
  if (typeof value === 'string' && DATE_FORM.test(value) && !isRealDate(value)) {
    report(path, `${show(value)} is not a date that exists`);
  }
}

/** Reports what the schema cannot see in a pilot: unknown or repeated countries, impossible dates, unparsable links. */
export function checkPilot(record: Json, report: Report): void {
  const countries = field(record, 'countries');
  if (Array.isArray(countries)) {
    const seen = new Set<string>();
    countries.forEach((code: unknown, i) => {
      if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code)) return;
      if (!isIsoCountry(code)) report(['countries', i], `${show(code)} is not an ISO 3166-1 alpha-2 country code`);
      else if (seen.has(code)) report(['countries', i], `${show(code)} is listed twice`);
      seen.add(code);
    });
  }
  checkDate(field(record, 'announced'), ['announced'], report);
  const links = field(record, 'links');
  if (Array.isArray(links)) {
    links.forEach((link: unknown, i) => {
      const url = isObject(link) ? field(link, 'url') : undefined;
      if (typeof url !== 'string' || !/^https?:\/\/\S+$/i.test(url)) return;
      if (!isWebUrl(url)) report(['links', i, 'url'], `${show(url)} is not a valid http or https URL`);
    });
  }
}

function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Reads a string field (the schema has already said it is a string when present) as plain
 * text: well-formed, no bidi overrides or invisible characters, no e-mail addresses, and on
 * one line unless it is `prose`. A partner file is as untrusted as any registry.
 */
function text(record: Json, key: string, prose = false): string | undefined {
  const value = field(record, key);
  return typeof value === 'string' ? plain(value, prose) : undefined;
}

function plain(value: string, prose: boolean): string {
  return redactEmails(prose ? cleanText(value) : cleanName(value));
}

function texts(record: Json, key: string): string[] {
  const value = field(record, key);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').map((v) => plain(v, false)) : [];
}

function objects(record: Json, key: string): Json[] {
  const value = field(record, key);
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/**
 * Builds a Pilot from a record that passed every check. Built field by field, so that unknown
 * keys (`__proto__` among them) never reach the model; text is trimmed.
 */
export function buildPilot(record: Json): Pilot {
  const pilot: Pilot = {
    id: text(record, 'id') ?? '',
    title: text(record, 'title') ?? '',
    summary: text(record, 'summary', true) ?? '',
    dpgs: objects(record, 'dpgs').map((dpg) => {
      const ref: PilotDpg = { name: text(dpg, 'name') ?? '' };
      const id = text(dpg, 'id');
      if (id !== undefined) ref.id = id;
      return ref;
    }),
    countries: texts(record, 'countries'),
    partners: texts(record, 'partners'),
    sector: text(record, 'sector') ?? '',
    status: field(record, 'status') as PilotStatus,
    links: objects(record, 'links').map((link) => {
      const out: Link = { url: typeof field(link, 'url') === 'string' ? (field(link, 'url') as string).trim() : '' };
      const label = text(link, 'label');
      if (label !== undefined) out.label = label;
      return out;
    }),
  };
  const announced = text(record, 'announced');
  if (announced !== undefined) pilot.announced = announced;
  const note = text(record, 'note', true);
  if (note !== undefined && note !== '') pilot.note = note;
  return pilot;
}

/** Builds a CommunityOfPractice from a record that passed every check, like {@link buildPilot}. */
export function buildCop(record: Json): CommunityOfPractice {
  return {
    id: text(record, 'id') ?? '',
    priorityArea: text(record, 'priorityArea') ?? '',
    focus: text(record, 'focus') ?? null,
    status: field(record, 'status') as CopStatus,
  };
}
