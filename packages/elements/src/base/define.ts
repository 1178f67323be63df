/**
 * A guarded `customElements.define()`.
 *
 * A page may load dpg-kit twice: the CDN bundle and an npm copy inside a partner's own bundle,
 * or two widgets each shipping their own copy. Defining a tag twice throws, which would break
 * the second widget for no good reason. So:
 * - same class, or another copy of the same version: nothing happens (the first one serves);
 * - another version (or another library using our tag): one console warning per tag, and the
 *   element already defined keeps serving, because an upgraded page cannot swap definitions.
 */
import { VERSION } from './version.js';

/** What `define()` needs to know of an element class. */
export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

const warned = new Set<string>();

export function define(tag: string, element: VersionedElement): void {
  // Through a variable: the manifest analyzer reads a literal `customElements.define` as a tag.
  const registry: CustomElementRegistry = customElements;
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (!existing) {
    registry.define(tag, element);
    return;
  }
  if (existing === element || existing.version === element.version) return;
  if (warned.has(tag)) return;
  warned.add(tag);
  const theirs = existing.version ? `version ${existing.version}` : 'another library';
  console.warn(
    `dpg-kit: <${tag}> is already defined by ${theirs}; keeping it and ignoring version ${element.version ?? VERSION}. ` +
      'Load dpg-kit once per page (either the CDN bundle or the npm package) to use one version.',
  );
}
