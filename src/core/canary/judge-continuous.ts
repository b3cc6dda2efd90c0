import { hodgesLehmann } from '../stats/hodges-lehmann.js';
import { mannWhitney } from '../stats/mann-whitney.js';
import { quantileConfidenceLimits, sortedMedian, sortedQuantile } from '../stats/quantile.js';
import { fisherExact } from '../stats/fisher-exact.js';
import type { MetricSettings } from './judge-config.js';
import { formatPValue, formatRelative, formatValue } from './judge-format.js';
import type { ArmSummary, JudgeCheck, MetricClassification, MetricDirection } from './judge-types.js';

/** A tail percentile is compared only when each arm is expected to have at least this many values beyond it. */
export const MIN_TAIL_EXCEEDANCES = 3;

/** What a continuous metric's evaluation needs beyond the data. */
export interface ContinuousContext {
  /** Settings of the metric, with `allowedChange` resolved. */
  settings: MetricSettings & { allowedChange: number };
  /** This metric's share of the false-alarm budget. */
  alpha: number;
  /** Nominal p-value threshold at this look for a check given its share of alpha. */
  thresholdFor: (alpha: number) => number;
}

/** A continuous metric's result before it becomes a `MetricJudgement`. */
export interface ContinuousOutcome {
  classification: MetricClassification;
  effect: number;
  ci: [number, number];
  detail: string;
  checks: JudgeCheck[];
  arms: { baseline: ArmSummary; canary: ArmSummary };
}

type Side = 'increase' | 'decrease';

function sidesOf(direction: MetricDirection): Side[] {
  return direction === 'either' ? ['increase', 'decrease'] : [direction];
}

/** The scale relative changes are measured against: |median|, else the mean absolute value, else 1 (absolute). */
function relativeScale(sorted: Float64Array, center: number): { scale: number; absolute: boolean } {
  if (center !== 0) return { scale: Math.abs(center), absolute: false };
  let sum = 0;
  for (const value of sorted) sum += Math.abs(value);
  return sum > 0 ? { scale: sum / sorted.length, absolute: false } : { scale: 1, absolute: true };
}

function summarize(sorted: Float64Array): ArmSummary {
  return { count: sorted.length, median: sortedMedian(sorted), p95: sortedQuantile(sorted, 0.95), p99: sortedQuantile(sorted, 0.99) };
}

function outcomeOf(side: Side, significant: boolean, effect: number, allowed: number): JudgeCheck['outcome'] {
  if (!significant) return 'pass';
  if (side === 'increase' && effect > allowed) return 'high';
  if (side === 'decrease' && effect < -allowed) return 'low';
  return 'pass';
}

function mergeSorted(first: Float64Array, second: Float64Array): Float64Array {
  const merged = new Float64Array(first.length + second.length);
  merged.set(first);
  merged.set(second, first.length);
  merged.sort();
  return merged;
}

function absoluteDeviations(sorted: Float64Array): { sorted: Float64Array; mean: number } {
  const center = sortedMedian(sorted);
  const deviations = new Float64Array(sorted.length);
  let sum = 0;
  for (let index = 0; index < sorted.length; index += 1) {
    const deviation = Math.abs((sorted[index] as number) - center);
    deviations[index] = deviation;
    sum += deviation;
  }
  deviations.sort();
  return { sorted: deviations, mean: sum / sorted.length };
}

/**
 * Judges a continuous metric with three kinds of check, each one-sided in the harmful direction and
 * each flagging only when significant at this look AND beyond its allowed relative change
 * (Kayenta's rule, so a tiny but significant shift on a large sample still passes):
 *
 * - location: Mann-Whitney (exact for small samples, ties included) with the Hodges-Lehmann shift
 *   relative to the baseline median and its order-statistic confidence interval;
 * - tail: per percentile, values beyond the pooled percentile counted per arm and compared with
 *   Fisher's exact test (exact under exchangeability, whatever the distribution and ties), with the
 *   change of the percentile itself as the effect — this catches a same-median, heavier-tail canary;
 * - spread: Mann-Whitney on absolute deviations from each arm's median (a Brown-Forsythe-style rank
 *   test), the effect being the growth of the mean absolute deviation.
 *
 * Alpha: half of the metric's share goes to the location check, the other half is split evenly over
 * the configured tail and spread checks (Bonferroni), so the false-alarm bound holds whichever
 * checks have enough data at a look.
 */
export function judgeContinuous(baseline: Float64Array, canary: Float64Array, context: ContinuousContext): ContinuousOutcome {
  const { settings } = context;
  const sides = sidesOf(settings.direction);
  const tailChecks = settings.tail === false ? 0 : settings.tail.percentiles.length * sides.length;
  const spreadChecks = settings.spread === false ? 0 : 1;
  const otherChecks = tailChecks + spreadChecks;
  const locationAlpha = (otherChecks > 0 ? context.alpha / 2 : context.alpha) / sides.length;
  const otherAlpha = otherChecks > 0 ? context.alpha / 2 / otherChecks : 0;
  const checks: JudgeCheck[] = [];
  const notes: string[] = [];

  // Location.
  const test = mannWhitney(baseline, canary);
  const locationThreshold = context.thresholdFor(locationAlpha);
  const baselineMedian = sortedMedian(baseline);
  const { scale, absolute } = relativeScale(baseline, baselineMedian);
  const shift = hodgesLehmann(baseline, canary, Math.max(locationThreshold, 1e-12));
  const effect = shift.shift / scale;
  const ci: [number, number] = [shift.lower / scale, shift.upper / scale];
  const testName = `mann-whitney ${test.method === 'normal-approximation' ? 'normal approximation' : test.method === 'exact' ? 'exact' : 'exact (ties)'}`;
  const locationParts: string[] = [];
  for (const side of sides) {
    const pValue = side === 'increase' ? test.pGreater : test.pLess;
    const outcome = outcomeOf(side, pValue <= locationThreshold, effect, settings.allowedChange);
    checks.push({ name: 'location', test: testName, pValue, threshold: locationThreshold, effect, allowedChange: settings.allowedChange, outcome });
    locationParts.push(`p(${side})=${formatPValue(pValue)}`);
  }
  const effectText = absolute ? `${formatValue(shift.shift)} (absolute: baseline is all zero)` : formatRelative(effect);
  const ciText = absolute ? `[${formatValue(shift.lower)}, ${formatValue(shift.upper)}]` : `[${formatRelative(ci[0])}, ${formatRelative(ci[1])}]`;
  notes.push(
    `${testName} ${locationParts.join(' ')} (threshold ${formatPValue(locationThreshold)}), Hodges-Lehmann shift ${effectText} ${ciText}, allowed ${formatRelative(settings.allowedChange)}`,
  );

  // Tails.
  if (settings.tail !== false) {
    const pooled = mergeSorted(baseline, canary);
    const threshold = context.thresholdFor(otherAlpha);
    const smaller = Math.min(baseline.length, canary.length);
    for (const percentile of settings.tail.percentiles) {
      for (const side of sides) {
        const probability = side === 'increase' ? percentile / 100 : 1 - percentile / 100;
        const label = `p${Number((probability * 100).toFixed(2))}`;
        const name = `tail-${label}`;
        const needed = Math.ceil(MIN_TAIL_EXCEEDANCES / (1 - percentile / 100));
        if (smaller < needed) {
          checks.push({ name, test: 'exceedance fisher exact', pValue: null, threshold, effect: null, allowedChange: settings.tail.allowedChange, outcome: 'skipped' });
          notes.push(`${label} skipped (needs ${needed} samples per arm)`);
          continue;
        }
        const cut = sortedQuantile(pooled, probability);
        const beyond = (sorted: Float64Array): number => {
          let count = 0;
          for (const value of sorted) if (side === 'increase' ? value > cut : value < cut) count += 1;
          return count;
        };
        const baselineBeyond = beyond(baseline);
        const canaryBeyond = beyond(canary);
        const pValue = fisherExact({ baselineEvents: baselineBeyond, baselineTrials: baseline.length, canaryEvents: canaryBeyond, canaryTrials: canary.length }).pGreater;
        const baselineQuantile = sortedQuantile(baseline, probability);
        const canaryQuantile = sortedQuantile(canary, probability);
        const tailScale = relativeScale(baseline, baselineQuantile);
        const tailEffect = (canaryQuantile - baselineQuantile) / tailScale.scale;
        const outcome = outcomeOf(side, pValue <= threshold, tailEffect, settings.tail.allowedChange);
        checks.push({ name, test: 'exceedance fisher exact', pValue, threshold, effect: tailEffect, allowedChange: settings.tail.allowedChange, outcome });
        const baselineLimits = quantileConfidenceLimits(baseline, probability, Math.max(threshold, 1e-12) / 2);
        const canaryLimits = quantileConfidenceLimits(canary, probability, Math.max(threshold, 1e-12) / 2);
        const lower = (canaryLimits.lower - baselineLimits.upper) / tailScale.scale;
        const upper = (canaryLimits.upper - baselineLimits.lower) / tailScale.scale;
        notes.push(
          `${label} ${formatValue(baselineQuantile)} → ${formatValue(canaryQuantile)} (${formatRelative(tailEffect)} [${formatRelative(lower)}, ${formatRelative(upper)}]; beyond pooled ${label}: ${baselineBeyond} vs ${canaryBeyond}, p=${formatPValue(pValue)}, threshold ${formatPValue(threshold)}, allowed ${formatRelative(settings.tail.allowedChange)})`,
        );
      }
    }
  }

  // Spread.
  if (settings.spread !== false) {
    const threshold = context.thresholdFor(otherAlpha);
    const baselineDeviations = absoluteDeviations(baseline);
    const canaryDeviations = absoluteDeviations(canary);
    const pValue = mannWhitney(baselineDeviations.sorted, canaryDeviations.sorted).pGreater;
    const spreadEffect =
      baselineDeviations.mean > 0 ? canaryDeviations.mean / baselineDeviations.mean - 1 : canaryDeviations.mean > 0 ? Number.POSITIVE_INFINITY : 0;
    const grew = pValue <= threshold && spreadEffect > settings.spread.allowedChange;
    const outcome: JudgeCheck['outcome'] = grew ? (settings.direction === 'decrease' ? 'low' : 'high') : 'pass';
    checks.push({ name: 'spread', test: 'mann-whitney on absolute deviations', pValue, threshold, effect: Number.isFinite(spreadEffect) ? spreadEffect : null, allowedChange: settings.spread.allowedChange, outcome });
    notes.push(
      `spread (mean absolute deviation) ${formatValue(baselineDeviations.mean)} → ${formatValue(canaryDeviations.mean)} (${formatRelative(spreadEffect)}, p=${formatPValue(pValue)}, threshold ${formatPValue(threshold)}, allowed ${formatRelative(settings.spread.allowedChange)})`,
    );
  }

  const flagged = checks.filter((check) => check.outcome === 'high' || check.outcome === 'low');
  const classification: MetricClassification = flagged[0]?.outcome === 'high' ? 'high' : flagged[0]?.outcome === 'low' ? 'low' : 'pass';
  const reasonText = flagged.length === 0 ? 'no harmful change beyond what is allowed' : `flagged by ${flagged.map((check) => check.name).join(', ')}`;
  const detail = `${classification}: ${reasonText}; n=${baseline.length}/${canary.length}; ${notes.join('; ')}`;
  return { classification, effect, ci, detail, checks, arms: { baseline: summarize(baseline), canary: summarize(canary) } };
}
