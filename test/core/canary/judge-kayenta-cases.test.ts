import { describe, expect, it } from 'vitest';
import { resolveJudgeConfig } from '../../../src/core/canary/judge-config.js';
import type { ArmObservations } from '../../../src/core/canary/judge-types.js';
import { judge } from '../../../src/core/canary/judge.js';
import { SeededRandom } from '../../../src/core/stats/seeded-random.js';

/** Cases users have reported against Kayenta, each judged as a person would expect. */

function lognormal(random: SeededRandom, count: number, median: number, sigma: number): number[] {
  return Array.from({ length: count }, () => median * Math.exp(sigma * random.normal()));
}

describe('judge: cases reported against Kayenta', () => {
  it('catches a canary with a heavier tail but the same median, which the location test alone misses', () => {
    const random = new SeededRandom(42);
    const baseline = lognormal(random, 1000, 200, 0.25);
    // 8% of canary requests take three times as long: the median barely moves, p95 and p99 do.
    const canary = lognormal(random, 1000, 200, 0.25).map((value) => (random.next() < 0.08 ? value * 3 : value));
    const result = judge({ latency: baseline }, { latency: canary });
    const latency = result.metrics[0]!;
    expect(latency.classification).toBe('high');
    const location = latency.extra?.checks?.find((check) => check.name === 'location');
    expect(location?.outcome).toBe('pass');
    expect(Math.abs(latency.effect!)).toBeLessThan(0.05);
    const tail = latency.extra?.checks?.find((check) => check.name === 'tail-p95');
    expect(tail?.outcome).toBe('high');
    expect(tail?.effect).toBeGreaterThan(0.3);
    expect(latency.detail).toContain('flagged by tail-p95');
    expect(result.verdict).toBe('fail');
  });

  it('catches 7 of 10 canary points far above a constant control (ties handled exactly)', () => {
    const result = judge({ latency: Array(10).fill(100) }, { latency: [100, 100, 100, 1000, 1000, 1000, 1000, 1000, 1000, 1000] });
    const latency = result.metrics[0]!;
    expect(latency.classification).toBe('high');
    const location = latency.extra?.checks?.find((check) => check.name === 'location');
    expect(location?.test).toBe('mann-whitney exact (ties)');
    // Every split that puts the seven 1000s in the canary: C(13, 3) / C(20, 10).
    expect(location?.pValue).toBeCloseTo(286 / 184_756, 12);
    expect(latency.effect).toBe(9);
    expect(result.verdict).toBe('fail');
  });

  it('catches the same pattern against an all-zero control, where a relative change is undefined', () => {
    const result = judge({ queue: Array(10).fill(0) }, { queue: [0, 0, 0, 5, 5, 5, 5, 5, 5, 5] });
    const queue = result.metrics[0]!;
    expect(queue.classification).toBe('high');
    expect(queue.effect).toBe(5);
    expect(queue.detail).toContain('absolute: baseline is all zero');
  });

  it('judges sparse errors against an all-zero baseline sensibly: 3/1000 vs 0/1000 is not evidence, 20/1000 is', () => {
    const sparse = judge({ errors: { events: 0, trials: 1000 } }, { errors: { events: 3, trials: 1000 } }).metrics[0]!;
    expect(sparse.classification).toBe('pass');
    expect(sparse.effect).toBeCloseTo(0.003, 10);
    expect(sparse.ci![0]).toBeLessThan(0);
    expect(sparse.ci![1]).toBeGreaterThan(0.003);
    expect(sparse.extra?.checks?.[0]?.pValue).toBeCloseTo(0.1248, 3);

    const clear = judge({ errors: { events: 0, trials: 1000 } }, { errors: { events: 20, trials: 1000 } });
    expect(clear.metrics[0]!.classification).toBe('high');
    expect(clear.metrics[0]!.ci![0]).toBeGreaterThan(0);
    expect(clear.verdict).toBe('fail');
  });

  it('calls a control without data nodata, never pass, and the verdict inconclusive', () => {
    const canary = { latency: [120, 130, 125, 128, 131, 127] };
    const baselines: ArmObservations[] = [{}, { latency: [] }, { latency: [120, Number.NaN, 125, 128, 131, 127] }, { latency: [120, Number.POSITIVE_INFINITY, 125, 128, 131, 127] }];
    for (const baseline of baselines) {
      const result = judge(baseline, canary);
      expect(result.metrics[0]!.classification).toBe('nodata');
      expect(result.metrics[0]!.effect).toBeNull();
      expect(result.metrics[0]!.ci).toBeNull();
      expect(result.verdict).toBe('inconclusive');
      expect(result.score).toBe(0);
    }
    expect(judge({ latency: [1, 2] }, { latency: [1, 2, 3, 4, 5] }).metrics[0]!.detail).toBe('nodata: baseline has 2 samples, fewer than the 5 needed');
    expect(judge({ latency: [1, 2, 3, 4, 1e300] }, { latency: [1, 2, 3, 4, 5] }).metrics[0]!.detail).toBe('nodata: baseline has 1 of 5 samples beyond ±1e+100, too large to compare');
    const zeroTrials = judge({ errors: { events: 0, trials: 0 } }, { errors: { events: 1, trials: 100 } });
    expect(zeroTrials.metrics[0]!.detail).toBe('nodata: baseline has 0 trials');
    expect(judge({}, canary, resolveJudgeConfig({ nodata: 'fail' })).verdict).toBe('fail');
  });
});
