// Deterministic synthetic registry records in the registry web-app API shape, for benchmarks
// at sizes the real registry has not reached yet. Same seed, same records.
//
// The text is meant to be as sparse as real registry text, where most words are rare. An
// earlier version drew every word from the ~43 domain words below, so "health" was in three
// records out of four and every search scored thousands of records: far denser than real
// text, which made search look slower than it is. Now prose is drawn from 4,000 generated
// pseudo-words with a Zipf-like frequency (the word of rank r is drawn in proportion to
// 1 / (r + 1): a few behave like "the" and "of", most are rare), with the domain words mixed
// in at a lower rate, so that "health" or "education" is in about 8% of records.

const WORDS = ('health education data open platform learning school clinic records payments identity farm weather ' +
  'climate reading library maps census survey mobile messaging tracker registry finance inclusion water ' +
  'energy transport justice civic youth skills books content model standard network community vaccine').split(' ');
const COUNTRIES = ['Rwanda', 'Kenya', 'Uganda', 'India', 'Brazil', 'Viet Nam', 'The Gambia', 'Sri Lanka', 'Ghana', 'Jordan',
  'Kazakhstan', 'Eswatini', 'Saint Lucia', 'Grenada', 'Dominica', 'Norway', 'Mexico', 'Peru', 'Nigeria', 'Bangladesh'];
const SDG_TITLES = ['No Poverty', 'Zero Hunger', 'Good Health and Well-Being', 'Quality Education', 'Gender Equality',
  'Clean Water and Sanitation', 'Affordable and Clean Energy', 'Decent Work and Economic Growth',
  'Industry, Innovation and Infrastructure', 'Reduced Inequalities', 'Sustainable Cities and Communities',
  'Responsible Consumption and Production', 'Climate Action', 'Life Below Water', 'Life on Land',
  'Peace, Justice and Strong Institutions', 'Partnerships for the Goals'];
const CATEGORIES = ['Open Software', 'Open Content', 'Open Data', 'Open AI Model', 'Open Standard'];
const LICENSES = ['MIT', 'Apache-2.0', 'GPL-3.0', 'AGPL-3.0', 'CC-BY-4.0', 'CC-BY-SA-4.0', 'BSD-3-Clause', 'CC-BY-NC-4.0'];

/** Size of the pseudo-word vocabulary. */
const VOCABULARY = 4000;
/** Share of prose words taken from the domain words (each then is in a few percent of texts). */
const DOMAIN_RATE = 0.06;
const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'ch', 'sh', 'th', 'tr', 'br', 'kw', 'st'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ou', 'ea'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'm', 'k', 'nd', 'st'];

/** A small seeded PRNG (mulberry32), so every run benchmarks the same records. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `size` distinct pseudo-words of one to four syllables, shorter ones first (they get the low, frequent ranks). */
function pseudoWords(size: number, next: () => number): string[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const taken = new Set(WORDS);
  const words: string[] = [];
  while (words.length < size) {
    const syllables = 1 + Math.min(3, Math.floor((words.length / size) * 3 + next() * 1.5));
    let word = '';
    for (let s = 0; s < syllables; s++) word += pick(ONSETS) + pick(VOWELS) + (s === syllables - 1 ? pick(CODAS) : '');
    if (word.length < 2 || taken.has(word)) continue;
    taken.add(word);
    words.push(word);
  }
  return words;
}

/** Cumulative Zipf weights (s = 1) over `size` ranks, for drawing a rank by binary search. */
function zipfTable(size: number): Float64Array {
  const table = new Float64Array(size);
  let sum = 0;
  for (let rank = 0; rank < size; rank++) table[rank] = sum += 1 / (rank + 1);
  for (let rank = 0; rank < size; rank++) table[rank]! /= sum;
  return table;
}

function drawRank(table: Float64Array, u: number): number {
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (table[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `count` raw records shaped like the 2026 registry API, messy in the same ways. */
export function syntheticRegistry(count: number, seed = 42): unknown[] {
  const next = random(seed);
  const vocabulary = pseudoWords(VOCABULARY, random(seed ^ 0x5eed));
  const zipf = zipfTable(vocabulary.length);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(list)))];
  /** A prose word: mostly a Zipf-distributed pseudo-word, sometimes a domain word. */
  const word = () => (next() < DOMAIN_RATE ? pick(WORDS) : vocabulary[drawRank(zipf, next())]!);
  /** A distinctive word for names: any pseudo-word, uniformly, so names rarely share words. */
  const rare = () => pick(vocabulary);
  const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  return Array.from({ length: count }, (_, i) => ({
    id: String(20000 + i),
    // "Kavoru Health 12", "Trelim 13": a distinctive word, a domain word in about a third.
    name: `${capital(rare())}${next() < 0.35 ? ` ${capital(pick(WORDS))}` : ''} ${i}`,
    aliases: next() < 0.5 ? `${rare()}-${i}, ${rare()}` : [`${rare()} ${i}`, ''],
    stage: 'DPG',
    categories: some(CATEGORIES, 2),
    description: `${capital(sentence(30))}&nbsp;for ${sentence(10)}&#184; ${sentence(12)}.`,
    website: `https://example.org/${i}`,
    repositories: [{ name: 'main', url: `https://github.com/example/${i}` }],
    sdgs: { sdg: some(SDG_TITLES.map((t, n) => `SDG${n + 1}: ${t}`), 4), relevance: sentence(40) },
    openlicenses: some(LICENSES, 2).map((openLicense) => ({ openLicense, openLicenseEvidenceURLs: `https://example.org/${i}/license` })),
    organizations: [{ name: `${capital(rare())} foundation`, website: `https://example.org/org/${i}`, org_type: 'owner' }],
    sectors: some(['Education', 'Health', 'Agriculture', 'Finance'], 2),
    ...(next() < 0.75 ? { locations: { developmentCountries: some(COUNTRIES, 2), deploymentCountries: some(COUNTRIES, 8) } } : {}),
  }));
}
