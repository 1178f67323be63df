/**
 * What "Show code" shows: the markup a partner pastes, starting with the script tag that
 * defines the elements. Layout styles a story needs for itself (a width, a margin) and
 * attributes left empty by unset controls are not part of it.
 */
import { VERSION } from '../packages/elements/src/base/version.js';

export const SCRIPT_TAG = `<script type="module" src="https://cdn.jsdelivr.net/npm/@dpg-kit/elements@${VERSION}/dist/cdn/dpg-kit.js"></script>`;

/** One opening tag on one line, without `style="…"` and without empty attributes. */
function cleanTag(tag: string): string {
  return tag
    .replace(/\sstyle="[^"]*"/g, '')
    .replace(/\s[\w:.?@-]+=""/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+(\/?>)$/, '$1');
}

/**
 * The snippet for `source`, the markup Storybook rendered from the story. Storybook may hand
 * over markup that has been through here already (its story decorator and the Docs block both
 * apply the transform), so the script tag is taken out before it is put first: one tag, always.
 */
export function snippet(source: string): string {
  const markup = source
    .split(SCRIPT_TAG)
    .join('')
    .replace(/<[a-z][\w-]*(?:\s[^<>]*)?>/g, cleanTag)
    .replace(/\n\s*\n/g, '\n')
    .trim();
  return `${SCRIPT_TAG}\n\n${markup}`;
}
