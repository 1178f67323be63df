/**
 * @dpg-kit/elements/ssr (Node only): dpg-kit elements rendered to HTML on the server.
 */
export { renderElement, type RenderElementOptions, type ServerAttributes } from './render-element.js';
export { stylesheetFile, stylesheetText } from './stylesheets.js';
export { SERVER_ELEMENTS, isServerTag, type ServerTag } from './tags.js';
export { parseElementSpec, type ElementSpec } from './element-spec.js';
export { headLinks, type HeadLinksOptions } from './head-links.js';
export { runRenderCommand, type RenderCommandOptions } from './render-command.js';
