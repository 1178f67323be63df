#!/usr/bin/env node
/// <reference types="node" />
/**
 * `dpg-kit-render`: elements rendered on the server, as HTML on standard output.
 *
 *   npx -p @dpg-kit/elements dpg-kit-render 'dpg-card dpg-id=dhis2' > card.html
 *
 * Exit codes: 0 done, 1 loading failed, 2 wrong usage.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { adaptAny, createClient, DpgError, httpSource, isDpgError, type RegistrySource } from '@dpg-kit/sdk';
import { parseElementSpec } from './element-spec.js';
import { renderElement } from './render-element.js';
import { SERVER_ELEMENTS } from './tags.js';

const USAGE = `Usage: dpg-kit-render '<tag> [name=value ...]' ['<tag> ...' ...] [options]

Prints each element rendered on the server: HTML with declarative shadow DOM, to paste into a
page that loads dpg-kit-hydrate.js and then dpg-kit.js (or none: the HTML shows without them).

Tags: ${Object.keys(SERVER_ELEMENTS).join(', ')}
Example: dpg-kit-render 'dpg-card dpg-id=dhis2 variant=full lang=fr' > card.html

Options:
  --registry SRC      DPGs from a registry file or http(s) URL instead of the embedded snapshot
  --stylesheets URL   the folder of the elements' style sheets as the page sees it (default /cdn/ssr/)
  --styles inline     the styles in a <style> element instead, for pages that allow inline styles
  --help              this text`;

/** A registry file on disk or an http(s) URL. */
function registrySource(src: string): RegistrySource {
  if (/^https?:\/\//i.test(src)) return httpSource(src);
  return {
    name: src,
    async load() {
      let raw: unknown;
      try {
        raw = JSON.parse(await readFile(src, 'utf8'));
      } catch (error) {
        throw new DpgError('parse', `${src}: cannot read it as JSON: ${(error as Error).message}`, { cause: error });
      }
      const { records, issues, asOf } = adaptAny(raw);
      return { records, issues, meta: { source: src, ...(asOf ? { asOf } : {}) } };
    },
  };
}

async function main(argv: string[]): Promise<number> {
  let values: { registry?: string | undefined; stylesheets?: string | undefined; styles?: string | undefined; help?: boolean | undefined };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { registry: { type: 'string' }, stylesheets: { type: 'string' }, styles: { type: 'string' }, help: { type: 'boolean' } },
    }));
  } catch (error) {
    console.error(`dpg-kit-render: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    console.error(`dpg-kit-render: name an element to render.\n\n${USAGE}`);
    return 2;
  }
  try {
    const specs = positionals.map(parseElementSpec);
    const client = createClient(values.registry ? { registry: registrySource(values.registry) } : {});
    const options = {
      client,
      ...(values.stylesheets ? { stylesheets: values.stylesheets } : {}),
      ...(values.styles ? { styles: values.styles as 'link' | 'inline' } : {}),
    };
    for (const { tag, attributes } of specs) process.stdout.write(`${await renderElement(tag, attributes, options)}\n`);
    return 0;
  } catch (error) {
    console.error(`dpg-kit-render: ${(error as Error).message}`);
    return isDpgError(error, 'invalid-query') ? 2 : 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
