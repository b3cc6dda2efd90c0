import { normalDensity, normalQuantile, normalUpperTail } from './normal-distribution.js';

/**
 * Lan-DeMets alpha spending for repeated looks at accumulating data.
 *
 * Why this method: the canary judge is called at a handful of planned intervals with all data so far,
 * and each check produces an ordinary p-value (exact Mann-Whitney, Fisher, exceedance tests). Alpha
 * spending needs nothing more than that p-value and the share of the planned data seen (the
 * information fraction), works with any test whose statistic is close to Brownian in the
 * information, and loses almost no power at the final look. Always-valid p-values (mSPRT) would need
 * a likelihood model of each metric, which rank and exact tests do not have.
 *
 * The default is the quadratic member of the Kim-DeMets power family, α·t². O'Brien-Fleming-type
 * spending keeps the last threshold closest to the fixed-sample alpha, but its early thresholds are
 * out of reach of the small samples a canary has at its first looks: at 10% of the information with
 * a check's alpha of 0.0025 it asks for p < 1e-21, while the smallest exact Mann-Whitney p-value with
 * 10 samples per arm is 5e-6 — a catastrophic canary could not be stopped early. α·t² asks for
 * p < 2.5e-5 at that look and costs little at the last (four looks: 0.0016 instead of 0.0023 for a
 * fixed sample's 0.0025). Pocock-type spending spends evenly, for rollouts that would rather stop
 * early than keep power at the end.
 *
 * The boundaries are exact for the normal approximation: the probability of crossing first at look
 * k under the null, computed by numerical integration over the continuation region (the recursion
 * of Armitage, McPherson and Rowe), equals the alpha spent between looks k − 1 and k.
 */

/**
 * `quadratic` (default): α·t², between the two others. `obrien-fleming`: spends almost nothing early,
 * keeps the final look nearest the fixed-sample level. `pocock`: spends evenly, stops earliest.
 */
export const SPENDING_FUNCTIONS = ['quadratic', 'obrien-fleming', 'pocock'] as const;
export type SpendingFunction = (typeof SPENDING_FUNCTIONS)[number];

/** Alpha spent up to information fraction `fraction` (0..1) for a one-sided level `alpha`. */
export function alphaSpent(spending: SpendingFunction, alpha: number, fraction: number): number {
  if (fraction <= 0) return 0;
  const capped = Math.min(1, fraction);
  if (spending === 'pocock') return alpha * Math.log(1 + (Math.E - 1) * capped);
  if (spending === 'quadratic') return alpha * capped * capped;
  return 2 * normalUpperTail(-normalQuantile(alpha / 2) / Math.sqrt(capped));
}

/** Grid points per look (odd, for Simpson's rule). */
const GRID_POINTS = 241;
/** The grid reaches this many standard deviations below zero. */
const GRID_REACH = 8.5;

interface Grid {
  points: Float64Array;
  /** Density of the score statistic at the points, times the Simpson weight. */
  weightedDensity: Float64Array;
}

function simpsonGrid(lowest: number, highest: number): { points: Float64Array; weights: Float64Array } {
  const points = new Float64Array(GRID_POINTS);
  const weights = new Float64Array(GRID_POINTS);
  const step = (highest - lowest) / (GRID_POINTS - 1);
  for (let index = 0; index < GRID_POINTS; index += 1) {
    points[index] = lowest + index * step;
    const factor = index === 0 || index === GRID_POINTS - 1 ? 1 : index % 2 === 1 ? 4 : 2;
    weights[index] = (factor * step) / 3;
  }
  return { points, weights };
}

/** P(cross at this look | continuation so far) for boundary `bound` on the score scale. */
function crossingProbability(previous: Grid, bound: number, increment: number): number {
  const deviation = Math.sqrt(increment);
  let sum = 0;
  for (let index = 0; index < previous.points.length; index += 1) {
    sum += (previous.weightedDensity[index] as number) * normalUpperTail((bound - (previous.points[index] as number)) / deviation);
  }
  return sum;
}

const cache = new Map<string, number[]>();
const CACHE_LIMIT = 256;

/**
 * Nominal one-sided p-value thresholds for each look: at look k a check is significant when its
 * p-value is at most `thresholds[k − 1]`; over all looks the chance of any false signal is at most
 * `alpha` (for the normal approximation of the statistic). `fractions` are the information
 * fractions of the looks, strictly increasing in (0, 1].
 */
export function sequentialThresholds(alpha: number, fractions: readonly number[], spending: SpendingFunction): number[] {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  fractions.forEach((fraction, index) => {
    const previous = index === 0 ? 0 : (fractions[index - 1] as number);
    if (!(fraction > previous && fraction <= 1)) throw new RangeError(`information fractions must increase within (0, 1], got ${fractions.join(', ')}`);
  });
  const key = `${alpha}|${spending}|${fractions.join(',')}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const thresholds: number[] = [];
  let grid: Grid | undefined;
  let spentBefore = 0;
  let previousFraction = 0;
  for (const fraction of fractions) {
    const spentNow = alphaSpent(spending, alpha, fraction);
    const toSpend = spentNow - spentBefore;
    const deviation = Math.sqrt(fraction);
    let boundary: number; // on the score scale S = Z·√t
    if (grid === undefined) {
      boundary = toSpend > 0 ? -normalQuantile(toSpend) * deviation : Number.POSITIVE_INFINITY;
    } else if (toSpend <= 0) {
      boundary = Number.POSITIVE_INFINITY;
    } else {
      const increment = fraction - previousFraction;
      const current = grid;
      let low = -GRID_REACH * deviation;
      let high = 40 * deviation;
      if (crossingProbability(current, high, increment) >= toSpend) boundary = high;
      else {
        for (let step = 0; step < 100; step += 1) {
          const middle = (low + high) / 2;
          if (crossingProbability(current, middle, increment) > toSpend) low = middle;
          else high = middle;
        }
        boundary = high;
      }
    }
    thresholds.push(Number.isFinite(boundary) ? normalUpperTail(boundary / deviation) : 0);
    grid = continuationGrid(grid, boundary, fraction, fraction - previousFraction);
    spentBefore = spentNow;
    previousFraction = fraction;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, thresholds);
  return thresholds;
}

/** Density of the score statistic at this look, restricted to not having crossed yet. */
function continuationGrid(previous: Grid | undefined, boundary: number, fraction: number, increment: number): Grid {
  const deviation = Math.sqrt(fraction);
  const highest = Math.min(boundary, GRID_REACH * deviation);
  const { points, weights } = simpsonGrid(-GRID_REACH * deviation, highest);
  const weightedDensity = new Float64Array(points.length);
  const incrementDeviation = Math.sqrt(increment);
  for (let index = 0; index < points.length; index += 1) {
    const point = points[index] as number;
    let density: number;
    if (previous === undefined) density = normalDensity(point / deviation) / deviation;
    else {
      density = 0;
      for (let source = 0; source < previous.points.length; source += 1) {
        density +=
          (previous.weightedDensity[source] as number) * (normalDensity((point - (previous.points[source] as number)) / incrementDeviation) / incrementDeviation);
      }
    }
    weightedDensity[index] = density * (weights[index] as number);
  }
  return { points, weightedDensity };
}
