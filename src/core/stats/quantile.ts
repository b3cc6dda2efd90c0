import { normalQuantile } from './normal-distribution.js';

/** Quantile `probability` (0..1) of an ascending sample, linear between order statistics (Hyndman-Fan type 7). */
export function sortedQuantile(sorted: ArrayLike<number>, probability: number): number {
  const size = sorted.length;
  if (size === 0) return Number.NaN;
  const position = (size - 1) * probability;
  const below = Math.floor(position);
  const above = Math.min(size - 1, below + 1);
  const fraction = position - below;
  return (sorted[below] as number) + fraction * ((sorted[above] as number) - (sorted[below] as number));
}

/**
 * Distribution-free confidence limits of the `probability` quantile from the order statistics of an
 * ascending sample: X(l) ≤ q ≤ X(u) with l, u from the binomial(n, p) count of values below q (normal
 * approximation with continuity correction), each side at level 1 − `alpha`. A side that needs an
 * order statistic beyond the sample is infinite.
 */
export function quantileConfidenceLimits(sorted: ArrayLike<number>, probability: number, alpha: number): { lower: number; upper: number } {
  const size = sorted.length;
  const z = -normalQuantile(alpha);
  const center = size * probability;
  const spread = z * Math.sqrt(size * probability * (1 - probability));
  // P(X(l) > q) = P(B ≤ l − 1) and P(X(u) < q) = P(B ≥ u) for B ~ binomial(n, p), each kept ≤ alpha.
  const lowerOrder = Math.floor(center - spread + 0.5);
  const upperOrder = Math.ceil(center + spread + 0.5);
  return {
    lower: lowerOrder >= 1 ? (sorted[lowerOrder - 1] as number) : Number.NEGATIVE_INFINITY,
    upper: upperOrder <= size ? (sorted[upperOrder - 1] as number) : Number.POSITIVE_INFINITY,
  };
}

/** Median of an ascending sample. */
export function sortedMedian(sorted: ArrayLike<number>): number {
  return sortedQuantile(sorted, 0.5);
}
