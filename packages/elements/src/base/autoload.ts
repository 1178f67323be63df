/**
 * The autoloader of the CDN entry: a tag's chunk is requested when that tag is on the page or
 * appears on it later, and never otherwise.
 *
 * It watches the document and every shadow root a dpg-kit element creates (elements announce
 * theirs through `announceRenderRoot`), so a tag that one element renders inside another is found
 * too. A page that holds one card therefore downloads no map, registry or table, however long it
 * stays open; `defineAll()` is there for a page that wants every tag defined up front.
 *
 * Several copies of dpg-kit on one page share the record of what was requested (through a
 * `Symbol.for` key), so a tag's chunk is loaded by the first copy that finds it, and the others
 * wait for that definition instead of racing it.
 */

/** Loads the module that defines one tag. */
export type TagLoader = () => Promise<unknown>;

/** Called with each element of a tag the first time the autoloader finds that tag. */
export type FoundHook = (element: Element) => void;

/** Something that wants to hear of each new render root (one per copy of dpg-kit on the page). */
interface RootWatcher {
  watch(root: Node): void;
}

const WATCHERS = Symbol.for('dpg-kit.autoload-watchers');
const REQUESTED = Symbol.for('dpg-kit.lazy-tags');

type Shared = typeof globalThis & { [WATCHERS]?: Set<RootWatcher>; [REQUESTED]?: Set<string> };

function watchers(): Set<RootWatcher> {
  return ((globalThis as Shared)[WATCHERS] ??= new Set());
}

/** Tags whose chunk some copy of dpg-kit on this page has already asked for. */
function requestedTags(): Set<string> {
  return ((globalThis as Shared)[REQUESTED] ??= new Set());
}

/**
 * Tells every running autoloader of a new shadow root, so tags rendered into it load too.
 * Costs one property read when no autoloader runs (an element used from npm, say).
 */
export function announceRenderRoot(root: Node): void {
  for (const watcher of (globalThis as Shared)[WATCHERS] ?? []) watcher.watch(root);
}

/** Says which chunk failed, where: a folder copied without its `chunks/` is the usual cause. */
function reportMissingChunk(tag: string): (error: unknown) => void {
  return (error) =>
    console.error(`dpg-kit: <${tag}> could not be loaded; keep the chunks/ folder next to dpg-kit.js.`, error);
}

/**
 * Loads the chunk of `tag` once per page: the first copy of dpg-kit to ask loads it, a later one
 * waits for the tag's definition before running its own (which `define()` then ignores or warns
 * about). Resolves once this copy's chunk has run; rejects (after saying so on the console)
 * when it could not be loaded.
 */
export function loadTag(tag: string, load: TagLoader): Promise<void> {
  const requested = requestedTags();
  const first = !requested.has(tag);
  requested.add(tag);
  return (first ? load() : customElements.whenDefined(tag).then(load)).then(
    () => undefined,
    (error: unknown) => {
      reportMissingChunk(tag)(error);
      throw error;
    },
  );
}

/** The open shadow roots of dpg-kit elements under `root`, nested ones included. */
function dpgShadowRoots(root: Document | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot && element.localName.startsWith('dpg-')) found.push(element.shadowRoot, ...dpgShadowRoots(element.shadowRoot));
  }
  return found;
}

export interface Autoloader {
  /** Loads every tag's chunk now, whether or not the page has the tag; resolves when all ran. */
  defineAll(): Promise<void>;
  /** Stops watching (every tag found is still loaded). */
  stop(): void;
}

/**
 * Starts watching `document` and announced render roots for the tags of `loaders`. `onFound`
 * runs once per tag, with the first element of it found, as its chunk is requested: the place
 * to start that element's data in the same round as its code.
 */
export function startAutoloader(loaders: Readonly<Record<string, TagLoader>>, onFound?: (tag: string, element: Element) => void): Autoloader {
  const pending = new Map(Object.entries(loaders));
  const loading = new Map<string, Promise<void>>();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) scan(node as Element);
    }
  });
  const watcher: RootWatcher = { watch: (root) => observe(root) };

  function found(tag: string, element: Element): void {
    const load = pending.get(tag);
    if (!load) return;
    pending.delete(tag);
    onFound?.(tag, element);
    start(tag, load).catch(() => undefined); // reported by loadTag; the element stays as it is
    if (pending.size === 0) stop();
  }

  /** Looks at `root` and everything below it (not into shadow roots: those are announced). */
  function scan(root: Element | Document | DocumentFragment): void {
    if (pending.size === 0) return;
    if (root instanceof Element) found(root.localName, root);
    if (pending.size === 0) return;
    for (const element of root.querySelectorAll([...pending.keys()].join(','))) found(element.localName, element);
  }

  function observe(root: Node): void {
    if (pending.size === 0) return;
    observer.observe(root, { childList: true, subtree: true });
    if (root instanceof Element || root instanceof Document || root instanceof DocumentFragment) scan(root);
  }

  function start(tag: string, load: TagLoader): Promise<void> {
    const promise = loadTag(tag, load);
    loading.set(tag, promise);
    return promise;
  }

  function stop(): void {
    observer.disconnect();
    watchers().delete(watcher);
  }

  watchers().add(watcher);
  observe(document);
  // Elements upgraded before this ran (those this module's own imports defined, or another
  // copy's) announced their shadow roots to nobody: find those roots now.
  for (const root of dpgShadowRoots(document)) observe(root);

  return {
    async defineAll() {
      for (const [tag, load] of pending) start(tag, load).catch(() => undefined);
      pending.clear();
      stop();
      await Promise.all(loading.values());
    },
    stop,
  };
}
