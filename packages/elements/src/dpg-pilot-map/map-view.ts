/**
 * Zoom and pan of the world map, as pure functions over a view: a zoom factor and the point
 * of the map (in SVG units) at the centre of the frame. The Eastern Caribbean inset is not
 * zoomed: it stays where it is, as a legend would.
 */
import { MAP_HEIGHT, MAP_WIDTH } from './map-frame.js';
import type { Point } from './world-layout.js';

export interface View {
  zoom: number;
  cx: number;
  cy: number;
}

export const WHOLE_WORLD: View = { zoom: 1, cx: MAP_WIDTH / 2, cy: MAP_HEIGHT / 2 };
export const MAX_ZOOM = 8;

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/** The view with its zoom between 1 and MAX_ZOOM and its centre where the frame stays filled with map. */
export function clampView({ zoom, cx, cy }: View): View {
  const z = clamp(zoom, 1, MAX_ZOOM);
  const halfWidth = MAP_WIDTH / (2 * z);
  const halfHeight = MAP_HEIGHT / (2 * z);
  return { zoom: z, cx: clamp(cx, halfWidth, MAP_WIDTH - halfWidth), cy: clamp(cy, halfHeight, MAP_HEIGHT - halfHeight) };
}

/** Zooms by `factor`, centred on `around` when given (the focused country), else where it is. */
export function zoomView(view: View, factor: number, around?: Point): View {
  const [cx, cy] = around ?? [view.cx, view.cy];
  return clampView({ zoom: view.zoom * factor, cx, cy });
}

/** Moves the map by (dx, dy) frame units, as a drag does: the map follows the pointer. */
export function panView(view: View, dx: number, dy: number): View {
  return clampView({ zoom: view.zoom, cx: view.cx - dx / view.zoom, cy: view.cy - dy / view.zoom });
}

/** Centres the view on `point` when it is outside the middle of the frame, so a focused country stays in sight. */
export function followView(view: View, [x, y]: Point): View {
  const [fx, fy] = toFrame(view, [x, y]);
  const inside = fx > MAP_WIDTH * 0.1 && fx < MAP_WIDTH * 0.9 && fy > MAP_HEIGHT * 0.1 && fy < MAP_HEIGHT * 0.9;
  return inside ? view : clampView({ zoom: view.zoom, cx: x, cy: y });
}

/** Where a map point is in the frame (SVG units) under the view. */
export function toFrame(view: View, [x, y]: Point): Point {
  return [(x - view.cx) * view.zoom + MAP_WIDTH / 2, (y - view.cy) * view.zoom + MAP_HEIGHT / 2];
}

/** The SVG transform that shows the view. */
export function viewTransform(view: View): string {
  const [tx, ty] = toFrame(view, [0, 0]);
  return `translate(${tx} ${ty}) scale(${view.zoom})`;
}

/** A pointer that moves less than this many pixels between down and up clicks; more drags. */
const DRAG_THRESHOLD = 4;

/**
 * Turns a drag on the map into pans, in pixels. Once the pointer has moved, the SVG captures
 * it, so the click that ends a drag is the SVG's, not a country's: a drag never selects.
 */
export class MapDrag {
  private last?: { x: number; y: number; moved: boolean };

  constructor(
    private readonly enabled: () => boolean,
    private readonly pan: (dx: number, dy: number) => void,
  ) {}

  /** Whether a drag is moving the map now. */
  get moving(): boolean {
    return this.last?.moved ?? false;
  }

  readonly down = (event: PointerEvent): void => {
    if (this.enabled() && event.button === 0) this.last = { x: event.clientX, y: event.clientY, moved: false };
  };

  readonly move = (event: PointerEvent): void => {
    const last = this.last;
    if (!last) return;
    const dx = event.clientX - last.x;
    const dy = event.clientY - last.y;
    if (!last.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    if (!last.moved) (event.currentTarget as Element).setPointerCapture(event.pointerId);
    this.last = { x: event.clientX, y: event.clientY, moved: true };
    this.pan(dx, dy);
  };

  readonly end = (): void => {
    this.last = undefined;
  };
}
