// An Eleventy site whose pages carry dpg-kit elements rendered at build time: each element's
// HTML (with its shadow root as declarative shadow DOM) is in the page, so it reads before, and
// without, JavaScript; the CDN bundle then hydrates it.
//
//   npm run example:eleventy          builds it into dist/eleventy/ (served at /eleventy/)
//
// Two shortcodes, both backed by `renderElement` from @dpg-kit/elements/ssr:
//   {% dpg "dpg-card", { "dpg-id": "dhis2", variant: "full" } %}   one element, rendered
//   {% dpgHead %}   in the layout's <head>: a preload of each style sheet the page's elements
//                   link to, then the two scripts that hydrate them
// (@lit-labs/eleventy-plugin-lit renders an element without loading its data first; dpg-kit's
// elements load a DPG or a list before they render, which `renderElement` does.)
import { headLinks, renderElement } from '@dpg-kit/elements/ssr';

/** Where the CDN build is, as the pages see it: `npm start` serves dist/cdn/ at /cdn/. */
const CDN = '/cdn/';

export default function (eleventyConfig) {
  /** The tags each page has rendered, by its input path: the layout's head links their sheets. */
  const tagsByPage = new Map();

  eleventyConfig.addShortcode('dpg', async function (tag, attributes = {}) {
    const tags = tagsByPage.get(this.page.inputPath) ?? new Set();
    tags.add(tag);
    tagsByPage.set(this.page.inputPath, tags);
    return renderElement(tag, attributes, { stylesheets: `${CDN}ssr/` });
  });

  // The layout renders after the page's content, so by then every element of the page is known.
  eleventyConfig.addShortcode('dpgHead', function () {
    return headLinks(tagsByPage.get(this.page.inputPath) ?? [], { cdn: CDN }).replaceAll('\n', '\n    ');
  });

  eleventyConfig.addPassthroughCopy({ 'examples/eleventy/src/site.css': 'site.css' });

  return {
    // `npm start` serves the built site at /eleventy/; links go through the `url` filter.
    pathPrefix: '/eleventy/',
    dir: { input: 'examples/eleventy/src', includes: '_includes', output: 'dist/eleventy' },
    markdownTemplateEngine: 'njk',
    htmlTemplateEngine: 'njk',
  };
}
