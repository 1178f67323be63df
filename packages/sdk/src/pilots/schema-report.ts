/**
 * Turns the output of @cfworker/json-schema into sentences a partner can act on.
 *
 * The validator answers with JSON pointers and terse texts ("String does not match pattern.").
 * A partner fixing their file needs the field, the value they wrote and what was expected, so
 * each leaf error is looked up in the schema it came from and described with the schema's own
 * `description`: the published schema stays the one place that says what a field must be.
 */

import type { OutputUnit, Schema } from '@cfworker/json-schema';
import { field, isObject } from '../adapters/values.js';
import { redactEmails } from '../normalize/text.js';

/** One schema problem: where in the record (field path) and what is wrong (message). */
export interface SchemaProblem {
  path: Array<string | number>;
  message: string;
}

// These only say that something below them failed; the errors below say what.
const SUMMARY_KEYWORDS = new Set([
  '$ref',
  'properties',
  'items',
  'prefixItems',
  'additionalProperties',
  'allOf',
  'anyOf',
  'oneOf',
  'if',
  'then',
  'else',
]);

const MAX_SHOWN_CHARS = 60;

/** A JSON object as read: any keys, unknown values. */
export type Json = Record<string, unknown>;

/** Receives one problem: the field path inside the record and what is wrong. */
export type Report = (path: Array<string | number>, message: string) => void;

function pointerSegments(pointer: string): string[] {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (body === '') return [];
  return body
    .split('/')
    .slice(1)
    .map((segment) => {
      let decoded = segment;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        // Keep the raw segment: a readable path beats none.
      }
      return decoded.replace(/~1/g, '/').replace(/~0/g, '~');
    });
}

/** Walks an instance along pointer segments, returning the path (array indexes as numbers) and the value found. */
function locate(instance: unknown, segments: string[]): { path: Array<string | number>; value: unknown } {
  const path: Array<string | number> = [];
  let value = instance;
  for (const segment of segments) {
    if (Array.isArray(value)) {
      const index = Number(segment);
      path.push(index);
      value = value[index];
    } else {
      path.push(segment);
      value = isObject(value) ? field(value, segment) : undefined;
    }
  }
  return { path, value };
}

/** Follows a keyword location through the schema, jumping across local `$ref`s as the validator did. */
function schemaNodeAt(root: Schema, segments: string[]): Json | undefined {
  let node: unknown = root;
  for (const segment of segments) {
    if (!isObject(node)) return undefined;
    if (segment === '$ref') {
      const ref = field(node, '$ref');
      node = typeof ref === 'string' && ref.startsWith('#') ? schemaNodeAt(root, pointerSegments(ref)) : undefined;
    } else {
      node = field(node, segment);
    }
  }
  return isObject(node) ? node : undefined;
}

/** The description of a property's schema, looking through a `$ref` to the definition it names. */
function descriptionOf(root: Schema, node: unknown): string | undefined {
  if (!isObject(node)) return undefined;
  const description = field(node, 'description');
  if (typeof description === 'string') return description;
  const ref = field(node, '$ref');
  if (typeof ref === 'string' && ref.startsWith('#')) {
    return descriptionOf(root, schemaNodeAt(root, pointerSegments(ref)));
  }
  return undefined;
}

/** A value as it would appear in a message: strings quoted and shortened, containers named. */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN_CHARS ? `${value.slice(0, MAX_SHOWN_CHARS)}…` : value;
    // Messages become Issues a page may list: they quote no one's e-mail address.
    return JSON.stringify(redactEmails(shown));
  }
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (value === undefined) return 'nothing';
  return String(value);
}

/** What a value is, for "expected X, got Y". */
export function kindOf(value: unknown): string {
  if (typeof value === 'string') return `the text ${show(value)}`;
  if (typeof value === 'number') return `the number ${show(value)}`;
  return show(value);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  null: 'null',
};

function typeWords(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return types.map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(' or ');
}

function describe(unit: OutputUnit, node: Json | undefined, value: unknown, root: Schema): string {
  const keywordValue = node === undefined ? undefined : field(node, unit.keyword);
  const description = node === undefined ? undefined : descriptionOf(root, node);
  switch (unit.keyword) {
    case 'type':
      return `should be ${typeWords(keywordValue)}, got ${kindOf(value)}`;
    case 'enum':
      return Array.isArray(keywordValue)
        ? `${show(value)} is not one of ${keywordValue.map((v) => JSON.stringify(v)).join(', ')}`
        : `${show(value)} is not an allowed value`;
    case 'const':
      return `${show(value)} should be ${JSON.stringify(keywordValue)}`;
    case 'pattern':
      if (keywordValue === '\\S') return 'must not be blank';
      return description === undefined
        ? `${show(value)} does not have the expected form ${String(keywordValue)}`
        : `${show(value)} is not ${description}`;
    case 'minLength':
      return keywordValue === 1 ? 'must not be empty' : `is shorter than ${String(keywordValue)} characters`;
    case 'maxLength':
      return `is too long: ${typeof value === 'string' ? value.length : '?'} characters, at most ${String(keywordValue)}`;
    case 'maxItems':
      return `has too many items: ${Array.isArray(value) ? value.length : '?'}, at most ${String(keywordValue)}`;
    case 'minItems':
      return `needs at least ${String(keywordValue)} item(s)`;
    default:
      return unit.error;
  }
}

/**
 * Describes the leaf errors of one validation. `instance` is the value that was validated and
 * `root` the schema the validator was built on, so locations resolve against both.
 */
export function describeSchemaErrors(errors: readonly OutputUnit[], root: Schema, instance: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const unit of errors) {
    if (SUMMARY_KEYWORDS.has(unit.keyword)) continue;
    const keywordSegments = pointerSegments(unit.keywordLocation);
    const node = schemaNodeAt(root, keywordSegments.slice(0, -1));
    const { path, value } = locate(instance, pointerSegments(unit.instanceLocation));
    if (unit.keyword === 'required') {
      const missing = /required property "(.*)"/.exec(unit.error)?.[1] ?? '?';
      const properties = node === undefined ? undefined : field(node, 'properties');
      const expected = isObject(properties) ? descriptionOf(root, field(properties, missing)) : undefined;
      problems.push({
        path: [...path, missing],
        message: expected === undefined ? 'is missing' : `is missing: expected ${expected}`,
      });
      continue;
    }
    problems.push({ path, message: describe(unit, node, value, root) });
  }
  return problems;
}

/** A field path as people write it: `countries[1]`, `dpgs[0].name`, `["odd key"]`. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) text += text === '' ? part : `.${part}`;
    else text += `[${JSON.stringify(part)}]`;
  }
  return text;
}
