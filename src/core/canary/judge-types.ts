/**
 * The canary judge's contract: what the deterministic judge reads and returns. The rollout engine,
 * the deployer agent, the summary and `drydock canary judge` all speak these types.
 */

/** A metric's observations for one arm: samples of a continuous metric, or counts of a rate. */
export type MetricObservation = number[] | { events: number; trials: number };

/** Observations of both arms, keyed by metric name. */
export type ArmObservations = Readonly<Record<string, MetricObservation>>;

/** Which change of the canary against the baseline is bad. */
export const METRIC_DIRECTIONS = ['increase', 'decrease', 'either'] as const;
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number];

/**
 * `pass`: no harmful change beyond what is allowed; `high` / `low`: the canary is significantly
 * higher / lower than the baseline in a harmful direction; `nodata`: missing, empty or NaN data —
 * never a pass.
 */
export const METRIC_CLASSIFICATIONS = ['pass', 'high', 'low', 'nodata'] as const;
export type MetricClassification = (typeof METRIC_CLASSIFICATIONS)[number];

export const JUDGE_VERDICTS = ['pass', 'marginal', 'fail', 'inconclusive'] as const;
export type JudgeVerdict = (typeof JUDGE_VERDICTS)[number];

/** One metric's result. */
export interface MetricJudgement {
  name: string;
  classification: MetricClassification;
  /**
   * Estimated effect of the canary: the Hodges-Lehmann shift relative to the baseline median for
   * continuous metrics, the difference of proportions for rates. `null` with no data.
   */
  effect: number | null;
  /** Confidence interval of the effect, same units; `null` with no data. */
  ci: [number, number] | null;
  /** One line a person can read: test, p-value, tails, counts. */
  detail: string;
  /** True when this metric is critical: failing it fails the verdict on its own. */
  critical?: boolean;
  /** Weight in the score. */
  weight?: number;
}

/** The judge's whole answer for one look. */
export interface JudgeResult {
  verdict: JudgeVerdict;
  /** Weighted share of passing metrics, 0–100. */
  score: number;
  metrics: MetricJudgement[];
  /** Why the verdict is what it is, in one or two sentences. */
  reason: string;
}
