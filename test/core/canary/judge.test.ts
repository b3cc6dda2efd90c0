import { describe, expect, it } from 'vitest';
import { resolveJudgeConfig } from '../../../src/core/canary/judge-config.js';
import type { ArmObservations } from '../../../src/core/canary/judge-types.js';
import { judge, judgeLook } from '../../../src/core/canary/judge.js';
import { SeededRandom } from '../../../src/core/stats/seeded-random.js';

function lognormal(random: SeededRandom, count: number, median: number, sigma: number): number[] {
  return Array.from({ length: count }, () => median * Math.exp(sigma * random.normal()));
}

describe('judge', () => {
  it('passes an A/A comparison with score 100', () => {
    const random = new SeededRandom(1);
    const result = judge(
      { latency: lognormal(random, 300, 200, 0.2), errors: { events: 11, trials: 5000 } },
      { latency: lognormal(random, 300, 200, 0.2), errors: { events: 13, trials: 5000 } },
    );
    expect(result.verdict).toBe('pass');
    expect(result.score).toBe(100);
    expect(result.metrics.map((metric) => metric.classification)).toEqual(['pass', 'pass']);
    expect(result.reason).toBe('All 2 metrics pass.');
    expect(result.look).toEqual({ look: 1, maxLooks: 1, informationFraction: 1 });
  });

  it('fails a clear latency regression and reports the relative shift with its interval', () => {
    const random = new SeededRandom(2);
    const result = judge({ latency: lognormal(random, 200, 200, 0.2) }, { latency: lognormal(random, 200, 300, 0.2) });
    const latency = result.metrics[0]!;
    expect(latency.classification).toBe('high');
    expect(latency.effect).toBeGreaterThan(0.4);
    expect(latency.effect).toBeLessThan(0.6);
    expect(latency.ci![0]).toBeLessThan(latency.effect!);
    expect(latency.ci![1]).toBeGreaterThan(latency.effect!);
    expect(latency.ci![0]).toBeGreaterThan(0.05);
    expect(result.verdict).toBe('fail');
  });

  it('passes a significant change smaller than the allowed change (Kayenta rule)', () => {
    const random = new SeededRandom(3);
    const result = judge({ latency: lognormal(random, 5000, 200, 0.1) }, { latency: lognormal(random, 5000, 204, 0.1) });
    const latency = result.metrics[0]!;
    const location = latency.extra?.checks?.find((check) => check.name === 'location');
    expect(location?.pValue).toBeLessThan(1e-6);
    expect(latency.effect).toBeLessThan(0.05);
    expect(latency.classification).toBe('pass');
    const strict = judge(
      { latency: lognormal(new SeededRandom(3), 5000, 200, 0.1) },
      { latency: lognormal(new SeededRandom(4), 5000, 204, 0.1) },
      resolveJudgeConfig({ metrics: { latency: { allowedChange: 0.005 } } }),
    );
    expect(strict.metrics[0]!.classification).toBe('high');
  });

  it('follows the direction: a drop in throughput is low, a drop in latency is fine, either catches both', () => {
    const random = new SeededRandom(4);
    const baseline = { throughput: lognormal(random, 200, 1000, 0.1), latency: lognormal(random, 200, 200, 0.1) };
    const canary = { throughput: lognormal(random, 200, 700, 0.1), latency: lognormal(random, 200, 140, 0.1) };
    const config = resolveJudgeConfig({ metrics: { throughput: { direction: 'decrease' }, latency: { direction: 'increase' } } });
    const result = judge(baseline, canary, config);
    expect(result.metrics.find((metric) => metric.name === 'throughput')?.classification).toBe('low');
    expect(result.metrics.find((metric) => metric.name === 'latency')?.classification).toBe('pass');
    const either = judge(baseline, canary, resolveJudgeConfig({ metrics: { throughput: { direction: 'either' }, latency: { direction: 'either' } } }));
    expect(either.metrics.map((metric) => metric.classification)).toEqual(['low', 'low']);
    const raised = judge({ success: { events: 990, trials: 1000 } }, { success: { events: 900, trials: 1000 } }, resolveJudgeConfig({ metrics: { success: { direction: 'decrease', allowedChange: 0.02 } } }));
    expect(raised.metrics[0]!.classification).toBe('low');
    expect(judge({ errors: { events: 30, trials: 1000 } }, { errors: { events: 2, trials: 1000 } }).metrics[0]!.classification).toBe('pass');
  });

  it('fails the verdict on a critical metric alone, whatever the score', () => {
    const random = new SeededRandom(5);
    const baseline: Record<string, number[]> = {};
    const canary: Record<string, number[]> = {};
    for (let index = 0; index < 9; index += 1) {
      baseline[`metric-${index}`] = lognormal(random, 100, 100, 0.1);
      canary[`metric-${index}`] = lognormal(random, 100, 100, 0.1);
    }
    baseline.latency = lognormal(random, 100, 100, 0.1);
    canary.latency = lognormal(random, 100, 200, 0.1);
    const relaxed = judge(baseline, canary);
    expect(relaxed.score).toBe(90);
    expect(relaxed.verdict).toBe('pass');
    const critical = judge(baseline, canary, resolveJudgeConfig({ metrics: { latency: { critical: true } } }));
    expect(critical.score).toBe(90);
    expect(critical.verdict).toBe('fail');
    expect(critical.reason).toBe('Critical metric failed: latency (high).');
  });

  it('scores the weighted share of passing metrics against the pass and marginal thresholds', () => {
    const random = new SeededRandom(6);
    const baseline: ArmObservations = { a: lognormal(random, 100, 100, 0.1), b: lognormal(random, 100, 100, 0.1), bad: lognormal(random, 100, 100, 0.1) };
    const canary: ArmObservations = { a: lognormal(random, 100, 100, 0.1), b: lognormal(random, 100, 100, 0.1), bad: lognormal(random, 100, 150, 0.1) };
    const weighted = (weight: number, thresholds = {}) => judge(baseline, canary, resolveJudgeConfig({ thresholds, metrics: { bad: { weight } } }));
    expect(weighted(1).score).toBeCloseTo(66.7, 1);
    expect(weighted(1).verdict).toBe('fail');
    expect(weighted(0.5).score).toBe(80);
    expect(weighted(0.5).verdict).toBe('marginal');
    expect(weighted(0.5, { pass: 80 }).verdict).toBe('pass');
    expect(weighted(2, { marginal: 50, pass: 60 }).verdict).toBe('marginal');
    expect(weighted(2, { marginal: 55, pass: 60 }).verdict).toBe('fail');
  });

  it('ends as inconclusive with missing data unless the other metrics already fail it', () => {
    const random = new SeededRandom(7);
    const baseline = { a: lognormal(random, 50, 100, 0.1), b: lognormal(random, 50, 100, 0.1), c: lognormal(random, 50, 100, 0.1) };
    const canary = { a: lognormal(random, 50, 100, 0.1), b: lognormal(random, 50, 200, 0.1), c: lognormal(random, 50, 200, 0.1) };
    const { a: _unused, ...withoutA } = canary;
    void _unused;
    expect(judge(baseline, { ...canary, b: baseline.b, c: baseline.c, a: [] }).verdict).toBe('inconclusive');
    // b and c fail: even if a had passed, 33 < 70.
    const failing = judge(baseline, withoutA);
    expect(failing.verdict).toBe('fail');
    expect(failing.reason).toContain('even if the metrics without data had passed');
    expect(judge({}, {}).verdict).toBe('inconclusive');
  });

  it('treats a configured kind that the data contradicts as nodata', () => {
    const result = judge({ errors: [1, 2, 3, 4, 5] }, { errors: [1, 2, 3, 4, 5] }, resolveJudgeConfig({ metrics: { errors: { kind: 'rate' } } }));
    expect(result.metrics[0]!.classification).toBe('nodata');
    expect(result.metrics[0]!.detail).toBe('nodata: errors is configured as rate but the data has samples');
    const mixed = judge({ errors: [1, 2, 3, 4, 5] }, { errors: { events: 1, trials: 10 } });
    expect(mixed.metrics[0]!.detail).toBe('nodata: baseline has samples but canary has counts');
  });

  it('judges 10,000 samples per arm', () => {
    const random = new SeededRandom(8);
    const result = judge({ latency: lognormal(random, 10_000, 200, 0.3) }, { latency: lognormal(random, 10_000, 260, 0.3) });
    expect(result.metrics[0]!.classification).toBe('high');
    expect(result.metrics[0]!.effect).toBeCloseTo(0.3, 1);
  });
});

describe('judgeLook: repeated looks', () => {
  const random = new SeededRandom(10);
  const baseline = { latency: lognormal(random, 40, 200, 0.1) };
  const canary = { latency: lognormal(random, 40, 216, 0.1) };

  it('demands stronger evidence at early looks than at the last (alpha spending)', () => {
    const thresholds = [1, 2, 3, 4].map((look) => judgeLook(baseline, canary, resolveJudgeConfig(), { look, maxLooks: 4 }).metrics[0]!.extra!.checks![0]!.threshold);
    expect(thresholds[0]).toBeLessThan(thresholds[1]!);
    expect(thresholds[1]).toBeLessThan(thresholds[2]!);
    expect(thresholds[2]).toBeLessThan(thresholds[3]!);
    const single = judge(baseline, canary).metrics[0]!.extra!.checks![0]!.threshold;
    expect(thresholds[3]).toBeLessThan(single);
    expect(single).toBeCloseTo(0.01 / 2, 12);
  });

  it('does not roll back on evidence that would only be enough for a single look', () => {
    const single = judge(baseline, canary);
    const first = judgeLook(baseline, canary, resolveJudgeConfig(), { look: 1, maxLooks: 4 });
    const pValue = single.metrics[0]!.extra!.checks![0]!.pValue!;
    // Enough for one look at the data (0.0025), not for the first of four (0.0025 · 0.25² = 0.00016).
    expect(pValue).toBeLessThan(0.0025);
    expect(pValue).toBeGreaterThan(0.0025 * 0.25 ** 2);
    expect(single.metrics[0]!.classification).toBe('high');
    expect(first.metrics[0]!.classification).toBe('pass');
    expect(first.reason).toContain('(look 1 of 4)');
    expect(first.look).toEqual({ look: 1, maxLooks: 4, informationFraction: 0.25 });
  });

  it('takes explicit information fractions and rejects inconsistent look options', () => {
    const result = judgeLook(baseline, canary, resolveJudgeConfig(), { look: 2, maxLooks: 3, informationFractions: [0.1, 0.3, 1] });
    expect(result.look?.informationFraction).toBe(0.3);
    expect(() => judgeLook(baseline, canary, resolveJudgeConfig(), { look: 5, maxLooks: 4 })).toThrow(RangeError);
    expect(() => judgeLook(baseline, canary, resolveJudgeConfig(), { look: 1, maxLooks: 2, informationFractions: [0.5] })).toThrow(RangeError);
    expect(() => judgeLook(baseline, canary, resolveJudgeConfig(), { look: 1, maxLooks: 2, informationFractions: [0.6, 0.5] })).toThrow(RangeError);
  });
});
