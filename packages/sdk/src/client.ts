/**
 * `createClient`: the one place that wires sources, adapters, the store and the queries.
 */
import type { CommunityOfPractice, DigitalPublicGood } from './model.js';
import type { Issue } from './issues.js';
import { DpgError } from './errors.js';
import type { DpgClient, Sdg } from './client-types.js';
import type { DpgQuery } from './query/types.js';
import { DpgStore } from './query/store.js';
import type { RegistryData, RegistrySource } from './sources/source.js';
import { snapshotSource } from './sources/snapshot.js';
import { SharedLoad } from './util/shared-load.js';
import { SDG_LIST, sdgInfo } from './normalize/sdgs.js';
import { countryName, countryInfo } from './normalize/country-codes.js';
import { loadPilotData, type PilotDataOptions, type PilotData } from './pilots/source.js';
import { linkPilotDpgs, pilotsForDpg } from './pilots/merge.js';
import { PilotIndex } from './pilots/pilot-index.js';
import { filterCops } from './pilots/query.js';

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DpgError('aborted', 'The query was aborted while the search index was being built.', { cause: signal.reason });
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
  const registryLoad = new SharedLoad<Loaded>(
    async (signal) => {
      const data = await registry.load({ signal });
      return { ...data, store: new DpgStore(data.records) };
    },
    { keep: true },
  );
  const pilotLoad = new SharedLoad<PilotData>((signal) => loadPilotData(options, signal), { keep: true });
  const fullRecords = new Map<string, DigitalPublicGood>();

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

  let pilotIndex: { store: DpgStore; data: PilotData; index: PilotIndex } | undefined;
  /**
   * The pilots, their DPG links checked against the registry in use, ready for queries: one
   * index per pair of loads, so every query on the same loaded data shares its answers.
   */
  const pilots = async (signal?: AbortSignal): Promise<PilotIndex> => {
    const [{ store }, data] = await Promise.all([loaded(signal), pilotLoad.get(signal, 'the pilots')]);
    if (pilotIndex?.store !== store || pilotIndex.data !== data) {
      pilotIndex = { store, data, index: new PilotIndex(linkPilotDpgs(data.pilots, (key) => store.find(key))) };
    }
    return pilotIndex.index;
  };

  const notFound = (what: string, id: string) =>
    new DpgError('not-found', `No ${what} with id "${id}". List them to see which ids exist.`);

  return {
    dpgs: {
      async list(query = {}, { signal } = {}) {
        const { store, meta } = await ready(query, signal);
        return { ...store.list(query), meta };
      },
      async count(query = {}, { signal } = {}) {
        return (await ready(query, signal)).store.count(query);
      },
      async get(id, { signal } = {}) {
        const { store } = await loaded(signal);
        const record = typeof id === 'string' ? store.find(id) : undefined;
        if (!record) throw notFound('DPG', String(id));
        const cached = fullRecords.get(record.id);
        if (cached) return cached;
        const full = (await registry.loadFull?.(record.id, signal ? { signal } : {})) ?? record;
        fullRecords.set(record.id, full);
        return full;
      },
      async facets(query = {}, { signal } = {}) {
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
        return pilotsForDpg((await pilots(signal)).pilots, record.id);
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
        return filterCops((await pilotLoad.get(signal, 'the Communities of Practice')).cops, query);
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
      return [...registryData.issues, ...pilotData.issues];
    },
    async meta({ signal } = {}) {
      return (await loaded(signal)).meta;
    },
  };
}

let defaultClient: DpgClient | undefined;

/** The client every element uses when no `<dpg-provider>` gives another: the embedded snapshot. */
export function getDefaultClient(): DpgClient {
  defaultClient ??= createClient();
  return defaultClient;
}
