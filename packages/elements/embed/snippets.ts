/**
 * The snippets the builder copies, as plain text made from one choice: the script tag and the
 * element (with its fallback link inside), the iframe (with the optional resizing helper), and
 * the element in React and in Vue. No snippet has a style attribute or inline code, so each one
 * works pasted alone into a page under a strict Content Security Policy.
 */
import type { EmbedTag } from './embed-attributes.js';
import type { FallbackLink } from './fallback-links.js';

/** Everything a snippet says. */
export interface SnippetChoice {
  tag: EmbedTag;
  /** The element's attributes in order, defaults already left out; `lang` is separate. */
  attributes: readonly (readonly [string, string])[];
  /** The element's language; empty for the page's own. */
  lang: string;
  fallback: FallbackLink;
  /** The iframe's own options. */
  frame: { title: string; height: number; transparent: boolean; newTab: boolean };
}

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (value: string) => escapeText(value).replaceAll('"', '&quot;');

/** The attributes as written on the element, `lang` last. */
function elementAttributes(choice: SnippetChoice): [string, string][] {
  return [...choice.attributes.map(([name, value]): [string, string] => [name, value]), ...(choice.lang ? [['lang', choice.lang] as [string, string]] : [])];
}

function htmlElement(choice: SnippetChoice, indent: string, text: (value: string) => string): string {
  const attributes = elementAttributes(choice)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const { href, text: label } = choice.fallback;
  return [`${indent}<${choice.tag}${attributes}>`, `${indent}  <a href="${escapeAttribute(href)}">${text(label)}</a>`, `${indent}</${choice.tag}>`].join('\n');
}

/** `<script>` and the element, for a page that may load a module from the CDN folder at `base`. */
export function htmlSnippet(choice: SnippetChoice, base: URL): string {
  return `<script type="module" src="${escapeAttribute(new URL('dpg-kit.js', base).href)}"></script>\n${htmlElement(choice, '', escapeText)}\n`;
}

/** The address of embed.html for this choice. */
export function embedUrl(choice: SnippetChoice, base: URL): URL {
  const url = new URL('embed.html', base);
  url.searchParams.set('el', choice.tag);
  for (const [name, value] of choice.attributes) url.searchParams.set(name, value);
  if (choice.lang) url.searchParams.set('lang', choice.lang);
  if (choice.frame.transparent) url.searchParams.set('bg', 'transparent');
  if (choice.frame.newTab) url.searchParams.set('links', 'new-tab');
  return url;
}

/** The iframe, for any page (a CMS's HTML block); the helper script after it is optional. */
export function iframeSnippet(choice: SnippetChoice, base: URL): string {
  const { title, height } = choice.frame;
  const width = choice.tag === 'dpg-badge' ? '260' : '100%';
  return (
    `<iframe src="${escapeAttribute(embedUrl(choice, base).href)}" title="${escapeAttribute(title)}" width="${width}" height="${height}" loading="lazy" frameborder="0" data-dpg-embed></iframe>\n` +
    `<!-- Optional: fits the frame to its content. Without it the frame keeps its height and scrolls. -->\n` +
    `<script src="${escapeAttribute(new URL('dpg-embed.js', base).href)}" defer></script>\n`
  );
}

/** A JSX attribute: a plain string when it can be one, else a JavaScript string expression. */
function jsxAttribute(name: string, value: string): string {
  return /["&{}<>]/.test(value) ? `${name}={${JSON.stringify(value)}}` : `${name}="${value}"`;
}

/** A React component (React 19 renders custom elements' attributes and properties itself). */
export function reactSnippet(choice: SnippetChoice): string {
  const attributes = elementAttributes(choice)
    .map(([name, value]) => ` ${jsxAttribute(name, value)}`)
    .join('');
  const { href, text } = choice.fallback;
  const label = /[{}<>&]/.test(text) ? `{${JSON.stringify(text)}}` : text;
  return [
    `import '@dpg-kit/elements/define/${choice.tag}.js';`,
    `// In TypeScript, also: import type {} from '@dpg-kit/elements/jsx/react';`,
    ``,
    `export default function DpgEmbed() {`,
    `  return (`,
    `    <${choice.tag}${attributes}>`,
    `      <a ${jsxAttribute('href', href)}>${label}</a>`,
    `    </${choice.tag}>`,
    `  );`,
    `}`,
    ``,
  ].join('\n');
}

/** A Vue single-file component; the compiler must be told that `dpg-*` tags are custom elements. */
export function vueSnippet(choice: SnippetChoice): string {
  // `{{` in a name would be read as an interpolation: write the braces as character references.
  const vueText = (text: string) => escapeText(text).replaceAll('{', '&#123;').replaceAll('}', '&#125;');
  return [
    `<!-- Vite: vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('dpg-') } } }) -->`,
    `<script setup>`,
    `import '@dpg-kit/elements/define/${choice.tag}.js';`,
    `</script>`,
    ``,
    `<template>`,
    htmlElement(choice, '  ', vueText),
    `</template>`,
    ``,
  ].join('\n');
}
