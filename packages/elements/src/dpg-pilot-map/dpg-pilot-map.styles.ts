import { css } from 'lit';

export const pilotMapStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-size: var(--_font-size);
    line-height: 1.5;
    --_land: var(--dpg-pilot-map-land, var(--_surface-muted));
    --_water: var(--dpg-pilot-map-water, var(--_surface));
    --_pilot: var(--dpg-pilot-map-pilot, var(--_primary));
  }
  .root {
    position: relative;
    background: var(--dpg-pilot-map-background, var(--_surface));
    color: var(--_text);
  }
  .frame {
    position: relative;
    inline-size: 100%;
    aspect-ratio: var(--_aspect);
  }
  .frame.loading {
    border-radius: var(--_radius);
  }
  .frame .skeleton {
    inline-size: 100%;
    block-size: 100%;
    border-radius: 50% / 50%;
  }
  svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    overflow: hidden;
  }
  /* Zoomed in, a drag pans the map instead of scrolling the page. */
  svg.zoomed {
    touch-action: none;
    cursor: grab;
  }
  .zoom {
    position: absolute;
    inset-block-start: calc(var(--_space) * 2);
    inset-inline-end: calc(var(--_space) * 2);
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  /* On a small map the buttons would cover land (East Asia): they take a strip beside it instead. */
  @container (max-width: 40rem) {
    .frame:not(.loading) {
      aspect-ratio: auto;
      padding-inline-end: calc(2rem + var(--_space) * 2);
    }
    .frame:not(.loading) > svg {
      block-size: auto;
      aspect-ratio: var(--_aspect);
    }
    .zoom {
      inset-block-start: 0;
      inset-inline-end: 0;
    }
  }
  .zoom-button {
    display: grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 1.125rem;
    line-height: 1;
    cursor: pointer;
  }
  .zoom-button:disabled {
    color: var(--_text-muted);
    cursor: default;
  }
  .sphere {
    fill: var(--_water);
    stroke: var(--_border);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .land,
  .shape {
    fill: var(--_land);
    stroke: var(--_border);
    stroke-width: 0.5px;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  /*
   * The three steps differ from each other by at least 3:1 in luminance in both schemes (a light
   * tint, a mid tone, the text colour), which one hue alone cannot give; pilot countries also
   * carry a border in the text colour, so even the lightest step stands apart from the land
   * by more than its colour. Checked from computed colours in test/elements/map-legend.test.ts.
   */
  .count-1,
  .count-2,
  .count-3 {
    stroke: var(--_text);
    stroke-width: 1px;
  }
  :host {
    --_count-1: light-dark(color-mix(in srgb, var(--_pilot) 30%, var(--_surface)), color-mix(in srgb, var(--_pilot) 15%, var(--_surface)));
  }
  /*
   * One pilot: the tint under a hatch of lines in the pilot colour (3:1 or more against the tint,
   * also checked there), since in a dark scheme the tint alone is close to the land's colour.
   * Each user space has its own pattern (see hatchPattern); a marker is too small for a hatch.
   */
  .count-1 {
    fill: url(#hatch-world) var(--_count-1);
  }
  .inset .count-1 {
    fill: url(#hatch-inset) var(--_count-1);
  }
  .legend .count-1 {
    fill: url(#hatch-legend) var(--_count-1);
  }
  .marker.count-1 {
    fill: var(--_count-1);
  }
  .hatch-ground {
    fill: var(--_count-1);
  }
  .hatch-line {
    stroke: var(--_pilot);
  }
  .count-2 {
    fill: light-dark(color-mix(in srgb, var(--_pilot) 90%, var(--_surface)), color-mix(in srgb, var(--_pilot) 65%, var(--_surface)));
  }
  .count-3 {
    fill: var(--_text);
  }
  .sector-0 {
    fill: var(--dpg-pilot-map-sector-1, var(--_primary));
  }
  .sector-1 {
    fill: var(--dpg-pilot-map-sector-2, var(--_success));
  }
  .sector-2 {
    fill: var(--dpg-pilot-map-sector-3, var(--_warning));
  }
  .sector-3 {
    fill: var(--dpg-pilot-map-sector-4, var(--_info));
  }
  .sector-4 {
    fill: var(--dpg-pilot-map-sector-5, var(--_danger));
  }
  .sector-several {
    fill: var(--dpg-pilot-map-sector-several, var(--_text));
  }
  /* What a marker means, drawn as the map draws one: a rim in the text colour, a neutral fill. */
  .marker.legend-marker {
    fill: var(--_text-muted);
    stroke: var(--_text);
  }
  .target {
    cursor: pointer;
    outline: none;
  }
  .marker {
    stroke: var(--_surface);
    stroke-width: 1.5px;
    vector-effect: non-scaling-stroke;
  }
  /* A marker of the lightest step would vanish on a dark map without a rim in the text colour. */
  .marker.count-1,
  .marker.count-2,
  .marker.count-3 {
    stroke: var(--_text);
  }
  .target:hover,
  .target.active-tip {
    stroke: var(--_text);
    stroke-width: 1.5px;
  }
  .target.selected {
    stroke: var(--_text);
    stroke-width: 2.5px;
  }
  /* Focus: a thick ring in the text colour, and the browser's outline around it where SVG gets one. */
  .target:focus-visible {
    stroke: var(--_text);
    stroke-width: 3.5px;
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }
  .region {
    fill: none;
    stroke: var(--_text-muted);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .inset-box {
    fill: var(--_water);
    stroke: var(--_text-muted);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .inset-title {
    fill: var(--_text);
    font-size: 11px;
    font-weight: 600;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-inline-size: min(18rem, 80%);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
    font-size: 0.875em;
    pointer-events: none;
    transform: translate(-50%, calc(-100% - 10px));
  }
  .tooltip.below {
    transform: translate(-50%, 10px);
  }
  .tooltip.start {
    transform: translate(0, calc(-100% - 10px));
  }
  .tooltip.start.below {
    transform: translate(0, 10px);
  }
  .tooltip.end {
    transform: translate(-100%, calc(-100% - 10px));
  }
  .tooltip.end.below {
    transform: translate(-100%, 10px);
  }
  .tooltip strong {
    display: block;
  }
  .tooltip ul {
    margin: var(--_space) 0 0;
    padding-inline-start: 1.1em;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2) calc(var(--_space) * 4);
    margin-block-start: calc(var(--_space) * 2);
    font-size: 0.875em;
  }
  .legend ul {
    display: contents;
    list-style: none;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
  }
  .legend-title {
    font-weight: 600;
  }
  .swatch {
    inline-size: 1.25em;
    block-size: 0.9em;
    border: 1px solid var(--_border);
    border-radius: 2px;
  }
  .swatch.dot {
    inline-size: 0.8em;
    block-size: 0.8em;
    border-radius: 50%;
  }
  .legend svg {
    inline-size: 1.25em;
    block-size: 0.9em;
  }
  /* A swatch and its marker: 36 by 14 units. */
  .legend svg.with-marker {
    inline-size: calc(0.9em * 36 / 14);
  }
  .empty {
    margin-block-start: calc(var(--_space) * 2);
  }
  .state.error {
    align-content: center;
    aspect-ratio: var(--_aspect);
  }
`;
