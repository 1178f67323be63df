/**
 * System design tokens, shared by every element.
 *
 * Two tiers, as in Material's tokens: partners set system tokens (`--dpg-color-*`,
 * `--dpg-font-*`, `--dpg-radius`, `--dpg-space`) on any ancestor to restyle every element at
 * once, and component tokens (`--dpg-card-*`, ...) to restyle one kind. Elements read only the
 * private `--_*` copies below, so a token left unset falls back to our light or dark default.
 *
 * Every text colour pair meets WCAG AA (4.5:1) on both surfaces in both schemes; the ratios
 * are checked in test/elements/theme.test.ts.
 */
import { css, unsafeCSS } from 'lit';

/** The defaults: [token name, light, dark]. */
export const PALETTE = [
  ['surface', '#ffffff', '#16191d'],
  ['surface-muted', '#f4f5f7', '#22272e'],
  ['text', '#1a1d21', '#eef0f3'],
  ['text-muted', '#4b5563', '#b4bcc6'],
  ['border', '#8a94a3', '#6b7480'],
  ['primary', '#0b5cad', '#8cc4ff'],
  ['on-primary', '#ffffff', '#0d1b2a'],
  ['danger', '#b42318', '#ff9b91'],
  ['success', '#17663a', '#6fd49a'],
  ['warning', '#8a4b00', '#f5c04e'],
  ['info', '#5b3cc4', '#c4b5fd'],
  ['skeleton', '#e3e6ea', '#2d333b'],
] as const;

function colours(scheme: 1 | 2): string {
  return PALETTE.map((row) => `--_${row[0]}: var(--dpg-color-${row[0]}, ${row[scheme]});`).join('\n');
}

const light = unsafeCSS(colours(1));
const dark = unsafeCSS(colours(2));

export const themeStyles = css`
  :host {
    ${light}
    --_font: var(--dpg-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif);
    --_font-size: var(--dpg-font-size, 1rem);
    --_radius: var(--dpg-radius, 0.5rem);
    --_space: var(--dpg-space, 0.25rem);
    color-scheme: light;
    /* Important, so that a page's own rules on every tag (\`* { font: 30px serif; color: red }\`)
       do not reach inside: the tokens above and ::part() are how a page restyles an element. */
    font-family: var(--_font) !important;
    color: var(--_text) !important;
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none !important;
  }
`;

/** Pieces every data-driven element shares: state boxes, buttons, focus ring, skeletons. */
export const sharedStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }
  a {
    color: var(--_primary);
  }
  /*
   * Data text takes its own direction (dir="auto") yet lines up with the start of the element
   * around it: an English description in an Arabic card sits on the right, as the Arabic around
   * it does, rather than on the left. match-parent reads start in the parent's direction.
   */
  [dir='auto'] {
    text-align: -webkit-match-parent;
    text-align: match-parent;
  }
  .button {
    font: inherit;
    font-size: 0.875em;
    min-block-size: 2.25rem;
    padding-block: calc(var(--_space) * 1.5);
    padding-inline: calc(var(--_space) * 3);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    cursor: pointer;
  }
  .link-button {
    font: inherit;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    cursor: pointer;
  }
  .message {
    margin: 0;
    color: var(--_text-muted);
  }
  .error-message {
    margin: 0;
    color: var(--_danger);
  }
  /* The error state of a block element: the message, then its Retry button. (An inline
     element's error state is a span and stays inline.) */
  div.error {
    display: grid;
    justify-items: start;
    gap: calc(var(--_space) * 3);
  }
  /* Text fields and menus look alike in every element. */
  input[type='search'],
  select {
    font: inherit;
    min-block-size: 2.25rem;
    padding-inline: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  /* An SDG's number on the goal's own colour (set per goal through the style property). */
  .sdg-number {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.75rem;
    min-block-size: 1.75rem;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_text-muted);
    color: var(--_surface);
    font-weight: 700;
  }
  .skeleton {
    display: block;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_skeleton);
    animation: dpg-pulse 1.6s ease-in-out infinite;
  }
  @keyframes dpg-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  /* No negative margin: out of the flow it saves no space, and in a right-to-left element it put
     the 1 px box 1 px past the element's edge, a sideways scroll on a page flush with it. */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: 0;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
