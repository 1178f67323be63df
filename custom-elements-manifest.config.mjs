/**
 * The manifest documents what a page may use: attributes, public properties and methods,
 * events, slots, parts and CSS custom properties. Private and protected members, and members
 * marked `@internal` (which the analyzer drops by itself), are how an element works inside and
 * stay out of it, so Storybook's tables, editors and the generated JSX types never offer them.
 */
const hiddenPrivacy = new Set(['private', 'protected']);

/** A member a page can reach: neither private nor protected, nor an ECMAScript `#private` one. */
const isPublic = (member) => !hiddenPrivacy.has(member.privacy) && !member.name.startsWith('#');

/** Drops private and protected members from every class, after inheritance is applied. */
function publicMembersOnly() {
  return {
    name: 'dpg-kit-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
        }
      }
    },
  };
}

export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['**/*.styles.ts', '**/*.test.ts'],
  outdir: 'packages/elements',
  litelement: true,
  packagejson: false,
  plugins: [publicMembersOnly()],
};
