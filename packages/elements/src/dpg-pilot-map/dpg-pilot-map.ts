/**
 * `<dpg-pilot-map>`: the countries where pathfinder pilots run, on a world map.
 */
import { DpgError, type Pilot, type PilotCountry } from '@dpg-kit/sdk';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataController } from '../base/data-controller.js';
import { DpgDataElement } from '../base/dpg-data-element.js';
import { pilotQueryOf } from '../base/pilots.js';
import { sharedStyles } from '../base/theme.styles.js';
import { pilotMapStyles } from './dpg-pilot-map.styles.js';
import { INSET, MAP_HEIGHT, MAP_WIDTH } from './map-frame.js';
import { fillOf, hatchPattern, sectorsOf, type ColorBy } from './map-fills.js';
import { legend, textList, tooltip, zoomButtons, type PartsContext, type TipView } from './map-parts.js';
import { MAX_ZOOM, MapDrag, WHOLE_WORLD, followView, panView, toFrame, viewTransform, zoomView, type View } from './map-view.js';
import { placeTargets, type Target } from './map-targets.js';
import { pilotMessages, type PilotMessages } from '../base/i18n/pilots.js';
import type { Point, WorldLayout } from './world-layout.js';

/** Radius of a marker, in pixels at any size. */
const MARKER_RADIUS = 7;
/** Largest radius of a marker in the inset, in SVG units, so that the OECS markers never overlap. */
const INSET_MARKER_RADIUS = 10;
/** SVG units per screen pixel in a legend swatch (20 units drawn 1.25em wide, at about 14 px a em). */
const LEGEND_UNIT = 1.15;
/** Below this scale the inset's title would be too small to read, and is left out. */
const INSET_TITLE_SCALE = 0.75;

interface MapData {
  /** Every pilot, shown or not: a sector keeps its colour while filtering. */
  pilots: Pilot[];
  /** The countries the filters keep, with their pilots, as the client answers them. */
  groups: PilotCountry[];
  layout: WorldLayout;
}

/** The tooltip: which country, and where it points, in pixels from the map's corner. */
interface Tip {
  code: string;
  x: number;
  y: number;
}

let layoutLoad: Promise<WorldLayout> | undefined;

/** Loads the geometry chunk and lays out the world from it, once per page. A failed load can be retried. */
function loadLayout(): Promise<WorldLayout> {
  layoutLoad ??= import('./world-layout.js')
    .then(({ layoutWorld }) => layoutWorld())
    .catch((error: unknown) => {
      layoutLoad = undefined;
      throw new DpgError('network', 'The map’s geometry could not be loaded. Check that the page can load dpg-kit’s files, then retry.', {
        cause: error,
      });
    });
  return layoutLoad;
}

/**
 * A world map of the countries where pathfinder pilots run. Pilot countries are filled by
 * their number of pilots (or by sector, with `color-by="sector"`), with a legend; countries
 * too small to see at the map's current size get a marker, and the Eastern Caribbean is
 * enlarged in an inset so that the OECS states can be told apart. Martinique, Guadeloupe and
 * the other French overseas departments, which the geometry merges into France, have markers
 * of their own. Countries are matched on ISO 3166-1 numeric codes.
 *
 * Every pilot country is a button: Tab reaches the map, the arrow keys move west to east (Home
 * and End to the ends), Enter or Space selects. Hover and focus show a tooltip with the country
 * (named in the element's language) and its pilots. A visually hidden list carries the same
 * facts for screen readers; `<dpg-pilot-list>` shows them to everyone.
 *
 * The map zooms with its buttons or the `+`, `-` and `0` keys (around the focused country), and
 * pans by dragging with a mouse, pen or finger once zoomed in; focus moving to a country out
 * of sight brings it into view. Zoomed in, small countries grow big enough to point at.
 *
 * The world geometry (Natural Earth 1:50m, simplified and projected at build time) loads on demand:
 * the map first paints a placeholder of its own size. It takes its container's width.
 *
 * @tagname dpg-pilot-map
 * @summary A world map of the countries where pilots run.
 *
 * @fires dpg-country-select - The reader chose a country: `detail.code` (alpha-2), `detail.numeric`, `detail.name` and `detail.pilots`.
 * @fires dpg-load - The data is shown (`detail.empty` when no pilot is shown).
 * @fires dpg-error - Loading failed; `detail.error` is the `DpgError`.
 *
 * @slot loading - Replaces the placeholder shown while loading.
 * @slot error - Replaces the error message and Retry button.
 *
 * @csspart map - The SVG map.
 * @csspart country - A pilot country's outline or marker (a button).
 * @csspart inset - The Eastern Caribbean inset.
 * @csspart tooltip - The tooltip.
 * @csspart zoom - The zoom buttons.
 * @csspart legend - The legend.
 * @csspart empty - The message when no pilot is shown.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry - The Retry button.
 *
 * @cssprop --dpg-pilot-map-background - Behind the map and its legend (default: `--dpg-color-surface`).
 * @cssprop --dpg-pilot-map-land - Countries without pilots (default: `--dpg-color-surface-muted`).
 * @cssprop --dpg-pilot-map-water - The sea (default: `--dpg-color-surface`).
 * @cssprop --dpg-pilot-map-pilot - Pilot countries, by number of pilots (default: `--dpg-color-primary`).
 * @cssprop --dpg-pilot-map-sector-1 - The first sector's colour (default: `--dpg-color-primary`); `-2` to `-5` follow.
 * @cssprop --dpg-pilot-map-sector-several - A country with pilots in several sectors (default: `--dpg-color-text`).
 */
export class DpgPilotMap extends DpgDataElement {
  static override styles = [...DpgDataElement.styles, sharedStyles, pilotMapStyles];

  /** Show only these pilots: ids separated by spaces or commas. */
  @property({ attribute: 'pilot-ids' }) pilotIds?: string;

  /** Show only these countries: ISO 3166-1 alpha-2 codes separated by spaces or commas. */
  @property() country?: string;

  /** Show only pilots of these sectors (e.g. `education`), separated by spaces or commas. */
  @property() sector?: string;

  /** Show only pilots that use these DPGs: registry ids (or names, any case) separated by spaces or commas. */
  @property({ attribute: 'dpg-id' }) dpgId?: string;

  /** The selected country (alpha-2); set when the reader chooses one. */
  @property({ reflect: true }) selected?: string;

  /** Fill pilot countries by their number of pilots (`count`, the default) or by `sector`. */
  @property({ attribute: 'color-by', reflect: true }) colorBy: ColorBy = 'count';

  /** The map's width in pixels, from a ResizeObserver. */
  @state() private width = 0;
  /** The country that holds the map's one tab stop. */
  @state() private active?: string;
  /** The tooltip shown, if any. */
  @state() private tip?: Tip;
  /** The zoom and the centre of the world map. */
  @state() private view: View = WHOLE_WORLD;

  private readonly resizeObserver = new ResizeObserver((entries) => {
    const width = entries[entries.length - 1]!.contentRect.width;
    if (width > 0) this.width = width;
  });
  private land?: { key: string; d: string };
  /** Pans the map when it is dragged, once zoomed in. */
  private readonly drag = new MapDrag(
    () => this.view.zoom > 1,
    (dx, dy) => {
      this.tip = undefined;
      this.view = panView(this.view, dx / this.scale, dy / this.scale);
    },
  );
  /**
   * Set by the keyboard: after the next render, the active country has focus. Zooming can turn
   * a marker into an outline (a new element), which would otherwise drop focus to the page.
   */
  private refocus = false;

  protected readonly data = new DataController(this, {
    args: () => [this.client, this.pilotIds, this.country, this.sector, this.dpgId] as const,
    load: async ([client, pilotIds, country, sector, dpgId], signal): Promise<MapData> => {
      const query = pilotQueryOf({ pilotIds, country, sector, dpgId });
      const [pilots, groups, layout] = await Promise.all([
        client.pilots.list({}, { signal }),
        client.pilots.countries(query, { signal }),
        loadLayout(),
      ]);
      return { pilots, groups, layout };
    },
    isEmpty: (value: MapData) => value.groups.length === 0,
  });

  get state() {
    return this.data.state;
  }

  private get text(): PilotMessages {
    return pilotMessages(this.i18n.locale);
  }

  private get parts(): PartsContext {
    return { text: this.text, lang: this.i18n.lang, client: this.client };
  }

  /** Pixels per SVG unit of the frame. */
  private get scale(): number {
    return (this.width || this.clientWidth || MAP_WIDTH) / MAP_WIDTH;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
  }

  protected override updated(): void {
    if (!this.refocus) return;
    this.refocus = false;
    const active = this.renderRoot.querySelector<SVGElement>(`[data-code="${this.active}"]`);
    // After this update, as focusing shows the tooltip, which is an update of its own.
    if (active && (this.renderRoot as ShadowRoot).activeElement !== active) void this.updateComplete.then(() => active.focus());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pilotIds') || changed.has('country') || changed.has('sector') || changed.has('dpgId')) this.tip = undefined;
  }

  protected override render(): TemplateResult {
    const { lang, dir } = this.i18n;
    // While the client answers a change of filters, the map shown stays: no skeleton, no lost focus.
    const shown = this.data.state === 'loading' ? this.data.value : undefined;
    // Styles go through the CSSOM (`.style`), never a style attribute: a strict CSP refuses those.
    return html`<div class="root" lang=${lang} dir=${dir} .style=${`--_aspect: ${MAP_WIDTH} / ${MAP_HEIGHT}`}>
      ${shown
        ? this.renderData(shown)
        : this.data.render({
            loading: () => html`<div class="frame loading"><span class="skeleton"></span></div>`,
            ready: (value) => this.renderData(value),
            empty: (value) => this.renderData(value),
          })}
    </div>`;
  }

  /** The map, and a message when the filters leave no pilot. */
  private renderData(value: MapData): TemplateResult {
    if (value.groups.length > 0) return this.renderMap(value);
    return html`${this.renderMap(value)}
      <p part="empty" class="message empty">${value.pilots.length === 0 ? this.text.empty : this.text.emptyFiltered}</p>`;
  }

  private renderMap({ pilots, groups, layout }: MapData): TemplateResult {
    const scale = this.scale;
    // Sectors of every pilot, not only those shown, so that a sector keeps its colour while filtering.
    const sectors = sectorsOf(pilots);
    const targets = placeTargets(groups, layout, scale * this.view.zoom, { ...this.parts, colorBy: this.colorBy, sectors });
    const selected = this.selected?.toUpperCase();
    const tabStop = targets.find((t) => t.group.code === this.active) ?? targets.find((t) => t.group.code === selected) ?? targets[0];
    const pilotCountries = new Set(targets.map((t) => t.group.numeric!));
    const target = (t: Target) => this.renderTarget(t, t === tabStop);
    const [rx, ry, rw, rh] = layout.region;
    const ctx = this.parts;
    return html`<div class="frame">
        <svg
          part="map"
          class=${this.view.zoom > 1 ? 'zoomed' : ''}
          role="group"
          aria-label=${this.text.map}
          viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"
          @keydown=${(event: KeyboardEvent) => this.onKey(event, targets)}
          @pointerdown=${this.drag.down}
          @pointermove=${this.drag.move}
          @pointerup=${this.drag.end}
          @pointercancel=${this.drag.end}
        >
          <defs>
            ${hatchPattern('hatch-world', 1 / (scale * this.view.zoom))} ${hatchPattern('hatch-inset', 1 / scale)}
            ${hatchPattern('hatch-legend', LEGEND_UNIT)}
          </defs>
          <g class="world" transform=${viewTransform(this.view)}>
            <path class="sphere" d=${layout.sphere} aria-hidden="true"></path>
            <path class="land" d=${this.landPath(layout, pilotCountries)} aria-hidden="true"></path>
            <g aria-hidden="true">
              ${targets.map((t) => {
                const d = layout.outline(t.group.numeric!);
                return !t.outline && d ? svg`<path class="shape ${t.fill}" d=${d}></path>` : nothing;
              })}
              <rect class="region" x=${rx - 2} y=${ry - 2} width=${rw + 4} height=${rh + 4}></rect>
            </g>
            ${targets.filter((t) => !t.inset).map(target)}
          </g>
          <g part="inset" class="inset">
            <g aria-hidden="true" transform="translate(${INSET.x} ${INSET.y})">
              <clipPath id="inset-clip"><rect width=${INSET.width} height=${INSET.height}></rect></clipPath>
              <rect class="inset-box" width=${INSET.width} height=${INSET.height}></rect>
              ${scale >= INSET_TITLE_SCALE
                ? svg`<text class="inset-title" x=${INSET.width / 2} y="14" text-anchor="middle">${this.text.caribbean}</text>`
                : nothing}
              <g clip-path="url(#inset-clip)">
                ${layout.insetCountries.map((c) => {
                  const group = groups.find((g) => g.numeric === c.id);
                  return svg`<path class="shape ${group ? fillOf(group, this.colorBy, sectors) : ''}" d=${c.d}></path>`;
                })}
              </g>
            </g>
            ${targets.filter((t) => t.inset).map(target)}
          </g>
        </svg>
        ${tooltip(this.tipView(targets), ctx)} ${zoomButtons(this.view.zoom, MAX_ZOOM, (factor) => this.zoomBy(factor), ctx)}
      </div>
      ${legend(groups, this.colorBy, sectors, targets.some((t) => !t.outline), ctx)} ${textList(groups, ctx)}`;
  }

  /** Every country without pilots, as one path: one element draws most of the world. */
  private landPath(layout: WorldLayout, pilotCountries: Set<string>): string {
    const key = [...pilotCountries].join();
    if (this.land?.key !== key) {
      this.land = { key, d: layout.countries.filter((c) => c.id === undefined || !pilotCountries.has(c.id)).map((c) => c.d).join('') };
    }
    return this.land.d;
  }

  private renderTarget(t: Target, tabStop: boolean): TemplateResult {
    const code = t.group.code;
    const selected = this.selected?.toUpperCase() === code;
    // Markers keep their size on screen: in the world they shrink in map units as it zooms.
    const radius = t.inset ? Math.min(MARKER_RADIUS / this.scale, INSET_MARKER_RADIUS) : MARKER_RADIUS / (this.scale * this.view.zoom);
    const classes = `target ${t.outline ? 'shape' : 'marker'} ${t.fill} ${selected ? 'selected' : ''} ${this.tip?.code === code ? 'active-tip' : ''}`;
    const on = {
      focus: () => this.showTip(t),
      enter: (event: PointerEvent) => this.showTipAt(code, event),
      leave: () => (this.tip = undefined),
      click: () => this.choose(t),
    };
    return t.outline
      ? svg`<path part="country" class=${classes} d=${t.outline} role="button" tabindex=${tabStop ? 0 : -1}
          aria-label=${t.label} aria-pressed=${selected} aria-describedby="tooltip" data-code=${code}
          @focus=${on.focus} @blur=${on.leave} @pointerenter=${on.enter} @pointerleave=${on.leave}
          @click=${on.click}></path>`
      : svg`<circle part="country" class=${classes} cx=${t.at[0]} cy=${t.at[1]} r=${radius} role="button"
          tabindex=${tabStop ? 0 : -1} aria-label=${t.label} aria-pressed=${selected} aria-describedby="tooltip"
          data-code=${code} @focus=${on.focus} @blur=${on.leave} @pointerenter=${on.enter}
          @pointerleave=${on.leave} @click=${on.click}></circle>`;
  }

  /** Where a target is in the frame, in SVG units: the inset does not zoom, the world does. */
  private framePoint(t: Target): Point {
    return t.inset ? t.at : toFrame(this.view, t.at);
  }

  private showTip(t: Target): void {
    this.active = t.group.code;
    const [x, y] = this.framePoint(t);
    this.tip = { code: t.group.code, x: x * this.scale, y: y * this.scale };
  }

  private showTipAt(code: string, event: PointerEvent): void {
    if (this.drag.moving) return;
    const frame = this.renderRoot.querySelector('.frame')!.getBoundingClientRect();
    this.tip = { code, x: event.clientX - frame.left, y: event.clientY - frame.top };
  }

  private tipView(targets: Target[]): TipView | undefined {
    const tip = this.tip;
    const shown = tip && targets.find((t) => t.group.code === tip.code);
    if (!tip || !shown) return undefined;
    const width = MAP_WIDTH * this.scale;
    return { name: shown.name, group: shown.group, x: tip.x, y: tip.y, width, height: (width * MAP_HEIGHT) / MAP_WIDTH };
  }

  private choose(t: Target): void {
    const { code, numeric, pilots } = t.group;
    this.selected = code;
    this.active = code;
    this.emit('dpg-country-select', { code, numeric, name: t.name, pilots });
  }

  /** `factor` 2 zooms in, 0.5 out, 0 shows the whole world; around `at` when given. */
  private zoomBy(factor: number, at?: Point): void {
    this.tip = undefined;
    this.view = factor === 0 ? WHOLE_WORLD : zoomView(this.view, factor, at);
  }

  /**
   * Arrow keys move west and east through the countries (whatever the text direction: it is a
   * map), and the view follows; `+`, `-` and `0` zoom around the focused country.
   */
  private onKey(event: KeyboardEvent, targets: Target[]): void {
    const current = targets.findIndex((t) => t.group.code === (event.target as Element).getAttribute('data-code'));
    if (current < 0) return;
    const focused = targets[current]!;
    const last = targets.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: Math.min(current + 1, last),
      ArrowDown: Math.min(current + 1, last),
      ArrowLeft: Math.max(current - 1, 0),
      ArrowUp: Math.max(current - 1, 0),
      Home: 0,
      End: last,
    };
    const zooms: Record<string, number> = { '+': 2, '=': 2, '-': 0.5, '0': 0 };
    if (event.key in moves) {
      event.preventDefault();
      this.refocus = true;
      const next = targets[moves[event.key]!]!;
      this.active = next.group.code;
      if (!next.inset) this.view = followView(this.view, next.at);
      this.renderRoot.querySelector<SVGElement>(`[data-code="${next.group.code}"]`)!.focus();
    } else if (event.key in zooms) {
      event.preventDefault();
      this.refocus = true;
      this.zoomBy(zooms[event.key]!, focused.inset ? undefined : focused.at);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(focused);
    } else if (event.key === 'Escape') {
      this.tip = undefined;
    }
  }
}
