/**
 * SDG chips: the official colour behind the goal number. Several UN colours are too light for
 * white text (SDG 7 yellow: 1.6:1), so the number takes whichever of black or white contrasts
 * more; for any colour that is at least 4.58:1, so every chip meets WCAG AA.
 */

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of `#rrggbb`; null when it is not such a colour. */
export function luminance(hex: string): number | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((part) => channel(parseInt(part, 16))) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 when either is not one). */
export function contrast(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === null || lb === null) return 1;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The answers of `textOn`: a page shows 17 goal colours over and over (every card, every keystroke). */
const readableOn = new Map<string, '#000000' | '#ffffff'>();

/** Black or white, whichever reads better on `background`. */
export function textOn(background: string): '#000000' | '#ffffff' {
  let text = readableOn.get(background);
  if (!text) {
    text = contrast(background, '#000000') >= contrast(background, '#ffffff') ? '#000000' : '#ffffff';
    // Bounded: a page could hand in any number of colours of its own.
    if (readableOn.size < 256) readableOn.set(background, text);
  }
  return text;
}
