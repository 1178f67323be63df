/**
 * Which language an element speaks: its own `lang` attribute; else, for a server-rendered
 * element, the language its HTML was written in; else the nearest ancestor's (crossing shadow
 * roots, so an element inside another component follows that component's host), else the
 * document's, else English.
 *
 * The attribute can change at any time (a partner's language switcher), on the element or on
 * any ancestor, so each root on the way up is watched by one shared MutationObserver.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf, loadLocale, messagesFor, onLanguageRegistered, resolveLocale, type Locale, type Messages } from './i18n/index.js';

type Host = ReactiveControllerHost & HTMLElement;

interface Watch {
  observer: MutationObserver;
  controllers: Set<LangController>;
}

const watches = new Map<Node, Watch>();

function watch(root: Node, controller: LangController): void {
  let entry = watches.get(root);
  if (!entry) {
    const controllers = new Set<LangController>();
    const observer = new MutationObserver(() => controllers.forEach((each) => each.refresh()));
    observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    entry = { observer, controllers };
    watches.set(root, entry);
  }
  entry.controllers.add(controller);
}

function unwatch(root: Node, controller: LangController): void {
  const entry = watches.get(root);
  if (!entry) return;
  entry.controllers.delete(controller);
  if (entry.controllers.size === 0) {
    entry.observer.disconnect();
    watches.delete(root);
  }
}

/** The `lang` in force at `element`: its own or its nearest ancestor's, across shadow roots. */
export function inheritedLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

export class LangController implements ReactiveController {
  /** The BCP 47 tag in force, as written (used for `Intl`); `en` when none is set. */
  lang = 'en';
  locale: Locale = 'en';
  dir: 'ltr' | 'rtl' = 'ltr';
  messages: Messages = messagesFor('en');
  /** Resolves once the strings of the language in force are here (at once for English). */
  loaded: Promise<void> = Promise.resolve();
  private roots: Node[] = [];
  /** The language a server render was written in ('' for none), for an element without a `lang` of its own. */
  private serverLang: string | undefined;
  private stopListening: (() => void) | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    // A server-rendered element (its shadow root came in the HTML) was written in one language:
    // without a `lang` of its own it keeps that one, so hydration finds the text and direction
    // it expects instead of re-rendering strings of the page's language into the server's layout.
    // Read at the first connection only: later, the shadow root holds the client's own render.
    this.serverLang ??= this.host.shadowRoot?.querySelector<HTMLElement>('[lang]')?.lang ?? '';
    this.roots = [];
    for (let root = this.host.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
      this.roots.push(root);
      watch(root, this);
      if (!(root instanceof ShadowRoot)) break;
    }
    // A language registered later may be this element's: read the language again then.
    this.stopListening = onLanguageRegistered(() => this.refresh(true));
    this.refresh();
  }

  hostDisconnected(): void {
    this.roots.forEach((root) => unwatch(root, this));
    this.roots = [];
    this.stopListening?.();
    this.stopListening = undefined;
  }

  /** Re-reads the language and re-renders the host when it changed (or always, when `force`). */
  refresh(force = false): void {
    const lang = this.host.lang || this.serverLang || inheritedLang(this.host) || 'en';
    if (lang === this.lang && !force) return;
    this.lang = lang;
    this.locale = resolveLocale(lang);
    this.dir = directionOf(this.locale);
    this.messages = messagesFor(this.locale);
    this.host.requestUpdate();
    const locale = this.locale;
    const pending = loadLocale(locale);
    if (!pending) {
      this.loaded = Promise.resolve();
      return;
    }
    // Its strings load with its first use: the host re-renders in its language when they arrive.
    this.loaded = pending.then(() => {
      if (this.locale !== locale) return;
      this.messages = messagesFor(locale);
      this.host.requestUpdate();
    });
  }
}
