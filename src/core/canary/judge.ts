import { sequentialThresholds } from '../stats/alpha-spending.js';
import { JUDGE_DEFAULTS, metricSettingsFor, resolveJudgeConfig, type JudgeConfig, type MetricKind } from './judge-config.js';
import { judgeContinuous } from './judge-continuous.js';
import { roundForOutput } from './judge-format.js';
import { prepareArm, type PreparedArm } from './judge-observations.js';
import { judgeRate } from './judge-rate.js';
import type { ArmObservations, ArmSummary, JudgeLookInfo, JudgeResult, MetricJudgement } from './judge-types.js';
import { decideVerdict } from './judge-verdict.js';

/** Most looks a sequential analysis may plan. */
export const MAX_LOOKS = 100;

/** Which look of a sequential analysis this judgement is. */
export interface LookOptions {
  /** This look, from 1 to `maxLooks`. */
  look: number;
  /** Looks planned (e.g. one per analysis interval over all rollout steps). */
  maxLooks: number;
  /**
   * Information fraction of every planned look (strictly increasing, in (0, 1]); for example the
   * share of the planned samples seen at each look. Default: equally spaced, look k at k / maxLooks.
   */
  informationFractions?: readonly number[];
}

function ownValue(observations: ArmObservations, name: string) {
  return Object.hasOwn(observations, name) ? observations[name] : undefined;
}

function metricNames(baseline: ArmObservations, canary: ArmObservations, config: JudgeConfig): string[] {
  const seen = new Set<string>();
  for (const source of [config.metrics, baseline, canary]) for (const name of Object.keys(source)) seen.add(name);
  return [...seen];
}

function lookFractions(options: LookOptions): number[] {
  const { look, maxLooks } = options;
  if (!Number.isInteger(maxLooks) || maxLooks < 1 || maxLooks > MAX_LOOKS) throw new RangeError(`maxLooks must be a whole number from 1 to ${MAX_LOOKS}, got ${maxLooks}`);
  if (!Number.isInteger(look) || look < 1 || look > maxLooks) throw new RangeError(`look must be a whole number from 1 to maxLooks (${maxLooks}), got ${look}`);
  const fractions = options.informationFractions === undefined ? Array.from({ length: maxLooks }, (_, index) => (index + 1) / maxLooks) : [...options.informationFractions];
  if (fractions.length !== maxLooks) throw new RangeError(`informationFractions needs one fraction per look (${maxLooks}), got ${fractions.length}`);
  fractions.forEach((fraction, index) => {
    const previous = index === 0 ? 0 : (fractions[index - 1] as number);
    if (!(Number.isFinite(fraction) && fraction > previous && fraction <= 1)) {
      throw new RangeError(`informationFractions must increase strictly within (0, 1], got ${fractions.join(', ')}`);
    }
  });
  return fractions.slice(0, look);
}

function kindMismatch(name: string, expected: MetricKind, arms: readonly PreparedArm[]): string | undefined {
  const found = arms.find((arm) => arm.kind !== 'nodata' && arm.kind !== expected);
  if (found === undefined) return undefined;
  return `${name} is configured as ${expected} but the data has ${found.kind === 'rate' ? 'counts' : 'samples'}`;
}

function round(summary: ArmSummary): ArmSummary {
  return Object.fromEntries(Object.entries(summary).map(([key, value]) => [key, typeof value === 'number' ? roundForOutput(value) : value])) as unknown as ArmSummary;
}

/**
 * Judges one look of a sequential canary analysis: every metric in the config or in either arm's data
 * is classified pass | high | low | nodata, then scored and given a verdict.
 *
 * Error control: `config.alpha` is the chance of any false alarm (a metric flagged high or low while
 * the canary is no worse than the baseline) over all metrics, all their checks and all planned
 * looks. It is split evenly over metrics, then over each metric's checks (Bonferroni), and each
 * check's share is spent over the looks with a Lan-DeMets spending function (see
 * `stats/alpha-spending.ts` for why); at look k a check is significant when its p-value is at most the
 * nominal threshold of look k. Looks must be called with the same `maxLooks` and fractions
 * throughout a rollout; the judge itself keeps no state.
 */
export function judgeLook(baseline: ArmObservations, canary: ArmObservations, config: JudgeConfig, options: LookOptions): JudgeResult {
  const fractions = lookFractions(options);
  const thresholdFor = (alpha: number): number => {
    const thresholds = sequentialThresholds(alpha, fractions, config.spending);
    return thresholds[thresholds.length - 1] as number;
  };
  const names = metricNames(baseline, canary, config);
  const metricAlpha = names.length === 0 ? config.alpha : config.alpha / names.length;
  const metrics: MetricJudgement[] = names.map((name) => {
    const settings = metricSettingsFor(config, name);
    const base = { name, critical: settings.critical, weight: settings.weight };
    const baselineArm = prepareArm(ownValue(baseline, name), 'baseline', config.minSamples);
    const canaryArm = prepareArm(ownValue(canary, name), 'canary', config.minSamples);
    const nodata = (reason: string): MetricJudgement => ({
      ...base,
      classification: 'nodata',
      effect: null,
      ci: null,
      detail: `nodata: ${reason}`,
      extra: { ...(settings.kind === undefined ? {} : { kind: settings.kind }), checks: [], arms: {} },
    });
    const mismatch = settings.kind === undefined ? undefined : kindMismatch(name, settings.kind, [baselineArm, canaryArm]);
    if (mismatch !== undefined) return nodata(mismatch);
    const reasons = [baselineArm, canaryArm].flatMap((arm) => (arm.kind === 'nodata' ? [arm.reason] : []));
    if (reasons.length > 0) return nodata(reasons.join('; '));
    if (baselineArm.kind !== canaryArm.kind) return nodata(`baseline has ${baselineArm.kind === 'rate' ? 'counts' : 'samples'} but canary has ${canaryArm.kind === 'rate' ? 'counts' : 'samples'}`);
    const kind = baselineArm.kind as MetricKind;
    const allowedChange = settings.allowedChange ?? JUDGE_DEFAULTS.allowedChange[kind];
    const context = { settings: { ...settings, allowedChange }, alpha: metricAlpha, thresholdFor };
    const outcome =
      baselineArm.kind === 'continuous' && canaryArm.kind === 'continuous'
        ? judgeContinuous(baselineArm.sorted, canaryArm.sorted, context)
        : judgeRate(baselineArm as { events: number; trials: number }, canaryArm as { events: number; trials: number }, context);
    return {
      ...base,
      classification: outcome.classification,
      effect: roundForOutput(outcome.effect),
      ci: [roundForOutput(outcome.ci[0]), roundForOutput(outcome.ci[1])],
      detail: outcome.detail,
      extra: { kind, checks: outcome.checks, arms: { baseline: round(outcome.arms.baseline), canary: round(outcome.arms.canary) } },
    };
  });
  const verdict = decideVerdict(metrics, config);
  const look: JudgeLookInfo = { look: options.look, maxLooks: options.maxLooks, informationFraction: fractions[fractions.length - 1] as number };
  const lookText = options.maxLooks > 1 ? ` (look ${options.look} of ${options.maxLooks})` : '';
  return { verdict: verdict.verdict, score: verdict.score, metrics, reason: `${verdict.reason}${lookText}`, look };
}

/** Judges all the data at once: a single look, the full alpha at a fixed sample size. */
export function judge(baseline: ArmObservations, canary: ArmObservations, config: JudgeConfig = resolveJudgeConfig()): JudgeResult {
  return judgeLook(baseline, canary, config, { look: 1, maxLooks: 1 });
}
