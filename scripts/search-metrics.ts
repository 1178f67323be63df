/**
 * Ranking-quality figures for `npm run search-eval`, over graded judgments (3: exactly what was
 * meant, 2: relevant, 1: marginal, absent: not relevant).
 *
 * - nDCG@k: discounted gain of the first k results (gain 2^grade − 1, discount log2(rank + 1))
 *   over the gain of the best possible order of the judged records.
 * - recall@k: relevant records (grade 2 or 3) among the first k, over the number there could be
 *   (all of them, or k when more than k are relevant, so a broad topic can still reach 1).
 * - reciprocal rank: 1 / rank of the first relevant result within the first k (0 if none).
 * - irrelevant top hit: the first result is not judged relevant at all, or there is none.
 */

/** Grades by record id. */
export type Judgments = Readonly<Record<string, number>>;

/** The figures of one query. */
export interface QueryScore {
  ndcg: number;
  /** Undefined when the query has no record of grade 2 or more. */
  recall: number | undefined;
  reciprocalRank: number;
  irrelevantTop: boolean;
}

/** Lowest grade that counts as relevant for recall and reciprocal rank. */
export const RELEVANT = 2;

const gain = (grade: number): number => 2 ** grade - 1;
const discount = (rank: number): number => Math.log2(rank + 2); // rank counts from 0

/** Scores one ranked list of ids against its judgments, looking at the first `k`. */
export function scoreQuery(ranked: readonly string[], judgments: Judgments, k = 10): QueryScore {
  const top = ranked.slice(0, k);
  const grades = top.map((id) => judgments[id] ?? 0);
  const dcg = grades.reduce((sum, grade, rank) => sum + gain(grade) / discount(rank), 0);
  const ideal = Object.values(judgments)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, grade, rank) => sum + gain(grade) / discount(rank), 0);
  const relevantCount = Object.values(judgments).filter((grade) => grade >= RELEVANT).length;
  const found = grades.filter((grade) => grade >= RELEVANT).length;
  const firstRelevant = grades.findIndex((grade) => grade >= RELEVANT);
  return {
    ndcg: ideal === 0 ? 0 : dcg / ideal,
    recall: relevantCount === 0 ? undefined : found / Math.min(k, relevantCount),
    reciprocalRank: firstRelevant < 0 ? 0 : 1 / (firstRelevant + 1),
    irrelevantTop: (grades[0] ?? 0) === 0,
  };
}

/** Means over a set of queries, and how many had an irrelevant top hit. */
export interface Summary {
  queries: number;
  ndcg: number;
  recall: number;
  mrr: number;
  irrelevantTop: number;
}

const mean = (values: readonly number[]): number => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

export function summarize(scores: readonly QueryScore[]): Summary {
  return {
    queries: scores.length,
    ndcg: mean(scores.map((s) => s.ndcg)),
    recall: mean(scores.flatMap((s) => (s.recall === undefined ? [] : [s.recall]))),
    mrr: mean(scores.map((s) => s.reciprocalRank)),
    irrelevantTop: scores.filter((s) => s.irrelevantTop).length,
  };
}
