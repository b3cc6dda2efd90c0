/**
 * The exact permutation distribution of a rank-sum statistic: over all ways to choose `size` of the
 * pooled scores for one group, how often each total occurs. Scores are whole numbers (doubled
 * midranks), so ties are handled exactly, as a conditional test given the tie pattern.
 */

/** Largest pooled sample for which the exact distribution is computed (cost grows like N³·k). */
export const EXACT_MAXIMUM_POOLED = 100;

/** Probability of each total, from `minimumSum` upwards. */
export interface SumDistribution {
  minimumSum: number;
  probabilities: Float64Array;
}

/** Distribution of the sum of `size` scores drawn without replacement from `scores`. */
export function subsetSumDistribution(scores: ArrayLike<number>, size: number): SumDistribution {
  const sorted = Array.from(scores).sort((left, right) => left - right);
  const minimumSum = sorted.slice(0, size).reduce((sum, value) => sum + value, 0);
  const maximumSum = sorted.slice(sorted.length - size).reduce((sum, value) => sum + value, 0);
  const span = maximumSum + 1;
  // counts[j * span + s]: ways to pick j of the scores seen so far with total s.
  const counts = new Float64Array((size + 1) * span);
  counts[0] = 1;
  let seenTotal = 0;
  for (let item = 0; item < sorted.length; item += 1) {
    const score = sorted[item] as number;
    seenTotal += score;
    const highestChosen = Math.min(size, item + 1);
    for (let chosen = highestChosen; chosen >= 1; chosen -= 1) {
      const target = chosen * span;
      const source = (chosen - 1) * span;
      const highestSum = Math.min(maximumSum, seenTotal);
      for (let sum = highestSum; sum >= score; sum -= 1) {
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
