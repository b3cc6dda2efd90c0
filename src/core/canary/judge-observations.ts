import type { MetricObservation } from './judge-types.js';

/**
 * Largest magnitude of a sample the judge compares. Differences of values near the double range
 * overflow to Infinity, which would turn effects into nonsense; no real metric comes close.
 */
export const MAX_SAMPLE_MAGNITUDE = 1e100;

/** One arm's data after checking it: sorted samples, counts, or why there is no usable data. */
export type PreparedArm =
  | { kind: 'continuous'; sorted: Float64Array }
  | { kind: 'rate'; events: number; trials: number }
  | { kind: 'nodata'; reason: string };

function isCounts(value: unknown): value is { events: unknown; trials: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks one arm's observation. Missing, empty, NaN or infinite samples, zero trials and counts that
 * are not counts are all `nodata`: the judge never passes a metric it could not measure.
 */
export function prepareArm(observation: MetricObservation | undefined, arm: string, minSamples: number): PreparedArm {
  if (observation === undefined || observation === null) return { kind: 'nodata', reason: `${arm} has no data` };
  if (Array.isArray(observation)) {
    if (observation.length === 0) return { kind: 'nodata', reason: `${arm} has no samples` };
    let notFinite = 0;
    for (const value of observation) if (typeof value !== 'number' || !Number.isFinite(value)) notFinite += 1;
    if (notFinite > 0) return { kind: 'nodata', reason: `${arm} has ${notFinite} of ${observation.length} samples that are not finite numbers (NaN or Infinity)` };
    let huge = 0;
    for (const value of observation) if (Math.abs(value) > MAX_SAMPLE_MAGNITUDE) huge += 1;
    if (huge > 0) return { kind: 'nodata', reason: `${arm} has ${huge} of ${observation.length} samples beyond ±${MAX_SAMPLE_MAGNITUDE}, too large to compare` };
    if (observation.length < minSamples) return { kind: 'nodata', reason: `${arm} has ${observation.length} samples, fewer than the ${minSamples} needed` };
    const sorted = Float64Array.from(observation);
    sorted.sort();
    return { kind: 'continuous', sorted };
  }
  if (isCounts(observation)) {
    const { events, trials } = observation;
    if (typeof events !== 'number' || typeof trials !== 'number' || !Number.isFinite(events) || !Number.isFinite(trials)) {
      return { kind: 'nodata', reason: `${arm} counts are not finite numbers (events ${String(events)}, trials ${String(trials)})` };
    }
    if (!Number.isInteger(events) || !Number.isInteger(trials) || events < 0 || trials < 0 || events > trials) {
      return { kind: 'nodata', reason: `${arm} counts are not counts: events ${events}, trials ${trials} (need whole numbers, 0 ≤ events ≤ trials)` };
    }
    if (trials === 0) return { kind: 'nodata', reason: `${arm} has 0 trials` };
    return { kind: 'rate', events, trials };
  }
  return { kind: 'nodata', reason: `${arm} data is neither samples nor counts` };
}
