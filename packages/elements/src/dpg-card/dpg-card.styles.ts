import { css } from 'lit';

export const cardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-size: var(--_font-size);
    line-height: 1.5;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
    /* The same floor in every state, so loading → ready does not make the page jump. */
    min-block-size: var(--dpg-card-min-height, 14rem);
    padding: var(--dpg-card-padding, calc(var(--_space) * 4));
    border: var(--dpg-card-border, 1px solid var(--_border));
    border-radius: var(--dpg-card-radius, var(--_radius));
    background: var(--dpg-card-background, var(--_surface));
    color: var(--dpg-card-color, var(--_text));
    box-shadow: var(--dpg-card-shadow, none);
    overflow-wrap: anywhere;
  }
  .card.full {
    min-block-size: var(--dpg-card-min-height, 24rem);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
  }
  .name {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .name a,
  .name button {
    font-weight: inherit;
    text-align: start;
    color: inherit;
    text-decoration-color: var(--_primary);
  }
  .stage {
    font-size: 0.8125em;
    padding-inline: calc(var(--_space) * 2);
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_success);
  }
  .stage.nominee {
    color: var(--_text-muted);
  }
  /*
   * The description aligns to its own start, unlike other data text (see sharedStyles): Chromium
   * places a clamped block's ellipsis as if its lines were not aligned, so English lined up on
   * the right of an Arabic card would lose its ellipsis past the edge.
   */
  .description {
    margin: 0;
    white-space: pre-line;
    text-align: start;
  }
  .description.clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--dpg-card-description-lines, 3);
    line-clamp: var(--dpg-card-description-lines, 3);
    overflow: hidden;
  }
  .toggle {
    align-self: flex-start;
    margin-block-start: calc(var(--_space) * -2);
    font-size: 0.875em;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Names that wrap must still read as separate organisations. */
  [part='deployed-with'] li + li {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .sdgs {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  .sdg {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    padding-inline-end: calc(var(--_space) * 2);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-muted);
    font-size: 0.8125em;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2) calc(var(--_space) * 6);
    margin: 0;
  }
  .fact dt {
    font-size: 0.8125em;
    color: var(--_text-muted);
  }
  .fact dd {
    margin: 0;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 4);
    margin-block-start: auto;
  }
  .section {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding-block-start: calc(var(--_space) * 3);
    border-block-start: 1px solid var(--_border);
  }
  .subheading {
    font-weight: 700;
  }
  /* The label shrinks and wraps; the verdict keeps its own column at the row's end at any width. */
  .indicator {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: baseline;
    gap: calc(var(--_space) * 2);
    padding-block: var(--_space);
  }
  .indicator-status {
    white-space: nowrap;
  }
  .pilot {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
    padding-block: var(--_space);
  }
  .indicator-status.met {
    color: var(--_success);
  }
  .indicator-status.not-met {
    color: var(--_danger);
  }
  .indicator-status.unclear,
  .pilot-details {
    color: var(--_text-muted);
  }
  .pilot {
    flex-direction: column;
  }
  .pilot-title {
    font-weight: 600;
  }
  .source,
  .stale {
    margin: 0;
    font-size: 0.8125em;
  }
  .source {
    color: var(--_text-muted);
  }
  /* Calm, not alarming: the data is still good, only older. A warning edge, body-colour text. */
  .stale {
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 2);
    border-inline-start: 3px solid var(--_warning);
    background: var(--_surface-muted);
  }
  .state {
    margin-block: auto;
  }
  .skeleton-card {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
  }
  .skeleton.title {
    inline-size: 55%;
    block-size: 1.6em;
  }
  .skeleton.line {
    block-size: 1em;
  }
  .skeleton.short {
    inline-size: 40%;
  }
  .skeleton.chips {
    inline-size: 70%;
    block-size: 1.75rem;
  }
  .skeleton.block {
    block-size: 4em;
  }
`;
