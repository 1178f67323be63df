/**
 * Full-text search over DPGs: MiniSearch (BM25) over every text a record carries, read with
 * an English stemmer, with queries widened through the domain vocabulary (search/).
 *
 * How results are ordered:
 * 1. a record whose name or alias is exactly the query ("open mrs" → OpenMRS, "dhis 2");
 * 2. records that match some slot (word) of the query as written or through the vocabulary:
 *    each slot adds its BM25 score (search/tally.ts), and the sum is multiplied by the square
 *    of the share of slots matched, so a record matching more of the query's words ranks
 *    higher and none of the words is required ("electronic medical record" finds Bahmni and
 *    OpenMRS, not Bahmni alone). A word the vocabulary adds counts as no rarer than the word
 *    it stands for ("patient" for "health"): a narrow tool saying rare related words weighs
 *    less against a platform saying the word typed. A record tagged with an SDG the query
 *    names, or holding the query's words side by side as typed, scores more, and so, for a
 *    broad query, does a record deployed in many countries;
 * 3. records found only by forgiving a typo. A typo is forgiven only in a typed word that
 *    finds nothing as written, of 5 letters or more (one edit up to 7, two beyond), so a typo
 *    match never outranks an exact one ("early grade reading" no longer finds Trade Trust).
 *
 * Question and filler words ("how", "ministry", "open source") are left out (search/fillers.ts),
 * and a word found in more than a tenth of the records counts alike in every field.
 *
 * Cost: MiniSearch scores one unit per (term, field, document) triple, so only the last word
 * is completed by prefix, and a last word of one or two letters only in names and aliases
 * ("ko" → "Kolibri"): across descriptions it would expand to a good part of the vocabulary.
 * What each word, term and concept finds is kept between queries (search/memo.ts), so the next
 * keystroke, or a query in another language naming the same concept, scores only what is new.
 */
import MiniSearch, { type Query } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { DigitalPublicGood } from '../model.js';
import { foldText } from '../normalize/fold.js';
import { lowerTokens, stem, STOPWORDS, termOf } from '../search/analyze.js';
import { SearchMemo } from '../search/memo.js';
import { NameIndex } from '../search/names.js';
import { TagIndex } from '../search/tags.js';
import { type AlternativeGroup, planQuery, type Slot } from '../search/plan.js';
import { type Hits, Tally } from '../search/tally.js';
import { type Alternative, Vocabulary, WEIGHTS } from '../search/vocabulary.js';

/**
 * Field weights: a hit in the name outranks the same hit in a description, and a hit in the
 * description's first sentence (`lead`, which says what the record is: "a digital health
 * platform") outranks one in the rest of it (`description`). The lead is cut from the
 * description, not indexed twice: a second copy cost 40% more CPU to build the index. The
 * organisations a DPG is deployed with count a little: "unicef" should find what UNICEF
 * deploys, after what UNICEF makes. The weights were tuned on
 * the even-numbered judged queries of `npm run search-eval` and checked on the odd-numbered.
 *
 * SDG evidence is not indexed. The embedded snapshot keeps it out of its slim file (it is most
 * of the registry's text), and where a registry has it (http, json-url), it tripled the CPU
 * time of an index build at 10,000 records for a mixed effect: on the full 245-record dump,
 * search-eval gave nDCG@10 0.857 with it against 0.861 without, recall@10 0.896 against 0.873.
 */
const BOOST = { name: 2, aliases: 1.5, organizations: 1.5, lead: 3.6, description: 0.6, deployedWith: 0.2 };
const FIELDS = Object.keys(BOOST);
/**
 * Field weights of a typed word found in more than GENERIC_SHARE of the records ("open", "data",
 * "platform"): every field alike. Such a word in a name says little, and its name boost would
 * outweigh the query's rarer words.
 */
const FLAT_BOOST = { name: 1, aliases: 1, organizations: 1, lead: 1, description: 1, deployedWith: 0.2 };
const GENERIC_SHARE = 0.1;
/** Fields where a last term shorter than SHORT_TERM is completed by prefix; elsewhere it must match whole. */
const COMPLETED_FIELDS = ['name', 'aliases'];
const WHOLE_FIELDS = FIELDS.filter((field) => !COMPLETED_FIELDS.includes(field));
const SHORT_TERM = 3;
/** Shortest word in which a typo is forgiven. */
const MIN_FUZZY_LENGTH = 5;
/**
 * Longest: no word is longer, and the typo search costs the square of a term's length (a
 * pasted 100,000-letter "word" asked MiniSearch for a 10 GB table and threw).
 */
const MAX_FUZZY_LENGTH = 40;
/** Edits allowed per letter (one for 5 to 7 letters, two from 8) … */
const FUZZY = 0.2;
/** … and never more than this many. */
const MAX_FUZZY = 2;
/** Weight of a word one edit away from the typed one; less the more edits. */
const TYPO_WEIGHT = 0.45;
/** Weight of a completion of the last word, against 1 for the word as typed. */
const COMPLETION_WEIGHT = 0.5;
/** Most completions of the last word searched, shortest first: "dat" should not search every "data…" word. */
const MAX_COMPLETIONS = 24;
/** A record holding the query's words as one phrase scores this much more. */
const PHRASE_BONUS = 2;
/** Share of the records above which a vocabulary word is too common to search (see #searchGroup). */
const COMMON_SHARE = 0.3;
/**
 * A record tagged with a goal the query names scores up to this much more: the registry's own
 * reading of what it is about. Divided by the square root of the record's number of goals.
 */
const GOAL_BONUS = 3;

/**
 * A broad query (one that finds more than BROAD_SHARE of the records: "health", "education")
 * ranks a record deployed in REACH_COUNTRIES countries REACH_BONUS more, and one deployed in
 * fewer less so (by the logarithm of the count): among the many records that are about the
 * topic, the platforms used widely are the likelier to be meant.
 */
const REACH_BONUS = 0.2;
const REACH_COUNTRIES = 100;
const BROAD_SHARE = 0.2;

interface SearchDocument {
  id: number;
  name: string;
  aliases: string;
  organizations: string;
  /** The description's first sentence, which says what the record is. */
  lead: string;
  /** The rest of the description. */
  description: string;
  /** The organisations it is deployed with. */
  deployedWith: string;
}

/** Longest lead, in characters: a description with no full stop early on has no first sentence to weigh. */
const MAX_LEAD = 300;
const SENTENCE_END = /[.!?](?=\s|$)/g;

/** The first sentence of a description, or its first MAX_LEAD characters. */
export function leadOf(description: string): string {
  SENTENCE_END.lastIndex = 0;
  const end = SENTENCE_END.exec(description);
  if (end && end.index < MAX_LEAD) return description.slice(0, end.index);
  return description.length <= MAX_LEAD ? description : description.slice(0, description.lastIndexOf(' ', MAX_LEAD) + 1 || MAX_LEAD);
}

/** Where a name written in one word changes case: "OpenG2P" → "Open G2P", "StoryWeaver" → "Story Weaver". */
const CASE_CHANGE = /(?<=\p{Ll})(?=\p{Lu})/u;

/** A name with its parts added when it joins words by case, so "g2p" or "weaver" find it too. */
function withParts(name: string): string {
  const parts = name.split(CASE_CHANGE);
  return parts.length > 1 ? `${name} ${parts.join(' ')}` : name;
}

/** What MiniSearch indexes of a record; `id` is the record's index in the store's list. */
function documentOf(record: DigitalPublicGood, id: number): SearchDocument {
  const lead = leadOf(record.description);
  return {
    id,
    name: withParts(record.name),
    aliases: record.aliases.map(withParts).join(' '),
    organizations: record.organizations.map((org) => org.name).join(' '),
    lead,
    description: record.description.slice(lead.length),
    deployedWith: (record.deploymentOrganizations ?? []).join(' '),
  };
}

/** The sub-query of a short last word: completed in names and aliases, whole elsewhere. */
function shortLastQuery(term: string): Query {
  return {
    combineWith: 'OR',
    queries: [
      { queries: [term], prefix: true, fields: COMPLETED_FIELDS },
      { queries: [term], prefix: false, fields: WHOLE_FIELDS },
    ],
  };
}


const mayBeFuzzy = (term: string): boolean => term.length >= MIN_FUZZY_LENGTH && term.length <= MAX_FUZZY_LENGTH;

/** Lets other work run: a macrotask, so input events and rendering get their turn. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** How a step-by-step build shares the thread. */
export interface BuildOptions {
  /** Longest stretch of indexing before yielding, in milliseconds (default 8: half a frame). */
  budget?: number;
  /** Waits for other work to run (default: a `setTimeout(0)`). */
  pause?: () => Promise<void>;
}

/** The vocabulary is the same for every index: read it once. */
let sharedVocabulary: Vocabulary | undefined;

/** A search index over one list of records; results are indexes into that list. */
export class SearchIndex {
  readonly #index: MiniSearch<SearchDocument>;
  readonly #names = new NameIndex();
  readonly #sectors = new TagIndex();
  readonly #vocabulary: Vocabulary;
  /**
   * Every word of the records as written (folded), to its stem: a typo is a few edits from
   * the word, not from its stem ("educaton" is one edit from "education", four from "educ").
   */
  readonly #words = new SearchableMap<string>();
  /** Number of records each term is in, to leave very common words out of expansions. */
  readonly #documentFrequency = new Map<string, { records: number; lastRecord: number }>();
  /** The term of each token seen in the records ('' for none): a registry repeats its words. */
  readonly #tokens = new Map<string, string>();
  /** The record being added. */
  #adding = -1;
  /** Searches of the text index made by earlier queries. */
  readonly #memo = new SearchMemo();
  /** Per-record sums of the query being answered. */
  readonly #tally = new Tally();
  /** Each record's name, aliases and description as its terms, space-separated, to find phrases in. */
  readonly #texts: string[] = [];
  /** Each record's Sustainable Development Goals, as bits 1 to 17. */
  readonly #goals: number[] = [];
  /** What a goal the query names multiplies a record's score by: more for a record tagged with few goals, which is more about each. */
  readonly #goalBoost: number[] = [];
  /** What a broad query multiplies a record's score by: more for a record deployed in more countries. */
  readonly #reach: number[] = [];

  /**
   * Builds the index over `records` in small steps, yielding between them, so a page stays
   * responsive while thousands of records are indexed. The result is the same as `new SearchIndex(records)`.
   */
  static async build(records: readonly DigitalPublicGood[], { budget = 8, pause = nextTask }: BuildOptions = {}): Promise<SearchIndex> {
    const built = new SearchIndex([]);
    let next = 0;
    while (next < records.length) {
      await pause();
      const until = performance.now() + budget;
      // At least one record a step, however small the budget: the build always ends.
      do {
        built.#add(records[next]!, next);
      } while (++next < records.length && performance.now() < until);
    }
    return built;
  }

  constructor(records: readonly DigitalPublicGood[]) {
    this.#vocabulary = sharedVocabulary ??= new Vocabulary();
    this.#index = new MiniSearch<SearchDocument>({
      fields: FIELDS,
      processTerm: (token) => this.#termOfToken(token),
      // Queries are built of terms that are already processed (search/plan.ts).
      searchOptions: { boost: BOOST, processTerm: (term) => term },
    });
    records.forEach((record, id) => this.#add(record, id));
  }

  /** The index term of a token of a record: folded and stemmed, counted once per record. */
  #termOfToken(token: string): string | null {
    let term = this.#tokens.get(token);
    if (term === undefined) {
      const word = foldText(token);
      term = word ? stem(word) : '';
      this.#tokens.set(token, term);
      if (word) this.#words.set(word, term);
    }
    if (!term) return null;
    const frequency = this.#documentFrequency.get(term);
    if (!frequency) this.#documentFrequency.set(term, { records: 1, lastRecord: this.#adding });
    else if (frequency.lastRecord !== this.#adding) {
      frequency.records++;
      frequency.lastRecord = this.#adding;
    }
    return term;
  }

  #add(record: DigitalPublicGood, id: number): void {
    this.#adding = id;
    this.#memo.clear();
    this.#index.add(documentOf(record, id));
    this.#names.add(record, id);
    this.#sectors.add(record, id);
    const words = lowerTokens([record.name, ...record.aliases, record.description].join(' '));
    this.#texts[id] = ` ${words.filter((word) => !STOPWORDS.has(word)).map(termOf).join(' ')} `;
    this.#goals[id] = record.sdgs.reduce((bits, sdg) => bits | (1 << sdg.goal), 0);
    this.#goalBoost[id] = 1 + GOAL_BONUS / Math.sqrt(Math.max(1, record.sdgs.length));
    this.#reach[id] = 1 + (REACH_BONUS * Math.log1p(record.countries.deployment.length)) / Math.log1p(REACH_COUNTRIES);
  }

  /**
   * The sub-query of a slot's typed word. The last word may still be being typed, so it is
   * also completed: through the records' words as written, then searched by their stems
   * ("educat" → "education" → "educ"; a stem is no prefix of what is being typed).
   */
  #typedQuery(slot: Slot): Query {
    const query = this.#typedTerms(slot);
    return this.#isGeneric(slot.typed) ? { queries: [query], boost: FLAT_BOOST } : query;
  }

  /** Whether `term` is in so many records that a match in a name should count no more than elsewhere. */
  #isGeneric(term: string): boolean {
    return (this.#documentFrequency.get(term)?.records ?? 0) > GENERIC_SHARE * this.#index.documentCount;
  }

  #typedTerms(slot: Slot): Query {
    if (!slot.last) return slot.typed;
    if (slot.word.length < SHORT_TERM) return shortLastQuery(slot.typed);
    const completions = new Set<string>();
    for (const [word, term] of this.#words.atPrefix(slot.word)) if (term !== slot.typed && word !== slot.word) completions.add(term);
    if (completions.size === 0) return slot.typed;
    const shortest = [...completions].sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, MAX_COMPLETIONS);
    return { combineWith: 'OR', queries: [slot.typed, { queries: shortest, boostTerm: () => COMPLETION_WEIGHT }] };
  }

  /** How rare `term` is, as MiniSearch's BM25 weighs it: ln(1 + (N − n + ½) / (n + ½)). */
  #idf(term: string): number {
    const count = this.#documentFrequency.get(term)?.records ?? 0;
    return Math.log(1 + (this.#index.documentCount - count + 0.5) / (count + 0.5));
  }

  /**
   * The rarity a slot's vocabulary words may count at: that of the word typed when the records
   * have it, else that of the commonest of the concept's own words ("health" for "salud").
   * Infinity when there is neither.
   */
  #slotRarity(slot: Slot, group: AlternativeGroup): number {
    if ((this.#documentFrequency.get(slot.typed)?.records ?? 0) > 0) return this.#idf(slot.typed);
    let rarity = Infinity;
    for (const { terms, weight } of group.alternatives) {
      if (terms.length !== 1 || weight < WEIGHTS.term || !this.#documentFrequency.has(terms[0]!)) continue;
      rarity = Math.min(rarity, this.#idf(terms[0]!));
    }
    return rarity;
  }

  /**
   * What a group of the vocabulary's words finds: per record, the sum of the scores of the
   * terms of the alternatives it matches, at the weight of the strongest. A term rarer than
   * `rarity` counts as if it were that common: a word standing in for "health" is evidence of
   * health, worth no more than "health" itself, so a narrow tool saying "patient", "hospital"
   * and "clinical" does not outrank a health platform that says "health". Kept between queries
   * (search/memo.ts), as each of its terms is.
   */
  #searchGroup(group: readonly Alternative[], typed: ReadonlySet<string>, pruned = true, rarity = Infinity): Hits {
    const hits: Hits = { ids: [], scores: [] };
    // A word the visitor typed is searched in its own slot already. A related word in more
    // than COMMON_SHARE of the records says little about any one of them and costs a scan of
    // a good part of the index, so it is left out, and so is a related phrase holding one.
    const common = COMMON_SHARE * this.#index.documentCount;
    const alternatives = group.filter(
      ({ terms, weight }) =>
        !(terms.length === 1 && typed.has(terms[0]!)) &&
        (!pruned || weight >= WEIGHTS.term || terms.every((term) => (this.#documentFrequency.get(term)?.records ?? 0) <= common)),
    );
    if (alternatives.length === 0) return hits;
    // Each distinct term searched once, and kept (search/memo.ts): "health" is a word of many
    // concepts. A record matches the alternatives whose terms it all has, and scores the terms of
    // those alternatives only: "health" does not count for a record that has it but not
    // "coverage", through "health coverage". Which terms a record has, and which of them count:
    // bit k of its mask words.
    const distinct = [...new Set(alternatives.flatMap(({ terms }) => terms))];
    const wanted = alternatives.map(({ terms, weight }) => ({ indexes: terms.map((term) => distinct.indexOf(term)), weight }));
    const size = this.#goals.length;
    const words = Math.ceil(distinct.length / 32);
    const masks = new Uint32Array(size * words);
    const counted = new Uint32Array(size * words);
    const seen = new Uint8Array(size);
    const found: number[] = [];
    const termHits = distinct.map((term, k) => {
      const termHits = this.#memo.get(`term:${term}`, () => this.#searchText(term));
      for (const id of termHits.ids) {
        if (seen[id] === 0) found.push(id);
        seen[id] = 1;
        masks[id * words + (k >> 5)]! |= 1 << (k & 31);
      }
      return termHits;
    });
    const has = (id: number, k: number) => (masks[id * words + (k >> 5)]! & (1 << (k & 31))) !== 0;
    const best = new Float64Array(size);
    for (const id of found) {
      for (const { indexes, weight } of wanted) {
        if (!indexes.every((k) => has(id, k))) continue;
        if (weight > best[id]!) best[id] = weight;
        for (const k of indexes) counted[id * words + (k >> 5)]! |= 1 << (k & 31);
      }
    }
    const sums = new Float64Array(size);
    termHits.forEach(({ ids, scores }, k) => {
      const factor = rarity === Infinity ? 1 : Math.min(1, rarity / this.#idf(distinct[k]!));
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if ((counted[id * words + (k >> 5)]! & (1 << (k & 31))) !== 0) sums[id]! += factor * scores[i]!;
      }
    });
    for (const id of found) {
      if (best[id] === 0) continue;
      hits.ids.push(id);
      hits.scores.push(best[id]! * sums[id]!);
    }
    for (const { terms, weight } of alternatives) if (terms.length === 1) this.#addSector(hits, terms[0]!, weight);
    return hits;
  }

  /** Adds the records tagged with sector `term` to `hits`, at `weight`. */
  #addSector(hits: Hits, term: string, weight: number): void {
    const ids = this.#sectors.records(term);
    if (ids.length === 0) return;
    const score = weight * this.#sectors.score(term);
    for (const id of ids) {
      hits.ids.push(id);
      hits.scores.push(score);
    }
  }

  /** What `query` finds in the text index, as hits. */
  #searchText(query: Query): Hits {
    const hits: Hits = { ids: [], scores: [] };
    for (const hit of this.#index.search(query)) {
      hits.ids.push(hit.id as number);
      hits.scores.push(hit.score);
    }
    return hits;
  }

  /**
   * Adds what one slot finds to the tally: the typed word (in the text and as a sector), then the vocabulary's
   * words for it, or, when the typed word finds nothing as written, the words a typo away.
   */
  #searchSlot(slot: Slot, typed: ReadonlySet<string>): void {
    const tally = this.#tally;
    tally.beginSlot();
    // The last word is completed from what is typed so far (`word`); another is searched as its term.
    const typedKey = slot.last ? `last:${slot.word}` : `typed:${slot.typed}`;
    tally.addAll(this.#memo.get(typedKey, () => this.#searchText(this.#typedQuery(slot))), true);
    const sectors: Hits = { ids: [], scores: [] };
    this.#addSector(sectors, slot.typed, 1);
    for (let i = 0; i < sectors.ids.length; i++) tally.add(sectors.ids[i]!, sectors.scores[i]!, true);
    const typo = tally.slotSize === 0 && slot.mayBeTypo && mayBeFuzzy(slot.word);
    if (typo) {
      // Corrections stand for the typed word: none is too common to search.
      tally.addAll(this.#memo.get(`typo:${slot.word}`, () => this.#searchGroup(this.#corrections(slot.word), typed, false)));
    } else {
      for (const group of slot.groups) {
        // What a group finds depends on which of its words were typed (those are searched in their own slots).
        const typedInGroup = group.alternatives.filter(({ terms }) => terms.length === 1 && typed.has(terms[0]!)).map(({ terms }) => terms[0]);
        // … and on the rarity its words may count at (see #searchGroup).
        const rarity = this.#slotRarity(slot, group);
        tally.addAll(this.#memo.get(`group:${group.key}:${typedInGroup.join(' ')}:${rarity}`, () => this.#searchGroup(group.alternatives, typed, true, rarity)));
      }
    }
    const goals = slot.goals.reduce((bits, goal) => bits | (1 << goal), 0);
    if (goals !== 0) tally.boost((id) => ((this.#goals[id]! & goals) === 0 ? 1 : this.#goalBoost[id]!));
    tally.endSlot(!typo);
  }

  /**
   * What to search for a word that finds nothing as written: the records' words a typo or two
   * away, and the vocabulary's words for them ("vacination" → "vaccination", "immunization").
   */
  #corrections(word: string): Alternative[] {
    const distance = Math.min(MAX_FUZZY, Math.round(word.length * FUZZY));
    const alternatives: Alternative[] = [];
    const closest: string[] = [];
    let best = Infinity;
    for (const [candidate, [term, edits]] of this.#words.fuzzyGet(word, distance)) {
      alternatives.push({ terms: [term], weight: (TYPO_WEIGHT * candidate.length) / (candidate.length + edits) });
      if (edits < best) closest.length = 0;
      if (edits <= best) closest.push(candidate);
      best = Math.min(best, edits);
    }
    for (const match of this.#vocabulary.match(closest)) {
      for (const alternative of match.alternatives) alternatives.push({ ...alternative, weight: alternative.weight * TYPO_WEIGHT });
    }
    return alternatives;
  }

  /** Indexes of the records that match `text`, best first. */
  search(text: string): number[] {
    const slots = planQuery(text, this.#vocabulary);
    const exact = this.#names.exact(text);
    if (slots.length === 0) return [...exact];
    this.#tally.begin(this.#goals.length);
    const typed = new Set(slots.map((slot) => slot.typed));
    for (const slot of slots) this.#searchSlot(slot, typed);
    // Words typed together as a record writes them together ("laboratory information system",
    // "open data" in "open data portal") are a surer match than the same words apart: each
    // pair of neighbouring words found so adds its share of PHRASE_BONUS.
    const pairs = slots.slice(1).map((slot, i) => ` ${slots[i]!.typed} ${slot.typed} `);
    const phrase = (id: number) => (pairs.length === 0 ? 1 : 1 + (PHRASE_BONUS * pairs.filter((pair) => this.#texts[id]!.includes(pair)).length) / pairs.length);
    const broad = this.#tally.found > BROAD_SHARE * this.#goals.length;
    const bonus = broad ? (id: number) => phrase(id) * this.#reach[id]! : pairs.length === 0 ? undefined : phrase;
    return [...exact, ...this.#tally.ranked(slots.length, exact, bonus)];
  }
}
