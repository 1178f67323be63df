/**
 * The module of `builder.html`, the snippet builder: pick an element, find a DPG, set the
 * options, theme and language, watch the preview, copy a snippet. Every control is a native,
 * labelled form control, so the page works by keyboard and with a screen reader as it stands;
 * status lines (`role="status"`) say how many DPGs matched and what was copied.
 *
 * Snippets point at the folder this module is served from, so a builder on a CDN hands out that
 * CDN's addresses.
 */
import type { DpgClient } from '@dpg-kit/sdk';
import { providedClient } from './builder-client.js';
import { renderOptions, readChoice, type FormControls } from './builder-form.js';
import { elementChoice, ELEMENTS, LANGUAGES } from './builder-options.js';
import { EMBEDDABLE } from './embed-attributes.js';
import type { ChosenDpg } from './fallback-links.js';
import { htmlSnippet, iframeSnippet, reactSnippet, vueSnippet, type SnippetChoice } from './snippets.js';

const base = new URL('./', import.meta.url);
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const controls: FormControls = {
  element: byId('element'),
  options: byId('element-options'),
  theme: byId('theme'),
  lang: byId('lang'),
  transparent: byId('transparent'),
  newTab: byId('new-tab'),
};
const form = byId<HTMLFormElement>('builder-form');
const dpgField = byId<HTMLFieldSetElement>('dpg-field');
const search = byId<HTMLInputElement>('dpg-search');
const matches = byId<HTMLSelectElement>('dpg-choice');
const dpgStatus = byId('dpg-status');
const preview = byId('preview');
const copyStatus = byId('copy-status');
const outputs = {
  html: byId<HTMLTextAreaElement>('snippet-html'),
  iframe: byId<HTMLTextAreaElement>('snippet-iframe'),
  react: byId<HTMLTextAreaElement>('snippet-react'),
  vue: byId<HTMLTextAreaElement>('snippet-vue'),
};

/** The DPGs of the last search, by id. */
const found = new Map<string, ChosenDpg>();

function chosenDpg(): ChosenDpg | null {
  return found.get(matches.value) ?? null;
}

/** Shows the choice in the preview: the same element, its attributes changed in place. */
function showPreview(choice: SnippetChoice): void {
  let element = preview.firstElementChild as HTMLElement | null;
  if (element?.localName !== choice.tag) {
    element = document.createElement(choice.tag);
    preview.replaceChildren(element);
  }
  const wanted = new Map(choice.attributes);
  for (const name of EMBEDDABLE[choice.tag]) {
    const value = wanted.get(name);
    if (value === undefined) element.removeAttribute(name);
    else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
  if (choice.lang) element.lang = choice.lang;
  else element.removeAttribute('lang');
  preview.dataset.theme = controls.theme.value || 'auto';
}

function update(): void {
  const choice = readChoice(controls, chosenDpg());
  showPreview(choice);
  outputs.html.value = htmlSnippet(choice, base);
  outputs.iframe.value = iframeSnippet(choice, base);
  outputs.react.value = reactSnippet(choice);
  outputs.vue.value = vueSnippet(choice);
}

/** Shows or hides the DPG search for the element; the pilot elements may go without a DPG. */
function onElementChange(): void {
  const choice = elementChoice(controls.element.value);
  dpgField.hidden = choice.dpg === 'none';
  renderOptions(controls.options, choice.tag);
  const any = matches.options[0]?.value === '';
  if (choice.dpg === 'filter' && !any) matches.add(new Option('Any DPG', ''), 0);
  if (choice.dpg !== 'filter' && any) matches.remove(0);
  if (matches.selectedIndex < 0 && matches.options.length > 0) matches.selectedIndex = 0;
  update();
}

let searchRun = 0;

async function runSearch(client: DpgClient): Promise<void> {
  const run = ++searchRun;
  const q = search.value.trim();
  const page = await client.dpgs.list({ ...(q ? { q } : {}), pageSize: 20, sort: q ? 'relevance' : 'name' });
  if (run !== searchRun) return;
  const previous = matches.value;
  found.clear();
  const options = page.items.map((dpg) => {
    found.set(dpg.id, { id: dpg.id, name: dpg.name, ...(dpg.registryUrl || dpg.website ? { url: dpg.registryUrl ?? dpg.website } : {}) });
    return new Option(dpg.name, dpg.id);
  });
  if (elementChoice(controls.element.value).dpg === 'filter') options.unshift(new Option('Any DPG', ''));
  matches.replaceChildren(...options);
  const keep = [...matches.options].findIndex((option) => option.value === previous);
  matches.selectedIndex = keep >= 0 ? keep : options.length > 0 ? 0 : -1;
  dpgStatus.textContent = page.total === 0 ? 'No DPG matches.' : `${page.total} ${page.total === 1 ? 'DPG matches' : 'DPGs match'}${page.total > page.items.length ? `, the first ${page.items.length} listed` : ''}.`;
  update();
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const output = byId<HTMLTextAreaElement>(button.dataset.copy!);
  const what = button.textContent!.replace(/^Copy /, '');
  copyStatus.textContent = '';
  try {
    await navigator.clipboard.writeText(output.value);
    copyStatus.textContent = `Copied the ${what} snippet.`;
  } catch {
    output.focus();
    output.select();
    copyStatus.textContent = `The browser did not allow copying: the ${what} snippet is selected, press Ctrl+C (⌘C on a Mac).`;
  }
}

function reportFailure(error: unknown): void {
  dpgStatus.textContent = 'The registry could not be searched; reload the page to try again.';
  console.error('dpg-kit builder:', error);
}

async function start(): Promise<void> {
  for (const choice of ELEMENTS) controls.element.add(new Option(choice.label, choice.tag));
  for (const [value, label] of LANGUAGES) controls.lang.add(new Option(label, value));
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', (event) => {
    if (event.target === controls.element) onElementChange();
    else if (event.target !== search) update();
  });
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).dataset.attribute) update();
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) button.addEventListener('click', () => void copy(button));
  onElementChange();
  const client = await providedClient(form);
  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void runSearch(client).catch(reportFailure), 200);
  });
  await runSearch(client);
}

start().catch(reportFailure);
