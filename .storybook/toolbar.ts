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
import { useEffect } from 'storybook/preview-api';
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
  const storyTheme = context.args.theme as string | undefined;
  useEffect(() => {
    if (storyTheme) return;
    for (const element of canvas.querySelectorAll('*')) {
      if (element.localName.startsWith('dpg-') && element.localName !== 'dpg-provider') element.setAttribute('theme', theme);
    }
  });
  return story();
};
