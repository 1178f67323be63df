/**
 * Logs every `dpg-*` event an element sends to Storybook's Actions panel, with its detail, so a
 * designer sees what a page would hear (a chosen card, a sort, a load) while trying a story.
 * The events bubble out of the shadow roots, so one listener per event on the canvas hears all.
 */
import type { Decorator } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import type { Manifest } from './arg-types.js';

/** The names of every event the manifest's elements send. */
export function eventNames(manifest: Manifest): string[] {
  const names = new Set<string>();
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) for (const event of declaration.events ?? []) names.add(event.name);
  }
  return [...names].sort();
}

export function eventLog(names: string[]): Decorator {
  const listening = new WeakSet<HTMLElement>();
  return (story, context) => {
    const canvas = context.canvasElement;
    if (!listening.has(canvas)) {
      listening.add(canvas);
      for (const name of names) canvas.addEventListener(name, (event) => action(name)((event as CustomEvent).detail));
    }
    return story();
  };
}
