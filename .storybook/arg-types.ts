/**
 * The Docs table and Controls of an element, read from the Custom Elements Manifest.
 *
 * Storybook's own reader keys every row by its bare name, so a part named like an attribute
 * (the CoP table's `status` and `caption`) or a slot named like a part (`loading`, `error`)
 * overwrites the other row, and every part and custom property gets an object control. Here
 * each kind has its own category and key, parts and slots are listed without a control, and
 * each `--dpg-*` custom property gets a colour or text control (the token decorator applies it).
 */
import type { ArgTypes, InputType } from 'storybook/internal/types';
import { PALETTE } from '../packages/elements/src/base/theme.styles.js';

interface Described {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text: string };
}
interface Member extends Described {
  kind: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
}
interface Attribute extends Described {
  fieldName?: string;
}
interface Declaration {
  kind?: string;
  name?: string;
  tagName?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

export const CATEGORY = {
  attributes: 'attributes',
  properties: 'properties',
  methods: 'methods',
  events: 'events',
  slots: 'slots',
  parts: 'CSS parts',
  tokens: 'CSS custom properties',
} as const;

/** A row to read, not to set (the object form: extracted rows are not normalised, and a bare
 * `false` makes the table offer "Setup controls"). */
export const NO_CONTROL = { disable: true } as const;

/** Defaults longer than this are source code (a controller's set-up), not a value a reader sets. */
const LONGEST_DEFAULT = 40;

const shortDefault = (value: string | undefined) =>
  value !== undefined && value.length <= LONGEST_DEFAULT && !value.includes('\n') ? { summary: value } : undefined;

/** `'a' | 'b' | undefined` → `['a', 'b']`; null when the type is not a union of string literals. */
export function stringOptions(typeText: string | undefined): string[] | null {
  if (!typeText) return null;
  const alternatives = typeText.split('|').map((each) => each.trim()).filter((each) => each !== 'undefined');
  const literals = alternatives.map((each) => /^'([^']*)'$/.exec(each)?.[1]);
  return literals.length > 0 && literals.every((each) => each !== undefined) ? (literals as string[]) : null;
}

function attributeRow(attribute: Attribute): InputType {
  const typeText = attribute.type?.text;
  const options = stringOptions(typeText);
  const plain = typeText?.replace(/\s*\|\s*undefined$/, '');
  // Object form: rows from an extractor are not normalised, and a bare string shows no control.
  let control: InputType['control'] = NO_CONTROL;
  if (options) control = { type: options.length <= 4 ? 'inline-radio' : 'select' };
  else if (plain === 'string') control = { type: 'text' };
  else if (plain === 'number') control = { type: 'number' };
  else if (plain === 'boolean') control = { type: 'boolean' };
  return {
    name: attribute.name,
    description: attribute.description,
    control,
    ...(options ? { options } : {}),
    table: { category: CATEGORY.attributes, type: { summary: typeText ?? 'string' }, defaultValue: shortDefault(attribute.default) },
  };
}

/** Every element takes the global `lang` attribute; the manifest lists only its own attributes. */
const LANG_ROW: InputType = {
  name: 'lang',
  description: "The element's language (`en`, `fr`, `es`, `pt`, `ar`); unset, the nearest ancestor's `lang`. The toolbar sets it around the story.",
  control: { type: 'select' },
  options: ['en', 'fr', 'es', 'pt', 'ar'],
  table: { category: CATEGORY.attributes, type: { summary: 'string' } },
};

function listedRow(item: Described, category: string, name = item.name): InputType {
  return { name, description: item.description, control: NO_CONTROL, table: { category, type: item.type ? { summary: item.type.text } : undefined } };
}

/** System colour tokens and their [light, dark] defaults. */
const SYSTEM_COLOURS = new Map(PALETTE.map(([name, light, dark]) => [`--dpg-color-${name}`, [light, dark] as const]));

/** A colour token: a system colour, or a component token whose default is one. */
export const isColourToken = (token: Described) => SYSTEM_COLOURS.has(token.name) || /\(default: `--dpg-color-/.test(token.description ?? '');

function tokenRow(token: Described): InputType {
  const scheme = SYSTEM_COLOURS.get(token.name);
  return {
    name: token.name,
    description: token.description,
    control: isColourToken(token) ? { type: 'color' } : { type: 'text' },
    table: {
      category: CATEGORY.tokens,
      type: { summary: isColourToken(token) ? '<color>' : 'CSS value' },
      defaultValue: scheme ? { summary: `light ${scheme[0]}, dark ${scheme[1]}` } : shortDefault(token.default),
    },
  };
}

function declarationOf(tag: string, manifest: Manifest): Declaration | undefined {
  for (const mod of manifest.modules) {
    const found = mod.declarations?.find((declaration) => declaration.tagName === tag);
    if (found) return found;
  }
  return undefined;
}

/** Every row of `tag`'s Docs table, one key per row, none overwriting another. */
export function manifestArgTypes(tag: string, manifest: Manifest): ArgTypes {
  const element = declarationOf(tag, manifest);
  if (!element) return {};
  const rows: ArgTypes = { lang: LANG_ROW };
  const attributeFields = new Set<string>();
  for (const attribute of element.attributes ?? []) {
    rows[attribute.name] = attributeRow(attribute);
    if (attribute.fieldName) attributeFields.add(attribute.fieldName);
  }
  for (const member of element.members ?? []) {
    if (member.static || attributeFields.has(member.name)) continue;
    if (member.kind === 'method') rows[`method:${member.name}`] = listedRow(member, CATEGORY.methods, `${member.name}()`);
    else rows[`property:${member.name}`] = { ...listedRow(member, CATEGORY.properties), description: `${member.description ?? ''}${member.readonly ? ' (read-only)' : ''}` };
  }
  for (const event of element.events ?? []) rows[`event:${event.name}`] = listedRow(event, CATEGORY.events);
  for (const slot of element.slots ?? []) rows[`slot:${slot.name}`] = listedRow(slot, CATEGORY.slots, slot.name || '(default)');
  for (const part of element.cssParts ?? []) rows[`part:${part.name}`] = listedRow(part, CATEGORY.parts);
  for (const token of element.cssProperties ?? []) rows[token.name] = tokenRow(token);
  return rows;
}
