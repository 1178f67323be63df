import { css } from 'lit';

/**
 * The badge behaves like a word in a sentence: `display: inline` everywhere (inline padding
 * does not grow the line box), sizes in `em` of the surrounding text, the surrounding font,
 * no margins, and `nowrap` so it never breaks in two.
 */
export const badgeStyles = css`
  :host {
    display: inline;
    /* Important, to win over the shared theme's own important font and colour: a badge takes
       the font of the text around it. */
    font-family: var(--dpg-badge-font-family, inherit) !important;
    color: inherit !important;
    white-space: nowrap;
  }
  /* Line-height 1: an inline box no taller than its own font never makes the line taller. */
  .root {
    font-size: 0.875em;
    line-height: 1;
  }
  .root.size-small {
    font-size: 0.75em;
  }
  .root.size-large {
    font-size: 1em;
  }
  .badge {
    display: inline;
    padding: 0.15em 0.6em;
    border-radius: var(--dpg-badge-radius, 999px);
    background: var(--dpg-badge-background, var(--_primary));
    color: var(--dpg-badge-color, var(--_on-primary));
    font-weight: 600;
    text-decoration: none;
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
  }
  a.badge:hover .label {
    text-decoration: underline;
  }
  .icon {
    inline-size: 1em;
    block-size: 1em;
    margin-inline-end: 0.3em;
    vertical-align: -0.15em;
  }
  .state {
    display: inline;
  }
  .not-found,
  .error-text {
    font-style: italic;
  }
  .link-button {
    color: inherit;
    margin-inline-start: 0.3em;
  }
`;
