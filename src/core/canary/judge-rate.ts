import { fisherExact } from '../stats/fisher-exact.js';
import { newcombeDifferenceInterval } from '../stats/proportion-interval.js';
import type { MetricSettings } from './judge-config.js';
import { formatPValue, formatRate, formatRelative } from './judge-format.js';
import type { ArmSummary, JudgeCheck, MetricClassification } from './judge-types.js';

/** What a rate metric's evaluation needs beyond the counts. */
export interface RateContext {
  /** Settings of the metric, with `allowedChange` resolved. */
  settings: MetricSettings & { allowedChange: number };
  /** This metric's share of the false-alarm budget. */
  alpha: number;
  /** Nominal p-value threshold at this look for a check given its share of alpha. */
  thresholdFor: (alpha: number) => number;
}

/** Counts of one arm. */
export interface RateCounts {
  /** Events (errors), 0 ≤ events ≤ trials. */
  events: number;
  /** Trials (requests), above 0. */
  trials: number;
}

/** A rate metric's result before it becomes a `MetricJudgement`. */
export interface RateOutcome {
  classification: MetricClassification;
  effect: number;
  ci: [number, number];
  detail: string;
  checks: JudgeCheck[];
  arms: { baseline: ArmSummary; canary: ArmSummary };
}

/**
 * Judges a rate (events over trials) with Fisher's exact test, one-sided in each harmful direction:
 * exact at any count, so 3 errors in 1,000 against 0 in 1,000 is weighed as what it is (p ≈ 0.125,
 * not significant) while 15 against 0 is not (p ≈ 3e-5). The effect is the difference of proportions,
 * canary − baseline, with Newcombe's hybrid score interval; the relative change (canary rate over
 * baseline rate − 1, infinite over a zero baseline) must also exceed the allowed change to flag.
 */
export function judgeRate(baseline: RateCounts, canary: RateCounts, context: RateContext): RateOutcome {
  const { settings } = context;
  const sides = settings.direction === 'either' ? (['increase', 'decrease'] as const) : ([settings.direction] as const);
  const threshold = context.thresholdFor(context.alpha / sides.length);
  const test = fisherExact({ baselineEvents: baseline.events, baselineTrials: baseline.trials, canaryEvents: canary.events, canaryTrials: canary.trials });
  const interval = newcombeDifferenceInterval(baseline.events, baseline.trials, canary.events, canary.trials, Math.max(threshold, 1e-12));
  const baselineRate = baseline.events / baseline.trials;
  const canaryRate = canary.events / canary.trials;
  const relative = baselineRate > 0 ? canaryRate / baselineRate - 1 : canaryRate > 0 ? Number.POSITIVE_INFINITY : 0;
  const checks: JudgeCheck[] = [];
  const parts: string[] = [];
  for (const side of sides) {
    const pValue = side === 'increase' ? test.pGreater : test.pLess;
    const significant = pValue <= threshold;
    const beyond = side === 'increase' ? relative > settings.allowedChange : relative < -settings.allowedChange;
    const outcome: JudgeCheck['outcome'] = significant && beyond ? (side === 'increase' ? 'high' : 'low') : 'pass';
    checks.push({ name: 'rate', test: 'fisher exact', pValue, threshold, effect: Number.isFinite(relative) ? relative : null, allowedChange: settings.allowedChange, outcome });
    parts.push(`p(${side})=${formatPValue(pValue)}`);
  }
  const flagged = checks.find((check) => check.outcome !== 'pass');
  const classification: MetricClassification = flagged?.outcome === 'high' ? 'high' : flagged?.outcome === 'low' ? 'low' : 'pass';
  const points = (value: number): string => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(3)} pp`;
  const detail =
    `${classification}: ${baseline.events}/${baseline.trials} (${formatRate(baselineRate)}) → ${canary.events}/${canary.trials} (${formatRate(canaryRate)}); ` +
    `fisher exact ${parts.join(' ')} (threshold ${formatPValue(threshold)}); difference ${points(interval.difference)} [${points(interval.lower)}, ${points(interval.upper)}] (Newcombe); ` +
    `relative ${formatRelative(relative)}, allowed ${formatRelative(settings.allowedChange)}`;
  return {
    classification,
    effect: interval.difference,
    ci: [interval.lower, interval.upper],
    detail,
    checks,
    arms: {
      baseline: { count: baseline.trials, events: baseline.events, rate: baselineRate },
      canary: { count: canary.trials, events: canary.events, rate: canaryRate },
    },
  };
}
