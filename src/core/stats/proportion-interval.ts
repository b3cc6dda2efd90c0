import { normalQuantile } from './normal-distribution.js';

/** Wilson score interval of events/trials at two-sided level 1 − 2·`alpha`; sound at 0 and at trials. */
export function wilsonInterval(events: number, trials: number, alpha: number): { lower: number; upper: number } {
  const z = -normalQuantile(alpha);
  const proportion = events / trials;
  const zSquared = z * z;
  const denominator = 1 + zSquared / trials;
  const center = (proportion + zSquared / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((proportion * (1 - proportion)) / trials + zSquared / (4 * trials * trials));
  return { lower: Math.max(0, center - half), upper: Math.min(1, center + half) };
}

/**
 * Newcombe's hybrid score interval (his method 10) for the difference of two proportions,
 * canary − baseline, from the two Wilson intervals; each side at level 1 − `alpha`. Well behaved
 * with sparse counts and with zero events in an arm, unlike the Wald interval.
 */
export function newcombeDifferenceInterval(
  baselineEvents: number,
  baselineTrials: number,
  canaryEvents: number,
  canaryTrials: number,
  alpha: number,
): { difference: number; lower: number; upper: number } {
  const baselineRate = baselineEvents / baselineTrials;
  const canaryRate = canaryEvents / canaryTrials;
  const baseline = wilsonInterval(baselineEvents, baselineTrials, alpha);
  const canary = wilsonInterval(canaryEvents, canaryTrials, alpha);
  const difference = canaryRate - baselineRate;
  return {
    difference,
    lower: difference - Math.sqrt((canaryRate - canary.lower) ** 2 + (baseline.upper - baselineRate) ** 2),
    upper: difference + Math.sqrt((canary.upper - canaryRate) ** 2 + (baselineRate - baseline.lower) ** 2),
  };
}
