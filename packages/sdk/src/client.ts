/**
 * `createClient`: the one place that wires sources, adapters, the store and the queries.
 */
import type { CommunityOfPractice, DigitalPublicGood, SourceMeta } from './model.js';
import type { Issue } from './issues.js';
import { DpgError, isDpgError } from './errors.js';
import type { DpgClient, Sdg } from './client-types.js';
import { FILTER_FIELDS, type DpgQuery } from './query/types.js';
import type { DpgStore } from './query/store.js';
import type { DetailLevel, FirstPage, RegistryData, RegistrySource } from './sources/source.js';
import { snapshotSource } from './sources/snapshot.js';
import { SharedLoad } from './util/shared-load.js';
import { SDG_LIST, sdgInfo } from './normalize/sdg-info.js';
import { countryName, countryInfo } from './normalize/country-codes.js';
import type { PilotDataOptions, PilotData } from './pilots/source.js';
import type { PilotIndex } from './pilots/pilot-index.js';

// The store (indexes, filters, facets) and the pilots load with the first call that needs
// them: a page showing one card reads one DPG's file and never downloads either.
const storeModule = () => import('./query/store.js');
const firstPageModule = () => import('./hosted/first-page.js');
const pilotModules = () =>
  Promise.all([import('./pilots/source.js'), import('./pilots/merge.js'), import('./pilots/pilot-index.js'), import('./pilots/query.js')]);

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DpgError('aborted', 'The query was aborted while the search index was being built.', { cause: signal.reason });
}

/** Whether `query` asks for the whole registry in name order: no search text, no filter. */
function isUnfiltered(query: DpgQuery): boolean {
  const q = query.q;
  if (q !== undefined && (typeof q !== 'string' || q.trim() !== '')) return false;
  if (query.sort !== undefined && query.sort !== 'name' && query.sort !== 'relevance') return false;
  return FILTER_FIELDS.every((field) => query[field] === undefined);
}

/** Options of `createClient`. Every field is optional: `createClient()` reads the embedded snapshot. */
export interface ClientOptions extends PilotDataOptions {
  /** Where registry records come from. Default: the embedded snapshot. */
  registry?: RegistrySource;
}

interface Loaded extends RegistryData {
  store: DpgStore;
}

/**
 * Creates a client. Nothing loads until the first query; each source then loads once and is
 * shared by every query, so many elements on a page cost one load.
 */
export function createClient(options: ClientOptions = {}): DpgClient {
  const registry = options.registry ?? snapshotSource();
  /** Set once the index is loaded: from then on it answers every question. */
  let indexLoaded = false;
  const registryLoad = new SharedLoad<Loaded>(
    async (signal) => {
      const [data, { DpgStore }] = await Promise.all([registry.load({ signal }), storeModule()]);
      const store = new DpgStore(data.records);
      indexLoaded = true;
      return { ...data, store };
    },
    { keep: true },
  );
  /** The source's first page (`first.json`), asked for once; none after a failure. */
  let firstFailed = false;
  const firstLoad = new SharedLoad<FirstPage | undefined>(async (signal) => registry.loadFirst?.({ signal }), { keep: true });
  const pilotLoad = new SharedLoad<PilotData>(async (signal) => (await import('./pilots/source.js')).loadPilotData(options, signal), { keep: true });
  const metaLoad = new SharedLoad<SourceMeta | undefined>(async (signal) => registry.loadMeta?.({ signal }), { keep: true });
  /**
   * Records asked for by `get`, by detail and id as asked: a record is read once however many
   * callers ask for it, at once or later (two cards of one good, or a card whose data the CDN
   * entry asked for before the card was defined). A failed read is forgotten.
   */
  const records = new Map<string, SharedLoad<DigitalPublicGood>>();

  const loaded = (signal?: AbortSignal) => registryLoad.get(signal, `the registry from ${registry.name}`);
  /**
   * The loaded registry, with the search index ready when the query searches. A build that
   * `prepareSearch()` started is awaited, never duplicated.
   */
  const ready = async (query: DpgQuery, signal?: AbortSignal): Promise<Loaded> => {
    const data = await loaded(signal);
    if (typeof query.q === 'string' && query.q.trim()) {
      await data.store.prepareSearch();
      throwIfAborted(signal);
    }
    return data;
  };

  /**
   * The source's first page, when `query` asks for the unfiltered list and the index is not
   * loaded yet: a list of the whole registry paints from a few kB instead of waiting for every
   * record. The index then loads behind it (once the first page is in, so that the two do not
   * share the network), and answers the next question. Undefined: ask the index.
   */
  const firstPage = async (query: DpgQuery, signal: AbortSignal | undefined): Promise<FirstPage | undefined> => {
    if (!registry.loadFirst || indexLoaded || firstFailed || !isUnfiltered(query)) return undefined;
    let first: FirstPage | undefined;
    try {
      first = await firstLoad.get(signal, `the first page from ${registry.name}`);
    } catch (error) {
      if (isDpgError(error, 'aborted') || signal?.aborted) throw error;
      // A damaged or unreachable first page is no error of the list's: the index answers.
      firstFailed = true;
    }
    loaded().catch(() => undefined);
    return first;
  };

  let pilotIndex: { store: DpgStore; data: PilotData; index: PilotIndex } | undefined;
  /**
   * The pilots, their DPG links checked against the registry in use, ready for queries: one
   * index per pair of loads, so every query on the same loaded data shares its answers.
   */
  const pilots = async (signal?: AbortSignal): Promise<PilotIndex> => {
    const [{ store }, data, [, { linkPilotDpgs }, { PilotIndex }]] = await Promise.all([
      loaded(signal),
      pilotLoad.get(signal, 'the pilots'),
      pilotModules(),
    ]);
    if (pilotIndex?.store !== store || pilotIndex.data !== data) {
      pilotIndex = { store, data, index: new PilotIndex(linkPilotDpgs(data.pilots, (key) => store.find(key))) };
    }
    return pilotIndex.index;
  };

  const notFound = (what: string, id: string) =>
    new DpgError('not-found', `No ${what} with id "${id}". List them to see which ids exist.`);

  /**
   * One record at the detail asked. A source with per-DPG files answers an exact id alone; an
   * alias, a registry id or another case is looked up in the index, whose slim record is the
   * compact one; a full record then reads the DPG's own files.
   */
  const getRecord = async (id: string, detail: DetailLevel, signal: AbortSignal | undefined): Promise<DigitalPublicGood> => {
    const one = { detail, ...(signal ? { signal } : {}) };
    if (registry.loadOne && !registryLoad.started) {
      const direct = await registry.loadOne(id, one);
      if (direct) return direct;
    }
    const { store } = await loaded(signal);
    const record = store.find(id);
    if (!record) throw notFound('DPG', id);
    // The index holds the compact record already; only the long texts need another file.
    if (detail === 'compact') return record;
    if (registry.loadOne) {
      const own = await registry.loadOne(record.id, one);
      if (own) return own;
    }
    return (await registry.loadFull?.(record.id, signal ? { signal } : {})) ?? record;
  };

  return {
    dpgs: {
      async list(query = {}, { signal } = {}) {
        const first = await firstPage(query, signal);
        const answer = first && (await firstPageModule()).pageOf(first, query);
        if (answer) return { ...answer, meta: first.meta };
        const { store, meta } = await ready(query, signal);
        return { ...store.list(query), meta };
      },
      async count(query = {}, { signal } = {}) {
        const first = await firstPage(query, signal);
        if (first) return first.total;
        return (await ready(query, signal)).store.count(query);
      },
      async get(id, { signal, detail = 'full' } = {}) {
        if (typeof id !== 'string') throw notFound('DPG', String(id));
        const key = `${detail}\u0000${id}`;
        let record = records.get(key);
        if (!record) {
          record = new SharedLoad((shared) => getRecord(id, detail, shared), { keep: true });
          records.set(key, record);
        }
        return record.get(signal, `DPG "${id}"`);
      },
      async facets(query = {}, { signal } = {}) {
        const first = await firstPage(query, signal);
        if (first) return first.facets;
        return (await ready(query, signal)).store.facets(query);
      },
      async prepareSearch({ signal } = {}) {
        const { store } = await loaded(signal);
        await store.prepareSearch();
        throwIfAborted(signal);
      },
      async pilots(id, { signal } = {}) {
        const { store } = await loaded(signal);
        const record = store.find(id);
        if (!record) throw notFound('DPG', id);
        const [index, [, { pilotsForDpg }]] = await Promise.all([pilots(signal), pilotModules()]);
        return pilotsForDpg(index.pilots, record.id);
      },
    },
    pilots: {
      async list(query = {}, { signal } = {}) {
        return (await pilots(signal)).list(query);
      },
      async get(id, { signal } = {}) {
        const pilot = (await pilots(signal)).get(id);
        if (!pilot) throw notFound('pilot', id);
        return pilot;
      },
      async countries(query = {}, { signal } = {}) {
        return (await pilots(signal)).countries(query);
      },
      async dpgs(id, { signal } = {}) {
        const pilot = await this.get(id, signal ? { signal } : {});
        const { store } = await loaded(signal);
        return pilot.dpgs.flatMap((dpg) => (dpg.id ? [store.find(dpg.id)!] : []));
      },
    },
    cops: {
      async list(query = {}, { signal } = {}): Promise<CommunityOfPractice[]> {
        const [data, [, , , { filterCops }]] = await Promise.all([pilotLoad.get(signal, 'the Communities of Practice'), pilotModules()]);
        return filterCops(data.cops, query);
      },
    },
    sdgs: {
      list: (): Sdg[] => SDG_LIST.map((goal) => sdgInfo(goal)!),
      get: (goal: number) => sdgInfo(goal),
    },
    countries: {
      get: (code: string) => countryInfo(code),
      name: (code: string, lang?: string) => countryName(code, lang),
    },
    async issues({ signal } = {}): Promise<Issue[]> {
      const [registryData, pilotData] = await Promise.all([loaded(signal), pilotLoad.get(signal, 'the pilots')]);
      const apart = (await registry.loadIssues?.(signal ? { signal } : {})) ?? [];
      return [...registryData.issues, ...apart, ...pilotData.issues];
    },
    async meta({ signal } = {}) {
      // A source that tells its meta alone (a hosted manifest) spares a card the whole index;
      // once the index is loaded, its meta (which may say it is stale) is the answer.
      if (!registryLoad.started) {
        const meta = await metaLoad.get(signal, `the registry description from ${registry.name}`);
        if (meta) return meta;
      }
      return (await loaded(signal)).meta;
    },
  };
}

let defaultClient: DpgClient | undefined;
let defaultOptions: ClientOptions = {};

/**
 * The client every element uses when no `<dpg-provider>` gives another: the embedded snapshot,
 * unless `configureDefaultClient` said otherwise.
 */
export function getDefaultClient(): DpgClient {
  defaultClient ??= createClient(defaultOptions);
  return defaultClient;
}

/**
 * Sets the options of the default client, for instance the registry the CDN build ships beside
 * its script (`{ registry: hostedSource(new URL('./registry/', import.meta.url)) }`). Call it
 * before any element asks for data: the next `getDefaultClient()` builds a client with these
 * options, while elements that already hold the previous one keep it.
 */
export function configureDefaultClient(options: ClientOptions): void {
  defaultOptions = { ...options };
  defaultClient = undefined;
}
