import { describe, expect, it } from 'vitest';
import { quantileConfidenceLimits, sortedMedian, sortedQuantile } from '../../../src/core/stats/quantile.js';
import { SeededRandom } from '../../../src/core/stats/seeded-random.js';

describe('quantiles', () => {
  it('interpolates between order statistics (type 7)', () => {
    const sorted = [10, 20, 30, 40, 50];
    expect(sortedQuantile(sorted, 0)).toBe(10);
    expect(sortedQuantile(sorted, 1)).toBe(50);
    expect(sortedQuantile(sorted, 0.95)).toBeCloseTo(48, 12);
    expect(sortedMedian([1, 2, 3, 4])).toBe(2.5);
    expect(sortedQuantile([], 0.5)).toBeNaN();
  });

  it('gives order-statistic limits that cover the true quantile at about their level', () => {
    // Uniform(0, 1): the true 0.95 quantile is 0.95; each side at 2.5% misses about 2.5% of the time.
    const random = new SeededRandom(13);
    let below = 0;
    let above = 0;
    const runs = 4000;
    for (let run = 0; run < runs; run += 1) {
      const sorted = Array.from({ length: 400 }, () => random.next()).sort((left, right) => left - right);
      const limits = quantileConfidenceLimits(sorted, 0.95, 0.025);
      if (limits.lower > 0.95) below += 1;
      if (limits.upper < 0.95) above += 1;
    }
    for (const misses of [below, above]) {
      expect(misses / runs).toBeLessThan(0.04);
      expect(misses / runs).toBeGreaterThan(0.005);
    }
  });

  it('has an infinite side when the sample is too small for the level', () => {
    const limits = quantileConfidenceLimits([1, 2, 3, 4, 5], 0.99, 0.01);
    expect(limits.upper).toBe(Number.POSITIVE_INFINITY);
    expect(Number.isFinite(limits.lower)).toBe(true);
  });
});
