/**
 * `renderElement()`: one dpg-kit element as HTML, with its shadow root as declarative shadow
 * DOM, rendered by Lit's own server renderer.
 *
 * A server render is synchronous, so the data is loaded first, through the same load the
 * element runs in a browser (on a scratch copy of the element, with the same attributes and
 * client), and then handed to the element that renders.
 */
// First: it installs the DOM shim that the element modules below need to load in Node.
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { renderValue, type RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { DpgError, getDefaultClient, type DpgClient } from '@dpg-kit/sdk';
import { html, unsafeStatic } from 'lit/static-html.js';
import { directionOf, loadLocale, messagesFor, resolveLocale } from '../base/i18n/index.js';
import type { DpgElement } from '../base/dpg-element.js';
import { serverStyle, stylesheetFile, stylesheetText } from './stylesheets.js';
import { SERVER_ELEMENTS, isServerTag, type ServerTag } from './tags.js';

/** Attribute values as written; `true` writes the attribute bare, `false` leaves it out. */
export type ServerAttributes = Record<string, string | number | boolean>;

export interface RenderElementOptions {
  /** Where the data comes from; the embedded registry snapshot when left out. */
  client?: DpgClient;
  /**
   * The URL of the folder that holds the elements' style sheets (`<tag>.css`), as the page
   * will see it; it ends with `/`. The CDN build ships them in `ssr/` beside `dpg-kit.js`.
   * Default: `/cdn/ssr/`.
   */
  stylesheets?: string;
  /**
   * `link` (default): each shadow root links its element's style sheet, which a strict policy
   * (`style-src 'self'`) allows. `inline`: the same rules in a `<style>` element instead, for
   * pages whose policy allows inline styles: it saves the style sheet's round trip before the
   * first paint.
   */
  styles?: 'link' | 'inline';
}

/** What server rendering reaches inside an element: nothing of it is public API. */
interface ServerSide {
  providedClient?: DpgClient;
  i18n: DpgElement['i18n'];
  data: { preload(): Promise<unknown>; adopt(value: unknown): void };
  attributeChangedCallback(name: string, old: string | null, value: string | null): void;
  getAttribute(name: string): string | null;
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * Renders `<tag>` with `attributes` to HTML that a page can include as it is: the element,
 * its shadow root in a `<template shadowrootmode="open">` (with a `<link>` to its style
 * sheet, no inline style and no script) and the markers that let the CDN bundle hydrate it.
 *
 * @throws DpgError `invalid-query` for a tag that does not render on the server or an
 *   attribute name that is not one; the client's errors when loading fails.
 */
export async function renderElement(tag: ServerTag, attributes: ServerAttributes = {}, options: RenderElementOptions = {}): Promise<string> {
  if (!isServerTag(tag)) {
    throw new DpgError('invalid-query', `<${String(tag)}> does not render on the server; these do: ${Object.keys(SERVER_ELEMENTS).join(', ')}.`);
  }
  const written = writtenAttributes(attributes);
  const client = options.client ?? getDefaultClient();
  // A language other than English loads its strings on first use, here before the render.
  const lang = written.find(([name]) => name === 'lang')?.[1];
  const [value] = await Promise.all([loadFor(tag, written, client), loadLocale(resolveLocale(lang))]);
  const styles = options.styles ?? 'link';
  if (styles !== 'link' && styles !== 'inline') throw new DpgError('invalid-query', `styles must be "link" or "inline", not "${String(styles)}".`);
  const renderer = rendererFor(client, value, styles === 'inline' ? { inline: true } : { href: options.stylesheets ?? '/cdn/ssr/' });
  const markup = written.map(([name, text]) => (text === '' ? ` ${name}` : ` ${name}="${escapeAttribute(text)}"`)).join('');
  // Static: the tag and its attributes become the template itself (both checked above).
  const template = html`${unsafeStatic(`<${tag}${markup}></${tag}>`)}`;
  const output = await collectResult(render(template, { elementRenderers: [renderer] }));
  // The page's own template markers: nothing hydrates the page itself, only the element.
  return serverStyle(output.replace(/^<!--lit-part[^>]*-->/, '').replace(/<!--\/lit-part-->$/, ''));
}

function writtenAttributes(attributes: ServerAttributes): [string, string][] {
  return Object.entries(attributes).flatMap(([name, value]): [string, string][] => {
    if (!ATTRIBUTE_NAME.test(name)) throw new DpgError('invalid-query', `"${name}" is not an attribute name (lower-case letters, digits and dashes).`);
    if (value === false) return [];
    return [[name, value === true ? '' : String(value)]];
  });
}

function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Loads what `<tag>` with these attributes shows, as the element itself would. */
async function loadFor(tag: ServerTag, attributes: [string, string][], client: DpgClient): Promise<unknown> {
  const scratch = new SERVER_ELEMENTS[tag]() as unknown as ServerSide;
  for (const [name, value] of attributes) scratch.attributeChangedCallback(name, null, value);
  scratch.providedClient = client;
  return scratch.data.preload();
}

/** Speaks the element's own `lang` (a server render has no ancestors to inherit one from). */
function applyLanguage(element: ServerSide): void {
  const lang = element.getAttribute('lang') || 'en';
  const locale = resolveLocale(lang);
  Object.assign(element.i18n, { lang, locale, dir: directionOf(locale), messages: messagesFor(locale) });
}

/** A renderer for this one render: it gives the element its client, language and data. */
function rendererFor(client: DpgClient, value: unknown, styles: { inline: true } | { href: string }) {
  return class DpgElementRenderer extends LitElementRenderer {
    override connectedCallback(): void {
      const element = this.element as unknown as ServerSide;
      element.providedClient = client;
      applyLanguage(element);
      super.connectedCallback();
      element.data.adopt(value);
    }

    override renderShadow(renderInfo: RenderInfo) {
      const tag = this.tagName as ServerTag;
      const sheet =
        'href' in styles
          ? `<link rel="stylesheet" href="${escapeAttribute(`${styles.href}${stylesheetFile(tag)}`)}">`
          : `<style>${stylesheetText(tag, client).replaceAll('</', '<\\/')}</style>`;
      return [sheet, () => renderValue((this.element as unknown as { render(): unknown }).render(), renderInfo)];
    }
  };
}
