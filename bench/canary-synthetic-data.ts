/**
 * Synthetic canary data for the judge's benchmarks, generated from a seed (nothing is committed).
 *
 * Latency: each sample is one analysis interval's latency of one instance — an aggregate over that
 * interval's requests, as Kayenta-style time series are — drawn lognormal with median 200 ms and
 * log-standard-deviation `sigma` (σ = 0.1 is about a 10% coefficient of variation between
 * intervals; σ = 0.3 is a much noisier series). A regression multiplies every canary sample by
 * `latencyFactor` (1.1 for +10%).
 *
 * Errors: each sample (interval) carries `requestsPerSample` requests, each failing independently
 * with probability `errorRate`; the rate metric is the arm's events over trials summed over its
 * samples. A regression multiplies the canary's error probability by `errorFactor` (2 for 2×).
 */
import type { ArmObservations } from '../src/core/canary/judge-types.js';
import type { SeededRandom } from '../src/core/stats/seeded-random.js';

/** How one synthetic scenario is generated. */
export interface SyntheticScenario {
  /** Samples (intervals) per arm. */
  samples: number;
  /** Log-standard-deviation of latency samples. */
  sigma: number;
  /** Median latency in ms. */
  medianMs: number;
  /** Canary latency multiplier (1 = no change). */
  latencyFactor: number;
  /** Requests per sample for the error rate. */
  requestsPerSample: number;
  /** Baseline probability that a request fails. */
  errorRate: number;
  /** Canary error-probability multiplier (1 = no change). */
  errorFactor: number;
}

/** Binomial draw: exact by summing Bernoulli trials for small n, normal approximation otherwise. */
function binomial(random: SeededRandom, trials: number, probability: number): number {
  if (trials * probability * (1 - probability) < 25) {
    let events = 0;
    for (let trial = 0; trial < trials; trial += 1) if (random.next() < probability) events += 1;
    return events;
  }
  const draw = Math.round(trials * probability + random.normal() * Math.sqrt(trials * probability * (1 - probability)));
  return Math.min(trials, Math.max(0, draw));
}

/** One arm's raw series: a latency sample and an error count per interval. */
export interface ArmSeries {
  latency: number[];
  errorEvents: number[];
  requestsPerSample: number;
}

function arm(random: SeededRandom, scenario: SyntheticScenario, latencyFactor: number, errorFactor: number): ArmSeries {
  const latency: number[] = [];
  const errorEvents: number[] = [];
  const probability = Math.min(1, scenario.errorRate * errorFactor);
  for (let sample = 0; sample < scenario.samples; sample += 1) {
    latency.push(scenario.medianMs * latencyFactor * Math.exp(scenario.sigma * random.normal()));
    errorEvents.push(binomial(random, scenario.requestsPerSample, probability));
  }
  return { latency, errorEvents, requestsPerSample: scenario.requestsPerSample };
}

/** One baseline and one canary arm for the scenario. */
export function generatePair(random: SeededRandom, scenario: SyntheticScenario): { baseline: ArmSeries; canary: ArmSeries } {
  return { baseline: arm(random, scenario, 1, 1), canary: arm(random, scenario, scenario.latencyFactor, scenario.errorFactor) };
}

/** What the judge sees after the first `count` intervals: latency samples and summed error counts. */
export function observe(series: ArmSeries, count: number): ArmObservations {
  let events = 0;
  for (let sample = 0; sample < count; sample += 1) events += series.errorEvents[sample] as number;
  return { latency: series.latency.slice(0, count), errors: { events, trials: count * series.requestsPerSample } };
}
