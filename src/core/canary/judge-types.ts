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
  /** Checks and arm summaries (present whenever the judge ran; not part of the CLI output). */
  extra?: MetricJudgementDetail;
}

/** The judge's whole answer for one look. */
export interface JudgeResult {
  verdict: JudgeVerdict;
  /** Weighted share of passing metrics, 0–100. */
  score: number;
  metrics: MetricJudgement[];
  /** Why the verdict is what it is, in one or two sentences. */
  reason: string;
  /** The look this result belongs to (always present from `judge` / `judgeLook`). */
  look?: JudgeLookInfo;
}

/** One check behind a metric's classification (location, a tail percentile, spread, or a rate test). */
export interface JudgeCheck {
  /** `location`, `tail-p95` (upper tail), `tail-p5` (lower tail), `spread`, `rate`. */
  name: string;
  /** The test used, e.g. `mann-whitney exact`, `fisher exact`. */
  test: string;
  /** One-sided p-value in the harmful direction; null when the check was skipped. */
  pValue: number | null;
  /** Nominal p-value threshold at this look (after splitting alpha and spending it over looks). */
  threshold: number;
  /** The check's relative effect (canary against baseline); null when skipped or undefined. */
  effect: number | null;
  /** The relative change tolerated. */
  allowedChange: number;
  /** `pass`, `high`, `low`, or `skipped` (too few samples for this check). */
  outcome: 'pass' | 'high' | 'low' | 'skipped';
}

/** What one arm looked like, for charts: sample statistics or counts. */
export interface ArmSummary {
  /** Samples (continuous) or trials (rate). */
  count: number;
  /** Median of the samples. */
  median?: number;
  /** 95th percentile of the samples. */
  p95?: number;
  /** 99th percentile of the samples. */
  p99?: number;
  /** Events (rate). */
  events?: number;
  /** Events over trials (rate). */
  rate?: number;
}

/** Extra detail of a metric judgement, beyond the CLI's JSON: the checks and per-arm summaries. */
export interface MetricJudgementDetail {
  /** `continuous` or `rate`; absent when there was no data to tell. */
  kind?: 'continuous' | 'rate';
  /** The checks run, in order. */
  checks?: JudgeCheck[];
  /** Per-arm summaries; an arm without data is absent. */
  arms?: { baseline?: ArmSummary; canary?: ArmSummary };
}

/** Which look of a sequential analysis a result belongs to. */
export interface JudgeLookInfo {
  /** This look, from 1. */
  look: number;
  /** Looks planned. */
  maxLooks: number;
  /** Share of the planned information seen at this look, 0–1. */
  informationFraction: number;
}
