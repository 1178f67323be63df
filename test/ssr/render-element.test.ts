// Server rendering of the elements (@dpg-kit/elements/ssr), through the built package: what
// the HTML holds, that it is what the client's data says, and that it asks nothing of the CSP.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient, getDefaultClient, isDpgError, snapshotSource, type RegistrySource } from '@dpg-kit/sdk';
import { renderElement, stylesheetText, SERVER_ELEMENTS, type ServerTag } from '../../packages/elements/dist/ssr/index.js';

/** The visible text of server HTML: tags and markers out, entities read, spaces squeezed. */
function textOf(markup: string): string {
  return markup
    .replace(/<link[^>]*>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What no page under `style-src 'self'; script-src 'self'` may be given. */
function assertStrictCspSafe(markup: string): void {
  assert.doesNotMatch(markup, /<style/i);
  assert.doesNotMatch(markup, /\sstyle=/i);
  assert.doesNotMatch(markup, /<script/i);
  assert.doesNotMatch(markup, /\son[a-z]+=/i);
}

describe('renderElement', () => {
  const client = getDefaultClient();

  it('renders a compact card with its shadow root, its style sheet link and the good', async () => {
    const html = await renderElement('dpg-card', { 'dpg-id': 'dhis2' });
    const dpg = await client.dpgs.get('dhis2');
    assert.match(html, /^<dpg-card\s+dpg-id="dhis2" variant="compact"><template shadowroot="open" shadowrootmode="open">/);
    assert.match(html, /<link rel="stylesheet" href="\/cdn\/ssr\/dpg-card\.css">/);
    const text = textOf(html);
    assert.ok(text.startsWith(`${dpg.name} Digital Public Good`), text.slice(0, 80));
    assert.ok(text.includes(dpg.description!), 'the description');
    assert.ok(!text.includes('DPG Standard'), 'no indicators in the compact card');
    assertStrictCspSafe(html);
  });

  it('renders the full card with its indicators and pilots, and the SDG colours through the style sheet', async () => {
    const html = await renderElement('dpg-card', { 'dpg-id': 'dhis2', variant: 'full' }, { stylesheets: 'https://cdn.example/ssr/' });
    assert.match(html, /href="https:\/\/cdn\.example\/ssr\/dpg-card\.css"/);
    const pilots = await client.dpgs.pilots('dhis2');
    assert.ok(pilots.length > 0);
    for (const pilot of pilots) assert.ok(textOf(html).includes(pilot.title), pilot.title);
    const swatches = [...html.matchAll(/data-server-style="([^"]+)"/g)].map((match) => match[1]!);
    assert.ok(swatches.length > 0, 'the SDG chips keep their colours');
    const css = stylesheetText('dpg-card');
    for (const swatch of swatches) assert.ok(css.includes(`[data-server-style="${swatch}"] { ${swatch}; }`), swatch);
    assertStrictCspSafe(html);
  });

  it('renders a badge in the language of its lang attribute', async () => {
    const html = await renderElement('dpg-badge', { 'dpg-id': 'dhis2', lang: 'fr' });
    // The name sits between first-strong isolates, so a right-to-left page keeps it whole.
    assert.match(textOf(html), /^Bien public numérique : \u2068DHIS2\u2069 dans le registre/);
    assert.match(html, /href="https:\/\/www\.digitalpublicgoods\.net\/r\/dhis2"/);
    assertStrictCspSafe(html);
  });

  it('renders the CoP table with every community, sorted as asked', async () => {
    const html = await renderElement('dpg-cop-table', { 'sort-by': 'priorityArea' });
    const cops = await client.cops.list();
    const text = textOf(html);
    const positions = cops.map((cop) => text.indexOf(cop.priorityArea));
    assert.ok(positions.every((position) => position >= 0), 'every community');
    const sorted = [...cops].sort((a, b) => a.priorityArea.localeCompare(b.priorityArea, 'en')).map((cop) => text.indexOf(cop.priorityArea));
    assert.deepEqual(sorted, [...sorted].sort((a, b) => a - b));
    assertStrictCspSafe(html);
  });

  it('renders the pilot list filtered by its attributes', async () => {
    const html = await renderElement('dpg-pilot-list', { country: 'gm', 'group-by': 'pilot' });
    const shown = await client.pilots.list({ country: ['GM'] });
    const others = (await client.pilots.list()).filter((pilot) => !shown.some((each) => each.id === pilot.id));
    assert.ok(shown.length > 0 && others.length > 0);
    for (const pilot of shown) assert.ok(textOf(html).includes(pilot.title), pilot.title);
    for (const pilot of others) assert.ok(!textOf(html).includes(pilot.title), pilot.title);
    assertStrictCspSafe(html);
  });

  it('puts the styles in a <style> element when asked, for pages that allow inline styles', async () => {
    const html = await renderElement('dpg-card', { 'dpg-id': 'dhis2' }, { styles: 'inline' });
    assert.doesNotMatch(html, /<link/);
    const inline = /<template [^>]*><style>([^<]*)<\/style>/.exec(html)?.[1];
    assert.equal(inline, stylesheetText('dpg-card'));
    await assert.rejects(
      () => renderElement('dpg-card', {}, { styles: 'external' as 'inline' }),
      (error: unknown) => isDpgError(error, 'invalid-query'),
    );
  });

  it('renders from a given client', async () => {
    const renamed: RegistrySource = {
      name: 'renamed snapshot',
      async load(options) {
        const data = await snapshotSource().load(options);
        return { ...data, records: data.records.map((record) => (record.id === 'dhis2' ? { ...record, name: 'DHIS2 from the given client' } : record)) };
      },
    };
    const html = await renderElement('dpg-card', { 'dpg-id': 'dhis2' }, { client: createClient({ registry: renamed }) });
    assert.ok(textOf(html).startsWith('DHIS2 from the given client'));
  });

  it('renders an unknown id as the card does: not found', async () => {
    const html = await renderElement('dpg-card', { 'dpg-id': 'no-such-good' });
    assert.match(html, /part="not-found"/);
    assert.ok(textOf(html).includes('no-such-good'));
  });

  it('escapes attribute values and writes boolean attributes bare or not at all', async () => {
    const html = await renderElement('dpg-card', { 'dpg-id': '"><script>x</script>', hidden: true, inert: false });
    assert.match(html, /dpg-id="&quot;&gt;&lt;script&gt;x&lt;\/script&gt;"/);
    assert.match(html, /\shidden[\s>]/);
    assert.doesNotMatch(html, /inert/);
    assertStrictCspSafe(html);
  });

  it('refuses a tag it does not render and an attribute name that is not one, with invalid-query', async () => {
    for (const call of [() => renderElement('dpg-pilot-map' as ServerTag), () => renderElement('dpg-card', { 'on click': 'x' })]) {
      await assert.rejects(call, (error: unknown) => isDpgError(error) && error.code === 'invalid-query');
    }
  });

  it('gives each element a style sheet holding its shadow styles', () => {
    for (const tag of Object.keys(SERVER_ELEMENTS) as ServerTag[]) {
      const css = stylesheetText(tag);
      assert.ok(css.includes(':host'), tag);
      assert.ok(css.length > 1000, tag);
    }
  });
});
