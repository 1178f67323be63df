import { css } from 'lit';

export const pilotListStyles = css`
  :host {
    display: block;
    font-size: var(--_font-size);
    line-height: 1.5;
  }
  .root {
    display: grid;
    gap: calc(var(--_space) * 4);
    min-block-size: 8rem;
    background: var(--dpg-pilot-list-background, var(--_surface));
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .group {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .group-heading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) * 2);
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
  }
  .count {
    color: var(--_text-muted);
    font-size: 0.8em;
    font-weight: 400;
  }
  .pilots {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .pilot {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 3);
    border: var(--dpg-pilot-list-border, 1px solid var(--_border));
    border-radius: var(--_radius);
    background: var(--dpg-pilot-list-item-background, var(--_surface));
  }
  .title {
    margin: 0;
    font-weight: 600;
  }
  .summary {
    margin: 0;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 4);
    margin: 0;
    font-size: 0.875em;
  }
  .fact {
    display: flex;
    gap: var(--_space);
  }
  .fact dt {
    color: var(--_text-muted);
  }
  .fact dd {
    margin: 0;
  }
  .dpgs {
    display: inline;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .dpgs li {
    display: inline;
  }
  .dpgs li + li::before {
    content: ', ';
  }
  .skeleton.line {
    block-size: 1em;
    margin-block: 0.4em;
  }
  .skeleton.block {
    block-size: 4.5rem;
  }
  .skeleton.short {
    inline-size: 40%;
  }
  .state {
    padding-block: calc(var(--_space) * 4);
  }
`;
