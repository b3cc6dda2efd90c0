/**
 * The exact permutation distribution of a rank-sum statistic: over all ways to choose `size` of the
 * pooled scores for one group, how often each total occurs. Scores are whole numbers (doubled
 * midranks), so ties are handled exactly, as a conditional test given the tie pattern.
 */

/** Probability of each total, from `minimumSum` upwards. */
export interface SumDistribution {
  /** The smallest possible total; `probabilities[0]` belongs to it. */
  minimumSum: number;
  /** Probability of each total from `minimumSum` upwards, in steps of 1. */
  probabilities: Float64Array;
}

/** Distribution of the sum of `size` scores drawn without replacement from `scores`. */
export function subsetSumDistribution(scores: ArrayLike<number>, size: number): SumDistribution {
  const sorted = Array.from(scores).sort((left, right) => left - right);
  const minimumSum = sorted.slice(0, size).reduce((sum, value) => sum + value, 0);
  const maximumSum = sorted.slice(sorted.length - size).reduce((sum, value) => sum + value, 0);
  const span = maximumSum + 1;
  const count = sorted.length;
  // prefix[i]: sum of the i smallest scores.
  const prefix = new Float64Array(count + 1);
  for (let index = 0; index < count; index += 1) prefix[index + 1] = (prefix[index] as number) + (sorted[index] as number);
  // counts[j * span + s]: ways to pick j of the scores seen so far with total s.
  const counts = new Float64Array((size + 1) * span);
  counts[0] = 1;
  for (let item = 0; item < count; item += 1) {
    const score = sorted[item] as number;
    // Only subsets that can still grow to `size` matter, and each has a sum between its smallest and
    // largest possible totals among the scores seen: both bounds cut the work several-fold.
    const fewestChosen = Math.max(1, size - (count - item - 1));
    const mostChosen = Math.min(size, item + 1);
    for (let chosen = mostChosen; chosen >= fewestChosen; chosen -= 1) {
      const target = chosen * span;
      const source = (chosen - 1) * span;
      const lowestSum = Math.max(score, prefix[chosen] as number);
      const highestSum = Math.min(maximumSum, (prefix[item + 1] as number) - (prefix[item + 1 - chosen] as number));
      for (let sum = highestSum; sum >= lowestSum; sum -= 1) {
        const add = counts[source + sum - score] as number;
        if (add !== 0) counts[target + sum] = (counts[target + sum] as number) + add;
      }
    }
  }
  const row = counts.subarray(size * span + minimumSum, size * span + span);
  let total = 0;
  for (const value of row) total += value;
  const probabilities = new Float64Array(row.length);
  for (let index = 0; index < row.length; index += 1) probabilities[index] = (row[index] as number) / total;
  return { minimumSum, probabilities };
}

/** P(sum ≥ observed) and P(sum ≤ observed). */
export function sumTails(distribution: SumDistribution, observed: number): { atLeast: number; atMost: number } {
  const position = Math.round(observed - distribution.minimumSum);
  let atLeast = 0;
  let atMost = 0;
  distribution.probabilities.forEach((probability, index) => {
    if (index >= position) atLeast += probability;
    if (index <= position) atMost += probability;
  });
  return { atLeast: Math.min(1, atLeast), atMost: Math.min(1, atMost) };
}
