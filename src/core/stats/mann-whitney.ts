import { normalQuantile, normalUpperTail } from './normal-distribution.js';
import { poolRanks } from './ranks.js';
import { subsetSumDistribution, sumTails, type SumDistribution } from './subset-sum-distribution.js';

/** Largest pooled sample without ties for which the exact null distribution is used. */
export const EXACT_WITHOUT_TIES_MAXIMUM = 100;
/** Largest pooled sample with ties for which the exact conditional distribution is used. */
export const EXACT_WITH_TIES_MAXIMUM = 60;

/** How the p-values were computed. */
export type MannWhitneyMethod = 'exact' | 'exact-conditional-on-ties' | 'normal-approximation';

/** Result of the two-sample Mann-Whitney (Wilcoxon rank-sum) test of `second` against `first`. */
export interface MannWhitneyResult {
  /** U of the second sample: pairs (x, y) with y > x, plus half the ties. */
  u: number;
  /** P-value of "second tends to be larger" (one-sided). */
  pGreater: number;
  /** P-value of "second tends to be smaller" (one-sided). */
  pLess: number;
  /** Exact or normal approximation (with tie and continuity correction). */
  method: MannWhitneyMethod;
}

const withoutTiesCache = new Map<string, SumDistribution>();
const CACHE_LIMIT = 64;

/** Exact distribution of the rank sum of `size` of `1..total` (no ties); memoized per sizes. */
function rankSumDistribution(total: number, size: number): SumDistribution {
  const key = `${total}:${size}`;
  let distribution = withoutTiesCache.get(key);
  if (distribution === undefined) {
    const scores = Array.from({ length: total }, (_, index) => index + 1);
    distribution = subsetSumDistribution(scores, size);
    if (withoutTiesCache.size >= CACHE_LIMIT) withoutTiesCache.clear();
    withoutTiesCache.set(key, distribution);
  }
  return distribution;
}

/**
 * Mann-Whitney test; both samples must be sorted ascending and hold finite numbers. Exact for small
 * samples (without ties: the classic null distribution; with ties: the permutation distribution of
 * the midrank sum), otherwise the normal approximation with tie-corrected variance and a
 * continuity correction of ½.
 */
export function mannWhitney(first: ArrayLike<number>, second: ArrayLike<number>): MannWhitneyResult {
  const firstSize = first.length;
  const secondSize = second.length;
  const pooled = poolRanks(first, second);
  const u = pooled.secondRankSum - (secondSize * (secondSize + 1)) / 2;
  const total = firstSize + secondSize;
  if (!pooled.hasTies && total <= EXACT_WITHOUT_TIES_MAXIMUM) {
    const tails = sumTails(rankSumDistribution(total, secondSize), pooled.secondRankSum);
    return { u, pGreater: tails.atLeast, pLess: tails.atMost, method: 'exact' };
  }
  if (pooled.hasTies && total <= EXACT_WITH_TIES_MAXIMUM) {
    const tails = sumTails(subsetSumDistribution(pooled.doubledRanks, secondSize), Math.round(pooled.secondRankSum * 2));
    return { u, pGreater: tails.atLeast, pLess: tails.atMost, method: 'exact-conditional-on-ties' };
  }
  const mean = (firstSize * secondSize) / 2;
  const variance = ((firstSize * secondSize) / 12) * (total + 1 - pooled.tieSum / (total * (total - 1)));
  if (!(variance > 0)) return { u, pGreater: 1, pLess: 1, method: 'normal-approximation' };
  const deviation = Math.sqrt(variance);
  const pGreater = Math.min(1, normalUpperTail((u - mean - 0.5) / deviation));
  const pLess = Math.min(1, normalUpperTail((mean - u - 0.5) / deviation));
  return { u, pGreater, pLess, method: 'normal-approximation' };
}

/**
 * The order k (1-based) of the pairwise difference that bounds a one-sided confidence limit at level
 * 1 − `alpha` for the Hodges-Lehmann shift: the largest k with P(U < k) ≤ alpha under the null.
 * Exact for small samples, normal approximation otherwise. 0 means no finite bound at this level.
 */
export function confidenceOrder(firstSize: number, secondSize: number, alpha: number): number {
  const total = firstSize + secondSize;
  const pairs = firstSize * secondSize;
  if (total <= EXACT_WITHOUT_TIES_MAXIMUM) {
    const distribution = rankSumDistribution(total, secondSize);
    // U = rank sum − minimum; cumulative P(U ≤ u) until it passes alpha.
    let cumulative = 0;
    for (let u = 0; u < distribution.probabilities.length; u += 1) {
      cumulative += distribution.probabilities[u] as number;
      if (cumulative > alpha) return u; // P(U < u) ≤ alpha < P(U ≤ u): k = u.
    }
    return pairs;
  }
  const deviation = Math.sqrt((pairs * (total + 1)) / 12);
  const z = -normalQuantile(alpha);
  return Math.max(0, Math.floor(pairs / 2 - z * deviation));
}
