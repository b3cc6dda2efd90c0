import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, normalUpperTail } from '../../../src/core/stats/normal-distribution.js';

describe('normal distribution', () => {
  it('matches tabulated tail probabilities, far out in the tail too', () => {
    // Values from standard normal tables (Abramowitz & Stegun 26.2).
    const table: Array<[number, number]> = [
      [0, 0.5],
      [1, 0.158655253931457],
      [1.959963984540054, 0.025],
      [3, 0.00134989803163009],
      [5, 2.86651571879194e-7],
      [10, 7.61985302416047e-24],
    ];
    for (const [x, tail] of table) expect(normalUpperTail(x) / tail).toBeCloseTo(1, 6);
    expect(normalCdf(-3) / 0.00134989803163009).toBeCloseTo(1, 6);
  });

  it('inverts the distribution function', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 6);
    expect(normalQuantile(0.005)).toBeCloseTo(-2.5758293035489, 6);
    for (const p of [1e-30, 1e-10, 0.001, 0.3, 0.5, 0.8, 0.9999]) expect(normalCdf(normalQuantile(p)) / p).toBeCloseTo(1, 6);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(2)).toBeNaN();
  });
});
