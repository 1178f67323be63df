/**
 * The builder's form: the controls of the chosen element's options, made with the DOM (never
 * markup), and what the whole form says, read back as one snippet choice.
 */
import { elementChoice, frameHeight, type ElementOption } from './builder-options.js';
import { fallbackLink, type ChosenDpg } from './fallback-links.js';
import type { SnippetChoice } from './snippets.js';

function control(option: ElementOption): HTMLElement {
  const id = `option-${option.name}`;
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = option.label;
  const field = document.createElement('div');
  field.className = 'field';
  if (option.kind === 'select') {
    const select = document.createElement('select');
    for (const [value, text] of option.values) select.add(new Option(text, value));
    field.append(label, named(select, id, option.name));
    return field;
  }
  const input = document.createElement('input');
  input.type = 'text';
  input.autocomplete = 'off';
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.id = `${id}-hint`;
  hint.textContent = option.hint;
  input.setAttribute('aria-describedby', hint.id);
  field.append(label, named(input, id, option.name), hint);
  return field;
}

/** Gives a control its id and the attribute it sets. */
function named<T extends HTMLInputElement | HTMLSelectElement>(input: T, id: string, attribute: string): T {
  input.id = id;
  input.name = attribute;
  input.dataset.attribute = attribute;
  return input;
}

/** Replaces the element-specific controls with those of `tag`. */
export function renderOptions(container: HTMLElement, tag: string): void {
  container.replaceChildren(...elementChoice(tag).options.map(control));
}

/** The form's controls the builder reads. */
export interface FormControls {
  element: HTMLSelectElement;
  options: HTMLElement;
  theme: HTMLSelectElement;
  lang: HTMLSelectElement;
  transparent: HTMLInputElement;
  newTab: HTMLInputElement;
}

/** What the form says now, with the DPG chosen (or none), as one snippet choice. */
export function readChoice(controls: FormControls, dpg: ChosenDpg | null): SnippetChoice {
  const choice = elementChoice(controls.element.value);
  const attributes = new Map<string, string>();
  if (dpg && choice.dpg !== 'none') attributes.set('dpg-id', dpg.id);
  for (const option of choice.options) {
    const input = controls.options.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-attribute="${option.name}"]`);
    const value = input?.value.trim() ?? '';
    // The element's default (the first value of a list, an empty field) stays out of the snippet.
    const fallback = option.kind === 'select' ? option.values[0]![0] : '';
    if (value !== fallback && value !== '') attributes.set(option.name, value);
  }
  if (controls.theme.value) attributes.set('theme', controls.theme.value);
  const lang = controls.lang.value;
  const fallback = fallbackLink(choice.tag, lang || 'en', choice.dpg === 'one' ? dpg : null);
  return {
    tag: choice.tag,
    attributes: [...attributes],
    lang,
    fallback,
    frame: { title: fallback.text, height: frameHeight(choice.tag, attributes), transparent: controls.transparent.checked, newTab: controls.newTab.checked },
  };
}
