import * as z from 'zod';
import { SPENDING_FUNCTIONS, type SpendingFunction } from '../stats/alpha-spending.js';
import { expecting } from '../config/schema-messages.js';
import { METRIC_DIRECTIONS, type MetricDirection } from './judge-types.js';

/**
 * The judge's settings: per metric its kind, bad direction, allowed relative change, criticality,
 * weight and tail and spread checks; overall the error budget, score thresholds and what missing data
 * means. `judgeConfigSchema` validates what a user writes; `resolveJudgeConfig` fills the defaults.
 */

export const METRIC_KINDS = ['continuous', 'rate'] as const;
/** `continuous`: samples (latency, CPU); `rate`: events over trials (errors over requests). */
export type MetricKind = (typeof METRIC_KINDS)[number];

export const NODATA_OUTCOMES = ['inconclusive', 'fail'] as const;
/** What a judgement with missing data ends as. */
export type NodataOutcome = (typeof NODATA_OUTCOMES)[number];

/** Defaults, chosen for latency-like series and error rates; each is documented where it is used. */
export const JUDGE_DEFAULTS = {
  alpha: 0.01,
  thresholds: { pass: 90, marginal: 70 },
  nodata: 'inconclusive' as NodataOutcome,
  minSamples: 5,
  spending: 'quadratic' as SpendingFunction,
  direction: 'increase' as MetricDirection,
  allowedChange: { continuous: 0.05, rate: 0.25 } as Readonly<Record<MetricKind, number>>,
  tail: { percentiles: [95, 99], allowedChange: 0.1 },
  spread: { allowedChange: 0.5 },
} as const;

/** Longest metric name accepted; names end up in summaries and journal lines. */
export const MAX_METRIC_NAME_LENGTH = 200;

/** A metric name: 1–200 characters, no control characters. */
export function metricNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'a metric name must not be empty';
  if (name.length > MAX_METRIC_NAME_LENGTH) return `a metric name must be at most ${MAX_METRIC_NAME_LENGTH} characters`;
  // Control characters (and the Unicode line separators) would let a name forge lines in summaries and logs.
  if (/[\p{Cc}\u2028\u2029]/u.test(name)) return 'a metric name must not contain control characters';
  // Would be taken for the object's prototype by code that copies records naively.
  if (name === '__proto__') return 'a metric name must not be "__proto__"';
  return undefined;
}

const metricNameSchema = z.string().superRefine((name, context) => {
  const problem = metricNameProblem(name);
  if (problem !== undefined) context.addIssue({ code: 'custom', message: problem, input: name });
});

const relativeChangeSchema = (what: string) =>
  z.number(expecting(`${what}: a relative change from 0 (e.g. 0.05 for 5%) up to 100`)).min(0, expecting(`${what} of at least 0`)).max(100, expecting(`${what} of at most 100`));

const tailSchema = z.union(
  [
    z.literal(false),
    z.strictObject(
      {
        percentiles: z
          .array(z.number(expecting('a percentile above 50 and below 100, such as 95 or 99')).gt(50, expecting('a percentile above 50')).lt(100, expecting('a percentile below 100')))
          .min(1, expecting('a list of at least one percentile such as [95, 99]'))
          .max(4, expecting('a list of at most 4 percentiles'))
          .optional()
          .describe('Upper percentiles compared (the mirrored lower ones for direction decrease). Default [95, 99].'),
        allowedChange: relativeChangeSchema('the allowed change of a tail percentile').optional().describe('Relative change of the percentile tolerated. Default 0.1.'),
      },
      expecting('false or a mapping with percentiles and/or allowedChange'),
    ),
  ],
  expecting('false or a mapping with percentiles and/or allowedChange'),
);

const spreadSchema = z.union(
  [
    z.literal(false),
    z.strictObject(
      { allowedChange: relativeChangeSchema('the allowed change of the spread').optional().describe('Relative growth of the mean absolute deviation tolerated. Default 0.5.') },
      expecting('false or a mapping with allowedChange'),
    ),
  ],
  expecting('false or a mapping with allowedChange'),
);

/** One metric's settings as written. */
export const metricJudgeSchema = z
  .strictObject(
    {
      kind: z.enum(METRIC_KINDS).optional().describe('continuous (samples) or rate (events/trials); inferred from the data when absent.'),
      direction: z.enum(METRIC_DIRECTIONS).optional().describe('Which change is bad: increase, decrease or either. Default increase.'),
      allowedChange: relativeChangeSchema('the allowed change').optional().describe('Relative change tolerated even when significant. Default 0.05 continuous, 0.25 rate.'),
      critical: z.boolean(expecting('true or false')).optional().describe('Failing this metric fails the verdict on its own. Default false.'),
      weight: z.number(expecting('a weight above 0')).gt(0, expecting('a weight above 0')).max(1000, expecting('a weight of at most 1000')).optional().describe('Weight in the score. Default 1.'),
      tail: tailSchema.optional().describe('Upper-tail (percentile) check of a continuous metric; false turns it off.'),
      spread: spreadSchema.optional().describe('Spread check of a continuous metric; false turns it off.'),
    },
    expecting('a mapping with kind, direction, allowedChange, critical, weight, tail and/or spread'),
  )
  .describe('How one metric is judged.');

/** The judge's settings as written (a `--config` file, or a section of the repository config). */
export const judgeConfigSchema = z
  .strictObject(
    {
      alpha: z
        .number(expecting('a probability above 0 and at most 0.2, such as 0.01'))
        .gt(0, expecting('a probability above 0'))
        .max(0.2, expecting('a probability of at most 0.2'))
        .optional()
        .describe('Chance of a false alarm on a canary no worse than the baseline, over all metrics, checks and looks. Default 0.01.'),
      thresholds: z
        .strictObject(
          {
            pass: z.number(expecting('a score from 0 to 100')).min(0, expecting('a score from 0 to 100')).max(100, expecting('a score from 0 to 100')).optional(),
            marginal: z.number(expecting('a score from 0 to 100')).min(0, expecting('a score from 0 to 100')).max(100, expecting('a score from 0 to 100')).optional(),
          },
          expecting('a mapping with pass and/or marginal'),
        )
        .optional()
        .describe('Lowest scores for pass (default 90) and marginal (default 70).'),
      nodata: z.enum(NODATA_OUTCOMES).optional().describe('What missing data ends as: inconclusive (default) or fail.'),
      minSamples: z
        .number(expecting('a whole number from 3 to 1000'))
        .int(expecting('a whole number from 3 to 1000'))
        .min(3, expecting('a whole number from 3 to 1000'))
        .max(1000, expecting('a whole number from 3 to 1000'))
        .optional()
        .describe('Fewest samples per arm for a continuous metric to count as data. Default 5.'),
      spending: z.enum(SPENDING_FUNCTIONS).optional().describe('Alpha-spending function over repeated looks: quadratic (default), obrien-fleming or pocock.'),
      metrics: z.record(metricNameSchema, metricJudgeSchema, expecting('a mapping from metric names to settings')).optional(),
    },
    expecting('a mapping with alpha, thresholds, nodata, minSamples, spending and/or metrics'),
  )
  .superRefine((value, context) => {
    const pass = value.thresholds?.pass ?? JUDGE_DEFAULTS.thresholds.pass;
    const marginal = value.thresholds?.marginal ?? JUDGE_DEFAULTS.thresholds.marginal;
    if (marginal > pass) {
      context.addIssue({ code: 'custom', path: ['thresholds', 'marginal'], message: `the marginal threshold (${marginal}) must not be above the pass threshold (${pass})`, input: marginal });
    }
  })
  .describe('How the canary judge compares canary with baseline.');

/** The settings as written. */
export type JudgeConfigInput = z.input<typeof judgeConfigSchema>;
/** One metric's settings as written. */
export type MetricJudgeInput = z.input<typeof metricJudgeSchema>;

/** Upper-tail check settings. */
export interface TailSettings {
  /** Percentiles compared, e.g. [95, 99]. */
  percentiles: number[];
  /** Relative change of a percentile tolerated. */
  allowedChange: number;
}

/** One metric's complete settings. */
export interface MetricSettings {
  /** Kind, when configured; otherwise inferred from the data. */
  kind?: MetricKind;
  /** Which change is bad. */
  direction: MetricDirection;
  /** Relative change tolerated; when absent, the default for the kind. */
  allowedChange?: number;
  /** Failing this metric fails the verdict. */
  critical: boolean;
  /** Weight in the score. */
  weight: number;
  /** Tail check, or false. */
  tail: TailSettings | false;
  /** Spread check (relative growth of the mean absolute deviation tolerated), or false. */
  spread: { allowedChange: number } | false;
}

/** The judge's complete settings. */
export interface JudgeConfig {
  /** False-alarm budget over all metrics, checks and looks (one-sided per bad direction). */
  alpha: number;
  /** Lowest scores for pass and marginal. */
  thresholds: { pass: number; marginal: number };
  /** What missing data ends as. */
  nodata: NodataOutcome;
  /** Fewest samples per arm for a continuous metric. */
  minSamples: number;
  /** Alpha-spending function over repeated looks. */
  spending: SpendingFunction;
  /** Settings of configured metrics; other metrics in the data get `defaultMetricSettings()`. */
  metrics: Record<string, MetricSettings>;
}

/** Settings of a metric that the config does not mention. */
export function defaultMetricSettings(): MetricSettings {
  return {
    direction: JUDGE_DEFAULTS.direction,
    critical: false,
    weight: 1,
    tail: { percentiles: [...JUDGE_DEFAULTS.tail.percentiles], allowedChange: JUDGE_DEFAULTS.tail.allowedChange },
    spread: { allowedChange: JUDGE_DEFAULTS.spread.allowedChange },
  };
}

function resolveMetric(input: MetricJudgeInput): MetricSettings {
  const defaults = defaultMetricSettings();
  return {
    ...(input.kind === undefined ? {} : { kind: input.kind }),
    direction: input.direction ?? defaults.direction,
    ...(input.allowedChange === undefined ? {} : { allowedChange: input.allowedChange }),
    critical: input.critical ?? false,
    weight: input.weight ?? 1,
    tail:
      input.tail === false
        ? false
        : { percentiles: [...(input.tail?.percentiles ?? JUDGE_DEFAULTS.tail.percentiles)], allowedChange: input.tail?.allowedChange ?? JUDGE_DEFAULTS.tail.allowedChange },
    spread: input.spread === false ? false : { allowedChange: input.spread?.allowedChange ?? JUDGE_DEFAULTS.spread.allowedChange },
  };
}

/** Complete settings from validated input; throws a zod error on invalid input (validate first for good messages). */
export function resolveJudgeConfig(input: JudgeConfigInput = {}): JudgeConfig {
  const parsed = judgeConfigSchema.parse(input);
  const metrics: Record<string, MetricSettings> = {};
  for (const [name, metric] of Object.entries(parsed.metrics ?? {})) {
    Object.defineProperty(metrics, name, { value: resolveMetric(metric), enumerable: true, writable: true, configurable: true });
  }
  return {
    alpha: parsed.alpha ?? JUDGE_DEFAULTS.alpha,
    thresholds: { pass: parsed.thresholds?.pass ?? JUDGE_DEFAULTS.thresholds.pass, marginal: parsed.thresholds?.marginal ?? JUDGE_DEFAULTS.thresholds.marginal },
    nodata: parsed.nodata ?? JUDGE_DEFAULTS.nodata,
    minSamples: parsed.minSamples ?? JUDGE_DEFAULTS.minSamples,
    spending: parsed.spending ?? JUDGE_DEFAULTS.spending,
    metrics,
  };
}

/** A metric's settings: configured ones, or the defaults. */
export function metricSettingsFor(config: JudgeConfig, name: string): MetricSettings {
  return Object.hasOwn(config.metrics, name) ? (config.metrics[name] as MetricSettings) : defaultMetricSettings();
}
