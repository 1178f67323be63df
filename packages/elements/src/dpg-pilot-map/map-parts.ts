/**
 * The parts of `<dpg-pilot-map>` around the SVG: tooltip, legend, zoom buttons and the text
 * list, one function each, so the element file keeps to data, layout and interaction.
 * Everything from the data goes through text bindings.
 */
import type { DpgClient, PilotCountry } from '@dpg-kit/sdk';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatNumber } from '../base/i18n/index.js';
import { legendOf, type ColorBy } from './map-fills.js';
import type { PilotMessages } from '../base/i18n/pilots.js';

/** Pilots the tooltip names before it says "and N more". */
const TOOLTIP_PILOTS = 3;

/** What the parts need to speak the reader's language. */
export interface PartsContext {
  text: PilotMessages;
  lang: string;
  client: DpgClient;
}

/** The tooltip's content and where it points, in pixels from the map's corner. */
export interface TipView {
  name: string;
  group: PilotCountry;
  x: number;
  y: number;
  /** Size of the map in pixels, to keep the tooltip inside it. */
  width: number;
  height: number;
}

const counted = (group: PilotCountry, ctx: PartsContext) => ctx.text.pilotCount(group.pilots.length, formatNumber(group.pilots.length, ctx.lang));

/**
 * The tooltip. It sits above the point, or below near the top edge, and leans inwards near the
 * sides. Its position goes through the CSSOM (`.style`), which a strict CSP allows.
 */
export function tooltip(tip: TipView | undefined, ctx: PartsContext): TemplateResult {
  const side = !tip ? '' : tip.x < tip.width * 0.25 ? 'start' : tip.x > tip.width * 0.75 ? 'end' : '';
  const below = tip && tip.y < tip.height * 0.35 ? 'below' : '';
  const more = tip ? tip.group.pilots.length - TOOLTIP_PILOTS : 0;
  return html`<div
    id="tooltip"
    part="tooltip"
    class="tooltip ${side} ${below}"
    role="tooltip"
    aria-labelledby="tooltip-name"
    ?hidden=${!tip}
    .style=${tip ? `left: ${tip.x}px; top: ${tip.y}px` : ''}
  >
    ${tip
      ? html`<strong id="tooltip-name" dir="auto">${tip.name}</strong>
          <span>${counted(tip.group, ctx)}</span>
          <ul>
            ${tip.group.pilots.slice(0, TOOLTIP_PILOTS).map((pilot) => html`<li dir="auto">${pilot.title}</li>`)}
            ${more > 0 ? html`<li>${ctx.text.more(formatNumber(more, ctx.lang))}</li>` : nothing}
          </ul>`
      : nothing}
  </div>`;
}

/**
 * The legend: the fills shown, each beside the marker a small country of that fill gets when
 * some country has one, and what a marker means.
 */
export function legend(
  groups: PilotCountry[],
  colorBy: ColorBy,
  sectors: string[],
  markers: boolean,
  ctx: PartsContext,
): TemplateResult | typeof nothing {
  if (groups.length === 0) return nothing;
  const entries = legendOf(groups, colorBy, sectors, ctx.text, ctx.lang);
  return html`<div part="legend" class="legend">
    <span class="legend-title">${colorBy === 'sector' ? ctx.text.legendSector : ctx.text.legendCount}</span>
    <ul>
      ${entries.map(
        (entry) =>
          html`<li>
            <svg aria-hidden="true" class=${markers ? 'with-marker' : ''} viewBox="0 0 ${markers ? 36 : 20} 14">
              <rect class="shape ${entry.fill}" width="20" height="14"></rect>
              ${markers ? svg`<circle class="marker ${entry.fill}" cx="29" cy="7" r="5.5"></circle>` : nothing}
            </svg>
            ${entry.label}
          </li>`,
      )}
      ${markers
        ? html`<li><svg aria-hidden="true" viewBox="0 0 14 14"><circle class="marker legend-marker" cx="7" cy="7" r="5.5"></circle></svg>${ctx.text.marker}</li>`
        : nothing}
    </ul>
  </div>`;
}

/** Zoom in, zoom out and back to the whole world. */
export function zoomButtons(zoom: number, maxZoom: number, onZoom: (factor: number) => void, ctx: PartsContext): TemplateResult {
  return html`<div part="zoom" class="zoom">
    <button class="zoom-button" type="button" aria-label=${ctx.text.zoomIn} ?disabled=${zoom >= maxZoom} @click=${() => onZoom(2)}>
      <span aria-hidden="true">+</span>
    </button>
    <button class="zoom-button" type="button" aria-label=${ctx.text.zoomOut} ?disabled=${zoom <= 1} @click=${() => onZoom(0.5)}>
      <span aria-hidden="true">−</span>
    </button>
    <button class="zoom-button" type="button" aria-label=${ctx.text.zoomReset} ?disabled=${zoom <= 1} @click=${() => onZoom(0)}>
      <span aria-hidden="true">⤢</span>
    </button>
  </div>`;
}

/** The map's text alternative: every country shown, with its pilots. */
export function textList(groups: PilotCountry[], ctx: PartsContext): TemplateResult {
  return html`<div class="visually-hidden">
    <ul aria-label=${ctx.text.countries}>
      ${groups.map((group) => {
        const name = ctx.client.countries.name(group.code, ctx.lang);
        return html`<li>${ctx.text.countryLabel(name, counted(group, ctx))} (${group.pilots.map((pilot, i) => html`${i > 0 ? '; ' : ''}<bdi>${pilot.title}</bdi>`)})</li>`;
      })}
    </ul>
  </div>`;
}
