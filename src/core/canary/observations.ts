import { errorMessage } from '../errors.js';
import type { MetricSeries, MetricsSource } from '../ports/metrics-source.js';
import type { CanaryMetricConfig } from '../config/canary-schema.js';
import type { ArmObservations, MetricObservation } from './judge-types.js';

/** The two arms of a canary comparison. */
export const ARMS = ['baseline', 'canary'] as const;
export type Arm = (typeof ARMS)[number];

/** A source ready to query, with the selector of each arm. */
export interface BoundSource {
  /** The transport (Prometheus, HTTP JSON, command). */
  source: MetricsSource;
  /** Fills `{selector}` for the baseline. */
  baseline: string;
  /** Fills `{selector}` for the canary. */
  canary: string;
}

/** The time range one look reads. */
export interface LookWindow {
  start: Date;
  end: Date;
  /** Query resolution in seconds. */
  stepSeconds: number;
}

/** What one arm of one metric looked like, for people and the deployer agent. `null`s mean no data. */
export interface ArmTelemetry {
  /** Samples (continuous) or trials (rate) that counted. */
  count: number;
  /** Mean of the samples, or the event rate. */
  mean: number | null;
  /** Median (continuous only). */
  p50: number | null;
  /** 95th percentile (continuous only). */
  p95: number | null;
  /** Events counted (rate only). */
  events?: number;
}

/** Both arms of one metric. */
export interface MetricTelemetry {
  name: string;
  kind: 'continuous' | 'rate';
  baseline: ArmTelemetry;
  canary: ArmTelemetry;
}

/** A query that failed: its metric then has no data for that arm, which never passes. */
export interface QueryFailure {
  metric: string;
  arm: Arm;
  message: string;
}

/** Everything one look collected. */
export interface CollectedLook {
  baseline: ArmObservations;
  canary: ArmObservations;
  telemetry: MetricTelemetry[];
  failures: QueryFailure[];
}

/** Fills every `{selector}` in a query with the arm's selector. */
export function fillSelector(query: string, selector: string): string {
  return query.split('{selector}').join(selector);
}

/** Every finite sample of every series, in time order per series. NaN and infinities are no data. */
export function finiteSamples(series: readonly MetricSeries[]): number[] {
  return series.flatMap((entry) => entry.samples.map(([, value]) => value).filter((value) => Number.isFinite(value)));
}

/**
 * How much the counters grew over the window, summed over series; a drop is a counter reset, after
 * which the new value is growth. `undefined` when no series had a finite sample.
 */
export function counterIncrease(series: readonly MetricSeries[]): number | undefined {
  let total: number | undefined;
  for (const entry of series) {
    let previous: number | undefined;
    for (const [, value] of entry.samples) {
      if (!Number.isFinite(value)) continue;
      total ??= 0;
      if (previous !== undefined) total += value >= previous ? value - previous : value;
      previous = value;
    }
  }
  return total;
}

/** The `fraction` quantile of sorted values (linear between closest ranks), or null when empty. */
export function quantile(sorted: readonly number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * fraction;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

function continuousTelemetry(samples: readonly number[]): ArmTelemetry {
  const sorted = [...samples].sort((left, right) => left - right);
  const mean = sorted.length === 0 ? null : sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  return { count: sorted.length, mean, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
}

function rateTelemetry(observation: MetricObservation): ArmTelemetry {
  if (Array.isArray(observation)) return { count: 0, mean: null, p50: null, p95: null };
  return { count: observation.trials, mean: observation.events / observation.trials, p50: null, p95: null, events: observation.events };
}

async function query(bound: BoundSource, text: string, arm: Arm, window: LookWindow): Promise<MetricSeries[]> {
  return bound.source.queryRange({ query: fillSelector(text, bound[arm]), start: window.start, end: window.end, stepSeconds: window.stepSeconds });
}

/** One arm of one metric: samples, counts, or an empty list for no data. */
async function observe(metric: CanaryMetricConfig, bound: BoundSource, arm: Arm, window: LookWindow): Promise<MetricObservation> {
  if (metric.query !== undefined) return finiteSamples(await query(bound, metric.query, arm, window));
  const [events, trials] = await Promise.all([
    query(bound, metric.events!, arm, window).then(counterIncrease),
    query(bound, metric.trials!, arm, window).then(counterIncrease),
  ]);
  // No requests, or a counter with no data, is no data: an empty list, which the judge calls nodata.
  if (events === undefined || trials === undefined || trials <= 0 || events > trials) return [];
  return { events, trials };
}

/**
 * Reads every metric for both arms over the window. A failing query is recorded and leaves that
 * metric without data for the arm: it can make the verdict inconclusive or failing, never passing.
 */
export async function collectLook(
  metrics: readonly CanaryMetricConfig[],
  sources: Readonly<Record<string, BoundSource>>,
  window: LookWindow,
): Promise<CollectedLook> {
  const baseline: Record<string, MetricObservation> = {};
  const canary: Record<string, MetricObservation> = {};
  const telemetry: MetricTelemetry[] = [];
  const failures: QueryFailure[] = [];
  for (const metric of metrics) {
    const bound = sources[metric.source];
    const observed: Record<Arm, MetricObservation> = { baseline: [], canary: [] };
    for (const arm of ARMS) {
      if (bound === undefined) {
        failures.push({ metric: metric.name, arm, message: `source ${metric.source} is not configured` });
        continue;
      }
      try {
        observed[arm] = await observe(metric, bound, arm, window);
      } catch (error) {
        failures.push({ metric: metric.name, arm, message: errorMessage(error) });
      }
    }
    baseline[metric.name] = observed.baseline;
    canary[metric.name] = observed.canary;
    const kind = metric.query === undefined ? 'rate' : 'continuous';
    const describe = (observation: MetricObservation) =>
      kind === 'rate' ? rateTelemetry(observation) : continuousTelemetry(Array.isArray(observation) ? observation : []);
    telemetry.push({ name: metric.name, kind, baseline: describe(observed.baseline), canary: describe(observed.canary) });
  }
  return { baseline, canary, telemetry, failures };
}

/** Whether an observation holds no usable data. */
export function isEmptyObservation(observation: MetricObservation | undefined): boolean {
  if (observation === undefined) return true;
  if (Array.isArray(observation)) return observation.filter((value) => Number.isFinite(value)).length === 0;
  return !(observation.trials > 0) || !Number.isFinite(observation.events);
}
