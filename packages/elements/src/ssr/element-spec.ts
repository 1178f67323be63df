/**
 * An element as the command line writes it: `dpg-card dpg-id=dhis2 variant=full`, a tag and
 * its attributes, a value in quotes when it holds spaces (`caption="Our CoPs"`), a bare name
 * for a boolean attribute.
 */
import { DpgError } from '@dpg-kit/sdk';
import type { ServerAttributes } from './render-element.js';
import { isServerTag, SERVER_ELEMENTS, type ServerTag } from './tags.js';

export interface ElementSpec {
  tag: ServerTag;
  attributes: ServerAttributes;
}

// A name, then optionally `=` and a value: double-quoted, single-quoted or up to the next space.
// A value that opens a quote must close it: no name starts with a quote.
const TOKEN = /\s*([a-zA-Z][^\s="']*)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"']\S*|)))?/y;

/** Reads one spec; a tag that does not render on the server or unreadable text is an `invalid-query`. */
export function parseElementSpec(spec: string): ElementSpec {
  const tokens: [string, string | true][] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < spec.trimEnd().length) {
    const read = TOKEN.lastIndex;
    const match = TOKEN.exec(spec);
    if (!match) throw new DpgError('invalid-query', `Cannot read "${spec}" from "${spec.slice(read).trim()}": a quote left open, or a name that is not one?`);
    const [, name, doubled, single, plain] = match;
    tokens.push([name!, doubled ?? single ?? plain ?? true]);
  }
  const [first, ...rest] = tokens;
  const tag = first?.[0] ?? '';
  if (!first || first[1] !== true || !isServerTag(tag)) {
    throw new DpgError('invalid-query', `"${spec}" does not start with a tag that renders on the server: ${Object.keys(SERVER_ELEMENTS).join(', ')}.`);
  }
  return { tag, attributes: Object.fromEntries(rest) };
}
