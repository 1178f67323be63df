/**
 * One load of pilots, ready to answer queries: the client builds one per load (per registry and
 * pilot data it has loaded) and asks it every pilot question. An answer is computed once per
 * query and remembered, so elements that ask again at each render (a map and a list side by
 * side, a filter toggled back) cost a lookup, not a pass over the pilots.
 */
import type { Pilot } from '../model.js';
import { compilePilotQuery, groupByCountry, type CompiledPilotQuery, type PilotCountry, type PilotQuery } from './query.js';

/** Answers kept per kind: enough for every filter a page offers, bounded for a page that makes up queries. */
const REMEMBERED = 64;

/** The answer remembered under `key`, else computed and remembered, the oldest forgotten past the bound. */
function remember<T>(answers: Map<string, T>, key: string, compute: () => T): T {
  const known = answers.get(key);
  if (known !== undefined) return known;
  const answer = compute();
  if (answers.size >= REMEMBERED) answers.delete(answers.keys().next().value!);
  answers.set(key, answer);
  return answer;
}

export class PilotIndex {
  /** Every pilot of the load, in the data's order. */
  readonly pilots: readonly Pilot[];
  readonly #byId = new Map<string, Pilot>();
  readonly #lists = new Map<string, readonly Pilot[]>();
  readonly #countries = new Map<string, readonly PilotCountry[]>();

  constructor(pilots: readonly Pilot[]) {
    this.pilots = pilots;
    for (const pilot of pilots) if (!this.#byId.has(pilot.id)) this.#byId.set(pilot.id, pilot);
  }

  /** The pilot with this id, if any. */
  get(id: string): Pilot | undefined {
    return this.#byId.get(id);
  }

  /** The pilots `query` keeps, in the data's order. The array is the caller's to change. */
  list(query: PilotQuery = {}): Pilot[] {
    return [...this.#matching(compilePilotQuery(query))];
  }

  /** The countries of the pilots `query` keeps, by code. The arrays are the caller's to change. */
  countries(query: PilotQuery = {}): PilotCountry[] {
    const compiled = compilePilotQuery(query);
    const groups = remember(this.#countries, compiled.key, () => groupByCountry(this.#matching(compiled), compiled.countries));
    return groups.map((group) => ({ ...group, pilots: [...group.pilots] }));
  }

  #matching(compiled: CompiledPilotQuery): readonly Pilot[] {
    return remember(this.#lists, compiled.key, () => this.pilots.filter(compiled.matches));
  }
}
