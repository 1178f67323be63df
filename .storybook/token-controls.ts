/**
 * Applies the "CSS custom properties" controls: each `--dpg-*` arg with a value is set on the
 * story's canvas through the CSSOM (`style.setProperty`), so every element in the story
 * inherits it and the story's "Show code" snippet stays free of inline styles.
 */
import type { Decorator } from '@storybook/web-components-vite';

const TOKEN = /^--dpg-/;

export const tokenControls: Decorator = (story, context) => {
  const style = context.canvasElement.style;
  // The canvas outlives the story in it: tokens of the previous story or value must go.
  for (const name of Array.from(style)) if (TOKEN.test(name)) style.removeProperty(name);
  for (const [name, value] of Object.entries(context.args)) {
    if (TOKEN.test(name) && typeof value === 'string' && value.trim() !== '') style.setProperty(name, value);
  }
  return story();
};
