/**
 * What Storybook's docs show: the manifest's public surface, the Docs table rows built from it,
 * the Tokens page's rows, and the "Show code" snippet. Reads the manifest that
 * `npm run manifest` writes (the first step of `npm test`).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { manifestArgTypes, type Manifest } from '../../.storybook/arg-types.js';
import { eventNames } from '../../.storybook/event-log.js';
import { SCRIPT_TAG, snippet } from '../../.storybook/source-snippet.js';
import { themeStyles } from '../../packages/elements/src/base/theme.styles.js';
import { componentTokens, systemTokens } from '../../stories/docs/token-rows.js';

const MANIFEST = 'packages/elements/custom-elements.json';
assert.ok(existsSync(MANIFEST), `${MANIFEST} is missing: run \`npm run manifest\` first`);
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest & {
  modules: { declarations?: { tagName?: string; members?: { name: string; privacy?: string; static?: boolean; default?: string }[]; attributes?: { name: string; default?: string }[] }[] }[];
};
const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((declaration) => declaration.tagName);

/** Names of members whose doc comment says `@internal`, read from the element sources. */
function internalNames(dir = 'packages/elements/src'): Set<string> {
  const names = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) internalNames(path).forEach((name) => names.add(name));
    else if (path.endsWith('.ts') && !path.endsWith('.styles.ts')) {
      const source = readFileSync(path, 'utf8');
      const tagged = /\/\*\*(?:(?!\*\/)[\s\S])*@internal(?:(?!\*\/)[\s\S])*\*\/\s*(?:@[\w.]+\([^)]*\)\s*)*(?:(?:static|readonly|protected|private|public|override|get|abstract)\s+)*(\w+)/g;
      for (const match of source.matchAll(tagged)) names.add(match[1]!);
    }
  }
  return names;
}

describe('the manifest documents only what a page may use', () => {
  test('it lists every element', () => {
    assert.deepEqual(elements.map((element) => element.tagName).sort(), ['dpg-badge', 'dpg-card', 'dpg-cop-table', 'dpg-pilot-list', 'dpg-pilot-map', 'dpg-provider', 'dpg-registry']);
  });

  test('no member marked @internal, private or protected, and no static member', () => {
    const internal = internalNames();
    for (const name of ['version', 'providedClient', 'client', 'data', 'emit', 'i18n']) assert.ok(internal.has(name), `${name} is marked @internal`);
    for (const element of elements) {
      for (const member of element.members ?? []) {
        const where = `${element.tagName}.${member.name}`;
        assert.equal(member.privacy, undefined, `${where} is ${member.privacy}`);
        assert.ok(!member.static, `${where} is static`);
        // The provider's `client` is its public property; the base class's `client` getter is internal.
        if (!(element.tagName === 'dpg-provider' && member.name === 'client')) assert.ok(!internal.has(member.name), `${where} is @internal`);
      }
    }
  });

  test('the internal members seen in the docs tables are gone', () => {
    const listed = new Set(elements.flatMap((element) => (element.members ?? []).map((member) => member.name)));
    for (const name of ['expanded', 'observed', 'descriptionText', 'level', 'version', 'providedClient', 'data', 'resizeObserver', 'drag']) {
      assert.ok(!listed.has(name), `${name} is still listed`);
    }
    assert.ok(listed.has('state') && listed.has('retry') && listed.has('loadComplete'), 'the public API stays');
  });

  test('no default is source code', () => {
    for (const element of elements) {
      for (const item of [...(element.members ?? []), ...(element.attributes ?? [])]) {
        if (item.default) assert.ok(item.default.length <= 40 && !item.default.includes('\n'), `${element.tagName}.${item.name} = ${item.default}`);
      }
    }
  });
});

describe('the Docs table rows', () => {
  const table = manifestArgTypes('dpg-cop-table', manifest);

  test('an attribute and a part of the same name each keep their row', () => {
    for (const name of ['status', 'caption']) {
      assert.equal(table[name]?.table?.category, 'attributes');
      assert.equal(table[`part:${name}`]?.table?.category, 'CSS parts');
      assert.equal(table[`part:${name}`]?.name, name);
    }
    assert.deepEqual(table.caption?.control, { type: 'text' });
  });

  test('slots are listed next to the parts of the same name', () => {
    assert.equal(table['slot:loading']?.table?.category, 'slots');
    assert.equal(table['slot:error']?.table?.category, 'slots');
    assert.equal(table['part:error']?.table?.category, 'CSS parts');
    assert.equal(manifestArgTypes('dpg-provider', manifest)['slot:']?.name, '(default)');
  });

  test('parts, slots and events have no control; colour tokens get a colour picker', () => {
    for (const tag of elements.map((element) => element.tagName!)) {
      for (const [key, row] of Object.entries(manifestArgTypes(tag, manifest))) {
        if (/^(part|slot|event|method|property):/.test(key)) assert.deepEqual(row.control, { disable: true }, `${tag} ${key}`);
        if (key.startsWith('--dpg-color-')) assert.deepEqual(row.control, { type: 'color' }, `${tag} ${key}`);
        if (key.startsWith('--dpg-')) assert.equal(row.table?.category, 'CSS custom properties');
      }
    }
    const card = manifestArgTypes('dpg-card', manifest);
    assert.deepEqual(card['--dpg-card-background']?.control, { type: 'color' });
    assert.deepEqual(card['--dpg-card-radius']?.control, { type: 'text' });
    assert.deepEqual(card['dpg-id']?.control, { type: 'text' });
    const registry = manifestArgTypes('dpg-registry', manifest);
    assert.deepEqual([registry.expand?.control, registry.expand?.options], [{ type: 'inline-radio' }, ['inline', 'none']]);
    assert.deepEqual(registry['sync-url']?.control, { type: 'boolean' });
    assert.equal(card['property:state']?.table?.category, 'properties');
  });

  test('an unknown tag has no rows', () => {
    assert.deepEqual(manifestArgTypes('dpg-nothing', manifest), {});
  });
});

test('the Actions panel hears every event of every element', () => {
  assert.deepEqual(eventNames(manifest), ['dpg-change', 'dpg-country-select', 'dpg-error', 'dpg-filter', 'dpg-load', 'dpg-select', 'dpg-sort']);
});

describe('the Tokens page', () => {
  const system = systemTokens();
  const all = new Map([...system, ...componentTokens(system)].map((row) => [row.name, row]));

  test('it lists every token theme.styles.ts reads, with its light and dark value', () => {
    const read = new Set([...themeStyles.cssText.matchAll(/--dpg-[\w-]+/g)].map((match) => match[0]));
    assert.ok(read.size >= 16, `${read.size} tokens read`);
    for (const name of read) {
      const row = system.find((each) => each.name === name);
      assert.ok(row, `${name} is on the Tokens page`);
      assert.ok(row.light && row.dark, `${name} has both values`);
    }
    const surface = system.find((row) => row.name === '--dpg-color-surface');
    assert.deepEqual([surface?.light, surface?.dark, surface?.colour], ['#ffffff', '#16191d', true]);
    assert.equal(system.find((row) => row.name === '--dpg-radius')?.dark, '0.5rem');
  });

  test('it lists every custom property of the manifest', () => {
    for (const element of manifest.modules.flatMap((mod) => mod.declarations ?? [])) {
      for (const property of (element as { cssProperties?: { name: string }[] }).cssProperties ?? []) {
        assert.ok(all.has(property.name), `${property.name} is on the Tokens page`);
      }
    }
    assert.deepEqual(all.get('--dpg-card-background')?.elements, ['dpg-card']);
    assert.equal(all.get('--dpg-card-background')?.dark, '#16191d');
  });

  test('the page is drawn from those rows', () => {
    const page = readFileSync('stories/Tokens.mdx', 'utf8');
    assert.match(page, /rows=\{systemTokens\(\)\}/);
    assert.match(page, /rows=\{componentTokens\(\)\}/);
  });

  test('with the dark rule missing, a token keeps its light value', () => {
    assert.deepEqual(systemTokens(':host { --_x: var(--dpg-color-x, #123456); }').map((row) => [row.light, row.dark]), [['#123456', '#123456']]);
  });
});

describe('the "Show code" snippet', () => {
  test('starts with the script tag and has no inline style or empty attribute', () => {
    const code = snippet('<div style="max-width: 300px"><dpg-registry\n  q=""\n  sdg="4"\n  sort="relevance"\n  style="margin: 0"\n></dpg-registry></div>\n\n');
    assert.equal(code, `${SCRIPT_TAG}\n\n<div><dpg-registry sdg="4" sort="relevance"></dpg-registry></div>`);
    // Storybook applies the transform twice to a story's snippet on the Docs page.
    assert.equal(snippet(code), code);
    assert.match(SCRIPT_TAG, /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/@dpg-kit\/elements@\d+\.\d+\.\d+[^"]*\/dist\/cdn\/dpg-kit\.js"><\/script>$/);
  });
});
