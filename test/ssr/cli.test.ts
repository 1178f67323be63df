// dpg-kit-render, the server renderer on the command line, run as a partner runs it (the built
// bin, in a child process), and the element specs it reads.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { isDpgError } from '@dpg-kit/sdk';
import { parseElementSpec } from '../../packages/elements/dist/ssr/index.js';

const BIN = 'packages/elements/dist/ssr/cli.js';

/** Runs the bin; resolves with its exit code and output whatever the code. */
async function render(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { timeout: 30_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('dpg-kit-render', () => {
  it('prints a card as HTML with declarative shadow DOM', async () => {
    const { code, stdout } = await render('dpg-card dpg-id=dhis2 variant=full');
    assert.equal(code, 0);
    assert.match(stdout, /^<dpg-card\s+dpg-id="dhis2" variant="full"><template [^>]*shadowrootmode="open"><link rel="stylesheet" href="\/cdn\/ssr\/dpg-card\.css">/);
    assert.match(stdout, /DPG Standard/);
    assert.match(stdout, /<\/dpg-card>\n$/);
  });

  it('prints several elements in order, with quoted values and the style sheets folder given', async () => {
    const { code, stdout } = await render('dpg-badge dpg-id=dhis2', `dpg-cop-table caption="Our communities" status='complete'`, '--stylesheets', 'https://cdn.example/dpg/ssr/');
    assert.equal(code, 0);
    assert.ok(stdout.indexOf('<dpg-badge') < stdout.indexOf('<dpg-cop-table'));
    assert.match(stdout, /href="https:\/\/cdn\.example\/dpg\/ssr\/dpg-cop-table\.css"/);
    assert.match(stdout, /Our communities/);
    assert.doesNotMatch(stdout, /In progress<!--\/lit-part--><\/span>/, 'only complete communities');
  });

  it('inlines the styles with --styles inline', async () => {
    const { code, stdout } = await render('dpg-badge dpg-id=dhis2', '--styles', 'inline');
    assert.equal(code, 0);
    assert.match(stdout, /<template [^>]*><style>/);
    assert.equal((await render('dpg-badge dpg-id=dhis2', '--styles', 'external')).code, 2);
  });

  it('reads DPGs from a registry file', async () => {
    const { code, stdout } = await render('dpg-card dpg-id=dhis2', '--registry', 'test/fixtures/registry/dpg-kit.json');
    assert.equal(code, 0);
    assert.match(stdout, /Health information system\./);
  });

  it('says what is wrong: usage errors exit 2, a failed load exits 1', async () => {
    const unknownTag = await render('dpg-pilot-map');
    assert.equal(unknownTag.code, 2);
    assert.match(unknownTag.stderr, /does not start with a tag that renders on the server: dpg-card, dpg-badge/);
    const nothing = await render();
    assert.equal(nothing.code, 2);
    assert.match(nothing.stderr, /name an element to render/);
    const unknownOption = await render('dpg-card', '--registy', 'x');
    assert.equal(unknownOption.code, 2);
    const missing = await render('dpg-card dpg-id=dhis2', '--registry', 'test/fixtures/registry/no-such-file.json');
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no-such-file\.json: cannot read it as JSON/);
    const help = await render('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: dpg-kit-render/);
  });
});

describe('parseElementSpec', () => {
  it('reads a tag, values plain or quoted, and bare boolean attributes', () => {
    assert.deepEqual(parseElementSpec(`  dpg-cop-table caption="Our CoPs, 2026" sort-by='status' hidden  `), {
      tag: 'dpg-cop-table',
      attributes: { caption: 'Our CoPs, 2026', 'sort-by': 'status', hidden: true },
    });
    assert.deepEqual(parseElementSpec('dpg-card dpg-id='), { tag: 'dpg-card', attributes: { 'dpg-id': '' } });
  });

  it('refuses what it cannot read with invalid-query', () => {
    for (const spec of ['', 'dpg-registry', 'dpg-card=x', 'dpg-card caption="open']) {
      assert.throws(() => parseElementSpec(spec), (error: unknown) => isDpgError(error, 'invalid-query'), spec);
    }
  });
});
