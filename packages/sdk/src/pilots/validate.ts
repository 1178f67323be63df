/**
 * Reads a pilots or Communities of Practice file that someone else wrote, such as a partner's own
 * list of pilots, and says clearly what is wrong with it.
 *
 * Records are checked one by one against the published JSON Schema (with @cfworker/json-schema,
 * which interprets the schema instead of compiling it to code, so it runs under a strict
 * Content-Security-Policy), then against what a schema cannot say: that a country code is a real
 * ISO 3166-1 country, that a date exists, that a link parses as http(s), that ids are unique.
 * A record with any problem is set aside and reported; the others are kept, so one bad pilot
 * does not hide the rest. Nothing here throws, whatever the input.
 */

import { Validator } from '@cfworker/json-schema';
import type { Schema } from '@cfworker/json-schema';
import type { CommunityOfPractice, Pilot } from '../model.js';
import { copsSchema, pilotsSchema } from './generated/schemas.js';
import { buildCop, buildPilot, checkDate, checkPilot } from './records.js';
import { field, isObject } from '../adapters/values.js';
import { describeSchemaErrors, formatPath, kindOf, show } from './schema-report.js';
import type { Json, Report, SchemaProblem } from './schema-report.js';

/** One problem found in a file, located well enough to fix it. */
export interface ValidationError {
  /** Position of the record in the file's array, or null for a problem with the file itself. */
  index: number | null;
  /** The record's id when it has a readable one. */
  id: string | null;
  /** The field inside the record (or the file), e.g. `countries[1]`; empty for the whole record. */
  field: string;
  /** The whole story in one line, e.g. `pilots[3] (id "x"): countries[1] "ZZ" is not an ISO 3166-1 alpha-2 country code`. */
  message: string;
}

/** What {@link validatePilotsFile} found: the pilots that can be used, and every problem. */
export interface PilotsValidation {
  pilots: Pilot[];
  errors: ValidationError[];
  /** The file's `source` and `asOf`, when it has valid ones. */
  source?: string;
  asOf?: string;
}

/** What {@link validateCopsFile} found: the Communities of Practice that can be used, and every problem. */
export interface CopsValidation {
  cops: CommunityOfPractice[];
  errors: ValidationError[];
  source?: string;
  asOf?: string;
}

// A file this wrong is better fixed from the top than read to the end.
const MAX_ERRORS = 500;

interface FileKind<T> {
  /** The property that holds the records, and the word used in messages. */
  key: 'pilots' | 'cops';
  format: string;
  schema: Schema;
  definition: string;
  check: (record: Json, report: Report) => void;
  build: (record: Json) => T;
}

interface Compiled {
  envelope: Validator;
  envelopeSchema: Schema;
  record: Validator;
  recordSchema: Schema;
  maxRecords: number;
  /** `maxItems` of each array field of a record. */
  arrayLimits: Map<string, number>;
}

const compiledByKey = new Map<string, Compiled>();

/** Builds the two validators of a file kind once: one for the file around the records, one per record. */
function compile(kind: FileKind<unknown>): Compiled {
  const cached = compiledByKey.get(kind.key);
  if (cached !== undefined) return cached;
  // The validator annotates the schema objects it is given; a copy keeps the exported schema pristine.
  const schema = structuredClone(kind.schema);
  const properties = isObject(schema.properties) ? schema.properties : {};
  const recordsSchema = field(properties, kind.key);
  const maxItems = isObject(recordsSchema) ? field(recordsSchema, 'maxItems') : undefined;
  const description = isObject(recordsSchema) ? field(recordsSchema, 'description') : undefined;
  // The envelope checks only that the records are an array; each record is checked on its own.
  const recordsArray: Schema = typeof description === 'string' ? { type: 'array', description } : { type: 'array' };
  const envelopeSchema: Schema = { ...schema, properties: { ...properties, [kind.key]: recordsArray } };
  const recordSchema: Schema = { $defs: schema.$defs, $ref: `#/$defs/${kind.definition}` };
  const arrayLimits = new Map<string, number>();
  const definition = isObject(schema.$defs) ? field(schema.$defs, kind.definition) : undefined;
  const fields = isObject(definition) ? field(definition, 'properties') : undefined;
  for (const [name, fieldSchema] of Object.entries(isObject(fields) ? fields : {})) {
    const limit = isObject(fieldSchema) ? field(fieldSchema, 'maxItems') : undefined;
    if (typeof limit === 'number') arrayLimits.set(name, limit);
  }
  const compiled: Compiled = {
    envelope: new Validator(envelopeSchema, '2020-12', false),
    envelopeSchema,
    record: new Validator(recordSchema, '2020-12', false),
    recordSchema,
    maxRecords: typeof maxItems === 'number' ? maxItems : 1000,
    arrayLimits,
  };
  compiledByKey.set(kind.key, compiled);
  return compiled;
}

const PILOTS: FileKind<Pilot> = {
  key: 'pilots',
  format: 'dpg-kit/pilots',
  schema: pilotsSchema,
  definition: 'pilot',
  check: checkPilot,
  build: buildPilot,
};

const COPS: FileKind<CommunityOfPractice> = {
  key: 'cops',
  format: 'dpg-kit/cops',
  schema: copsSchema,
  definition: 'cop',
  check: () => {},
  build: buildCop,
};

/** Collects errors up to MAX_ERRORS, then only counts them. */
class ErrorList {
  readonly errors: ValidationError[] = [];
  private dropped = 0;

  add(error: ValidationError): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push(error);
    else this.dropped += 1;
  }

  finish(): ValidationError[] {
    if (this.dropped > 0) {
      this.errors.push({ index: null, id: null, field: '', message: `${this.dropped} more problems are not listed; fix the ones above first` });
    }
    return this.errors;
  }
}

function validateFile<T>(kind: FileKind<T>, raw: unknown): { records: T[]; errors: ValidationError[]; source?: string; asOf?: string } {
  const errors = new ErrorList();
  const records: T[] = [];
  const fileLabel = `${kind.key} file`;
  const fileError = (path: Array<string | number>, message: string): void => {
    const field = formatPath(path);
    errors.add({ index: null, id: null, field, message: `${fileLabel}: ${field === '' ? '' : `${field} `}${message}` });
  };
  const result: { records: T[]; errors: ValidationError[]; source?: string; asOf?: string } = { records, errors: [] };
  try {
    const compiled = compile(kind as FileKind<unknown>);
    let list: unknown[] = [];
    if (Array.isArray(raw)) {
      fileError([], `should be an object with "format": "${kind.format}", "version": 1 and a "${kind.key}" array; the bare array was read as its ${kind.key}`);
      list = raw;
    } else if (!isObject(raw)) {
      fileError([], `should be an object with "format": "${kind.format}", "version": 1 and a "${kind.key}" array, got ${kindOf(raw)}`);
    } else {
      const envelope = compiled.envelope.validate(raw);
      const fileProblems: SchemaProblem[] = describeSchemaErrors(envelope.errors, compiled.envelopeSchema, raw);
      checkDate(field(raw, 'asOf'), ['asOf'], (path, message) => fileProblems.push({ path, message }));
      for (const problem of fileProblems) fileError(problem.path, problem.message);
      const source = field(raw, 'source');
      const asOf = field(raw, 'asOf');
      if (typeof source === 'string' && !fileProblems.some((p) => p.path[0] === 'source')) result.source = source;
      if (typeof asOf === 'string' && !fileProblems.some((p) => p.path[0] === 'asOf')) result.asOf = asOf;
      const value = field(raw, kind.key);
      if (Array.isArray(value)) list = value;
    }
    if (list.length > compiled.maxRecords) {
      fileError([kind.key], `has ${list.length} records; only the first ${compiled.maxRecords} were read`);
    }
    const firstIndexOfId = new Map<string, number>();
    const count = Math.min(list.length, compiled.maxRecords);
    for (let index = 0; index < count; index += 1) {
      const record = readRecord(kind, compiled, list[index], index, firstIndexOfId, errors);
      if (record !== undefined) records.push(record);
    }
  } catch (error) {
    // Only exotic inputs get here (a throwing getter or Proxy, a cycle the validator follows).
    fileError([], `could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  result.errors = errors.finish();
  return result;
}

/**
 * The record with each over-long array cut to one item past its limit. The schema still sees
 * that the array is too long, but neither the validator (whose error lists are built by
 * spreading, and overflow the stack at around a million items) nor the semantic checks walk a
 * hostile array to its end. Messages still quote the real length from the original record.
 */
function boundedView(record: Json, limits: ReadonlyMap<string, number>): Json {
  let view: Json | undefined;
  for (const [name, limit] of limits) {
    const value = field(record, name);
    if (Array.isArray(value) && value.length > limit + 1) {
      view ??= { ...record };
      view[name] = value.slice(0, limit + 1);
    }
  }
  return view ?? record;
}

/**
 * Orders a record's problems the way a reader scans the record: fields in the order their first
 * problem was found, and within a field by position, so the schema's and the semantic checks'
 * findings about `countries` interleave as `countries[0]`, `countries[1]`, ...
 */
function sortProblems(problems: SchemaProblem[]): SchemaProblem[] {
  const fieldRank = new Map<string | number | undefined, number>();
  for (const problem of problems) if (!fieldRank.has(problem.path[0])) fieldRank.set(problem.path[0], fieldRank.size);
  const compare = (a: SchemaProblem, b: SchemaProblem): number => {
    const byField = (fieldRank.get(a.path[0]) ?? 0) - (fieldRank.get(b.path[0]) ?? 0);
    if (byField !== 0) return byField;
    const x = a.path[1];
    const y = b.path[1];
    return typeof x === 'number' && typeof y === 'number' ? x - y : 0;
  };
  return [...problems].sort(compare);
}

/** Checks one record; returns it built when it has no problem, else reports and returns undefined. */
function readRecord<T>(
  kind: FileKind<T>,
  compiled: Compiled,
  value: unknown,
  index: number,
  firstIndexOfId: Map<string, number>,
  errors: ErrorList,
): T | undefined {
  const rawId = isObject(value) ? field(value, 'id') : undefined;
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : null;
  const prefix = `${kind.key}[${index}]${id === null ? '' : ` (id ${show(id)})`}`;
  const report: Report = (path, message) => {
    const field = formatPath(path);
    errors.add({ index, id, field, message: `${prefix}: ${field === '' ? '' : `${field} `}${message}` });
  };
  if (!isObject(value)) {
    report([], `should be an object, got ${kindOf(value)}`);
    return undefined;
  }
  const view = boundedView(value, compiled.arrayLimits);
  const problems: SchemaProblem[] = [];
  const collect: Report = (path, message) => problems.push({ path, message });
  try {
    const outcome = compiled.record.validate(view);
    for (const problem of describeSchemaErrors(outcome.errors, compiled.recordSchema, value)) problems.push(problem);
  } catch (error) {
    // A record a schema validator cannot walk (an undefined or function value from code, not JSON).
    collect([], `could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  kind.check(view, collect);
  if (id !== null) {
    const first = firstIndexOfId.get(id);
    if (first === undefined) firstIndexOfId.set(id, index);
    else collect(['id'], `${show(id)} is already used by ${kind.key}[${first}]`);
  }
  for (const problem of sortProblems(problems)) report(problem.path, problem.message);
  return problems.length === 0 ? kind.build(value) : undefined;
}

/**
 * Validates a pilots file (`format: "dpg-kit/pilots"`, see `schemas/pilots.schema.json`).
 *
 * Returns the pilots that passed every check and one {@link ValidationError} per problem, with
 * the record's position, id and field. A pilot with any problem is left out; a problem with the
 * file itself (wrong format, version, a bare array instead of the wrapper) is reported while the
 * records are still read. Never throws.
 */
export function validatePilotsFile(raw: unknown): PilotsValidation {
  const { records, ...rest } = validateFile(PILOTS, raw);
  return { pilots: records, ...rest };
}

/**
 * Validates a Communities of Practice file (`format: "dpg-kit/cops"`, see
 * `schemas/cops.schema.json`), with the same rules as {@link validatePilotsFile}. Never throws.
 */
export function validateCopsFile(raw: unknown): CopsValidation {
  const { records, ...rest } = validateFile(COPS, raw);
  return { cops: records, ...rest };
}
