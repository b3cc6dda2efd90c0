/**
 * Fisher's exact test for two proportions, one-sided. Conditional on the total number of events,
 * the canary's events are hypergeometric under the null; the tail is summed in log space from the
 * ratios of neighbouring probabilities, so no log-gamma is needed and tiny p-values (1e-300) stay
 * exact in relative terms. Works with zero events in either arm.
 */

/** A 2×2 table: events and trials of each arm. */
export interface TwoByTwo {
  /** Events in the baseline, whole, 0..baselineTrials. */
  baselineEvents: number;
  /** Trials in the baseline. */
  baselineTrials: number;
  /** Events in the canary, whole, 0..canaryTrials. */
  canaryEvents: number;
  /** Trials in the canary. */
  canaryTrials: number;
}

/** One-sided p-values: canary proportion higher, and lower, than the baseline's. */
export interface FisherResult {
  /** P(canary events ≥ observed | margins): evidence that the canary's proportion is higher. */
  pGreater: number;
  /** P(canary events ≤ observed | margins): evidence that it is lower. */
  pLess: number;
}

function logSumExp(values: readonly number[]): number {
  let maximum = Number.NEGATIVE_INFINITY;
  for (const value of values) if (value > maximum) maximum = value;
  if (maximum === Number.NEGATIVE_INFINITY) return maximum;
  let sum = 0;
  for (const value of values) sum += Math.exp(value - maximum);
  return maximum + Math.log(sum);
}

export function fisherExact(table: TwoByTwo): FisherResult {
  const events = table.baselineEvents + table.canaryEvents;
  const canaryTrials = table.canaryTrials;
  const baselineTrials = table.baselineTrials;
  // Canary events x range over [lowest, highest] given the margins.
  const lowest = Math.max(0, events - baselineTrials);
  const highest = Math.min(events, canaryTrials);
  const logWeights: number[] = [0];
  for (let x = lowest; x < highest; x += 1) {
    // P(x + 1) / P(x) = (K − x)(n − x) / ((x + 1)(N − K − n + x + 1)) with K events, n canary trials.
    const ratio = ((events - x) * (canaryTrials - x)) / ((x + 1) * (baselineTrials - events + x + 1));
    logWeights.push((logWeights.at(-1) as number) + Math.log(ratio));
  }
  const observed = table.canaryEvents - lowest;
  const logTotal = logSumExp(logWeights);
  const pGreater = Math.exp(logSumExp(logWeights.slice(observed)) - logTotal);
  const pLess = Math.exp(logSumExp(logWeights.slice(0, observed + 1)) - logTotal);
  return { pGreater: Math.min(1, pGreater), pLess: Math.min(1, pLess) };
}
