/**
 * The toolbar's theme, language and direction switches, applied to every story.
 *
 * Language and direction go on the story's canvas as `lang` and `dir`: the elements read the
 * nearest ancestor's `lang`, and the page around them takes the direction. The theme goes on
 * each element as its `theme` attribute (the elements' own switch; unset, they follow the
 * reader's system setting), unless the story sets one itself, and the canvas takes the
 * theme's surface and text colours so a dark element sits on a dark page.
 */
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { PALETTE } from '../packages/elements/src/base/theme.styles.js';

export const LANGUAGES = [
  { value: 'en', title: 'English' },
  { value: 'fr', title: 'Français' },
  { value: 'es', title: 'Español' },
  { value: 'pt', title: 'Português' },
  { value: 'ar', title: 'العربية' },
];

export const globalTypes: Preview['globalTypes'] = {
  theme: {
    description: 'Colour scheme of the elements and the canvas',
    toolbar: {
      title: 'Theme',
      icon: 'contrast',
      items: [
        { value: 'light', title: 'Light', icon: 'sun' },
        { value: 'dark', title: 'Dark', icon: 'moon' },
      ],
      dynamicTitle: true,
    },
  },
  locale: {
    description: 'Language of the elements (lang on the canvas)',
    toolbar: { title: 'Language', icon: 'globe', items: LANGUAGES, dynamicTitle: true },
  },
  direction: {
    description: 'Direction of the page around the elements',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      items: [
        { value: 'auto', title: 'Direction of the language' },
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
      dynamicTitle: true,
    },
  },
};

export const initialGlobals = { theme: 'light', locale: 'en', direction: 'auto' };

const RTL_LANGUAGES = new Set(['ar']);
const colour = (name: string, scheme: 'light' | 'dark') => {
  const row = PALETTE.find(([token]) => token === name)!;
  return scheme === 'dark' ? row[2] : row[1];
};

/** What the toolbar asks of each canvas: a theme, unless the story sets its own. */
const wantedTheme = new WeakMap<HTMLElement, 'light' | 'dark' | null>();
const watched = new WeakSet<HTMLElement>();

function applyTheme(canvas: HTMLElement): void {
  const theme = wantedTheme.get(canvas);
  if (!theme) return;
  for (const element of canvas.querySelectorAll('*')) {
    const themed = element.localName.startsWith('dpg-') && element.localName !== 'dpg-provider';
    if (themed && element.getAttribute('theme') !== theme) element.setAttribute('theme', theme);
  }
}

/** Themes the elements already there and, through one observer per canvas, those a render adds. */
function themeCanvas(canvas: HTMLElement, theme: 'light' | 'dark' | null): void {
  wantedTheme.set(canvas, theme);
  if (!watched.has(canvas)) {
    watched.add(canvas);
    new MutationObserver(() => applyTheme(canvas)).observe(canvas, { childList: true, subtree: true });
  }
  applyTheme(canvas);
}

export const toolbar: Decorator = (story, context) => {
  const theme: 'light' | 'dark' = context.globals.theme === 'dark' ? 'dark' : 'light';
  const locale = String(context.globals.locale ?? 'en');
  const direction = context.globals.direction === 'ltr' || context.globals.direction === 'rtl' ? context.globals.direction : RTL_LANGUAGES.has(locale) ? 'rtl' : 'ltr';
  const canvas = context.canvasElement;
  canvas.lang = locale;
  canvas.dir = direction;
  // In a story's own view the canvas is only as tall as the story: the page takes the colours too.
  const surfaces = context.viewMode === 'story' ? [canvas, document.body] : [canvas];
  for (const surface of surfaces) {
    surface.style.setProperty('color-scheme', theme);
    surface.style.setProperty('background-color', colour('surface', theme));
    surface.style.setProperty('color', colour('text', theme));
  }
  themeCanvas(canvas, context.args.theme ? null : theme);
  return story();
};
