import { describe, expect, it } from 'vitest';
import { fisherExact } from '../../../src/core/stats/fisher-exact.js';
import { newcombeDifferenceInterval, wilsonInterval } from '../../../src/core/stats/proportion-interval.js';

function choose(total: number, picked: number): number {
  let result = 1;
  for (let index = 1; index <= picked; index += 1) result = (result * (total - picked + index)) / index;
  return result;
}

describe('Fisher exact test', () => {
  it('weighs 3 errors in 1,000 against none in 1,000 exactly: C(1000,3) / C(2000,3)', () => {
    const result = fisherExact({ baselineEvents: 0, baselineTrials: 1000, canaryEvents: 3, canaryTrials: 1000 });
    expect(result.pGreater).toBeCloseTo(choose(1000, 3) / choose(2000, 3), 12);
    expect(result.pLess).toBeCloseTo(1, 12);
  });

  it('matches the hypergeometric tail summed directly', () => {
    // 2×2 table 8/20 vs 2/20: P(canary ≥ 8 | 10 events) = Σ C(20,x) C(20,10−x) / C(40,10).
    let tail = 0;
    for (let x = 8; x <= 10; x += 1) tail += (choose(20, x) * choose(20, 10 - x)) / choose(40, 10);
    const result = fisherExact({ baselineEvents: 2, baselineTrials: 20, canaryEvents: 8, canaryTrials: 20 });
    expect(result.pGreater).toBeCloseTo(tail, 12);
  });

  it('keeps tiny p-values meaningful and handles all-zero tables', () => {
    const extreme = fisherExact({ baselineEvents: 0, baselineTrials: 100_000, canaryEvents: 500, canaryTrials: 100_000 });
    expect(extreme.pGreater).toBeGreaterThan(0);
    expect(extreme.pGreater).toBeLessThan(1e-100);
    expect(fisherExact({ baselineEvents: 0, baselineTrials: 10, canaryEvents: 0, canaryTrials: 10 })).toEqual({ pGreater: 1, pLess: 1 });
  });
});

describe('proportion intervals', () => {
  it('gives the Wilson interval of 0 of 10', () => {
    const interval = wilsonInterval(0, 10, 0.025);
    expect(interval.lower).toBe(0);
    expect(interval.upper).toBeCloseTo(0.2775, 4);
  });

  it("reproduces Newcombe's worked example (56/70 − 48/80: 0.2000, 0.0524 to 0.3339)", () => {
    const interval = newcombeDifferenceInterval(48, 80, 56, 70, 0.025);
    expect(interval.difference).toBeCloseTo(0.2, 10);
    expect(interval.lower).toBeCloseTo(0.0524, 4);
    expect(interval.upper).toBeCloseTo(0.3339, 4);
  });
});
