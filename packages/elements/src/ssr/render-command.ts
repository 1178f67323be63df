/**
 * The render command, shared by `dpg-kit-render` (this package's bin) and `dpg-kit render`
 * (the SDK's command line, which loads this module when the package is installed): elements
 * rendered on the server, as HTML on standard output.
 *
 * Exit codes: 0 done, 1 loading failed, 2 wrong usage.
 */
import { parseArgs } from 'node:util';
import { createClient, isDpgError } from '@dpg-kit/sdk';
import { registryArgSource } from '@dpg-kit/sdk/node';
import { parseElementSpec } from './element-spec.js';
import { headLinks } from './head-links.js';
import { renderElement } from './render-element.js';
import { SERVER_ELEMENTS } from './tags.js';

function usage(program: string): string {
  return `Usage: ${program} '<tag> [name=value ...]' ['<tag> ...' ...] [options]

Prints each element rendered on the server: HTML with declarative shadow DOM, to paste into a
page that loads dpg-kit-hydrate.js and then dpg-kit.js (or none: the HTML shows without them).

Tags: ${Object.keys(SERVER_ELEMENTS).join(', ')}
Example: ${program} 'dpg-card dpg-id=dhis2 variant=full lang=fr' > card.html

Options:
  --head              print what the page's <head> needs instead: a preload of each element's
                      style sheet and the two scripts (e.g. ${program} --head dpg-card dpg-badge)
  --registry SRC      DPGs from a registry file or http(s) URL instead of the embedded snapshot
  --cdn URL           the folder of dpg-kit.js as the page sees it (default /cdn/)
  --stylesheets URL   the folder of the elements' style sheets as the page sees it (default: ssr/ in --cdn)
  --styles inline     the styles in a <style> element instead, for pages that allow inline styles
  --help              this text`;
}

export interface RenderCommandOptions {
  /** How the command is called, in its messages. Default `dpg-kit-render`. */
  program?: string;
  /** Where the HTML goes. Default: standard output. */
  write?: (text: string) => void;
  /** Where messages go. Default: standard error. */
  warn?: (text: string) => void;
}

/** Runs the command on its arguments (without the program's name); resolves the exit code. */
export async function runRenderCommand(argv: readonly string[], options: RenderCommandOptions = {}): Promise<number> {
  const program = options.program ?? 'dpg-kit-render';
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  const warn = options.warn ?? ((text: string) => console.error(text));
  let values: { registry?: string | undefined; cdn?: string | undefined; stylesheets?: string | undefined; styles?: string | undefined; head?: boolean | undefined; help?: boolean | undefined };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        registry: { type: 'string' },
        cdn: { type: 'string' },
        stylesheets: { type: 'string' },
        styles: { type: 'string' },
        head: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    warn(`${program}: ${(error as Error).message}\n\n${usage(program)}`);
    return 2;
  }
  if (values.help) {
    write(`${usage(program)}\n`);
    return 0;
  }
  if (positionals.length === 0) {
    warn(`${program}: name an element to render.\n\n${usage(program)}`);
    return 2;
  }
  try {
    const specs = positionals.map(parseElementSpec);
    const stylesheets = values.stylesheets ?? (values.cdn ? `${values.cdn}ssr/` : undefined);
    if (values.head) {
      write(`${headLinks(specs.map((spec) => spec.tag), { ...(values.cdn ? { cdn: values.cdn } : {}), ...(stylesheets ? { stylesheets } : {}) })}\n`);
      return 0;
    }
    const client = createClient(values.registry ? { registry: registryArgSource(values.registry) } : {});
    const renderOptions = {
      client,
      ...(stylesheets ? { stylesheets } : {}),
      ...(values.styles ? { styles: values.styles as 'link' | 'inline' } : {}),
    };
    for (const { tag, attributes } of specs) write(`${await renderElement(tag, attributes, renderOptions)}\n`);
    return 0;
  } catch (error) {
    warn(`${program}: ${(error as Error).message}`);
    return isDpgError(error, 'invalid-query') ? 2 : 1;
  }
}
