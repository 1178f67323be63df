// Deterministic synthetic registry records in the registry web-app API shape, for benchmarks
// at sizes the real registry has not reached yet. Same seed, same records.

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

/** A small seeded PRNG (mulberry32), so every run benchmarks the same records. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` raw records shaped like the 2026 registry API, messy in the same ways. */
export function syntheticRegistry(count: number, seed = 42): unknown[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(list)))];
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  return Array.from({ length: count }, (_, i) => ({
    id: String(20000 + i),
    name: `${sentence(2).replace(/^\w/, (c) => c.toUpperCase())} ${i}`,
    aliases: next() < 0.5 ? `${pick(WORDS)}-${i}, ${pick(WORDS)}` : [`${pick(WORDS)} ${i}`, ''],
    stage: 'DPG',
    categories: some(CATEGORIES, 2),
    description: `${sentence(30)}&nbsp;for ${sentence(10)}&#184; ${sentence(12)}.`,
    website: `https://example.org/${i}`,
    repositories: [{ name: 'main', url: `https://github.com/example/${i}` }],
    sdgs: { sdg: some(SDG_TITLES.map((t, n) => `SDG${n + 1}: ${t}`), 4), relevance: sentence(40) },
    openlicenses: some(LICENSES, 2).map((openLicense) => ({ openLicense, openLicenseEvidenceURLs: `https://example.org/${i}/license` })),
    organizations: [{ name: `${pick(WORDS)} foundation`, website: `https://example.org/org/${i}`, org_type: 'owner' }],
    sectors: some(['Education', 'Health', 'Agriculture', 'Finance'], 2),
    ...(next() < 0.75 ? { locations: { developmentCountries: some(COUNTRIES, 2), deploymentCountries: some(COUNTRIES, 8) } } : {}),
  }));
}
