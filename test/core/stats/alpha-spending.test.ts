import { describe, expect, it } from 'vitest';
import { alphaSpent, sequentialThresholds } from '../../../src/core/stats/alpha-spending.js';
import { normalQuantile } from '../../../src/core/stats/normal-distribution.js';
import { SeededRandom } from '../../../src/core/stats/seeded-random.js';

const zOf = (threshold: number): number => -normalQuantile(threshold);

describe('alpha spending', () => {
  it('spends the whole alpha at information 1 and nothing at 0', () => {
    for (const spending of ['quadratic', 'obrien-fleming', 'pocock'] as const) {
      expect(alphaSpent(spending, 0.025, 1)).toBeCloseTo(0.025, 12);
      expect(alphaSpent(spending, 0.025, 0)).toBe(0);
    }
    expect(sequentialThresholds(0.01, [1], 'obrien-fleming')[0]).toBeCloseTo(0.01, 12);
  });

  it("reproduces the published O'Brien-Fleming-type boundaries for four equally spaced looks at one-sided 0.025", () => {
    // Lan-DeMets O'Brien-Fleming-type spending, K = 4: z = 4.333, 2.963, 2.359, 2.014.
    const boundaries = sequentialThresholds(0.025, [0.25, 0.5, 0.75, 1], 'obrien-fleming').map(zOf);
    [4.333, 2.963, 2.359, 2.014].forEach((expected, index) => expect(boundaries[index]).toBeCloseTo(expected, 2));
  });

  it('keeps the chance of any crossing over all looks at alpha (simulated Brownian motion)', () => {
    const fractions = [0.2, 0.4, 0.6, 0.8, 1];
    const random = new SeededRandom(17);
    for (const spending of ['quadratic', 'obrien-fleming', 'pocock'] as const) {
      const boundaries = sequentialThresholds(0.05, fractions, spending).map(zOf);
      let crossed = 0;
      const runs = 40_000;
      for (let run = 0; run < runs; run += 1) {
        let score = 0;
        let previous = 0;
        for (let look = 0; look < fractions.length; look += 1) {
          const fraction = fractions[look] as number;
          score += random.normal() * Math.sqrt(fraction - previous);
          previous = fraction;
          if (score / Math.sqrt(fraction) >= (boundaries[look] as number)) {
            crossed += 1;
            break;
          }
        }
      }
      // 0.05 ± 4 standard errors of 40,000 runs.
      expect(Math.abs(crossed / runs - 0.05)).toBeLessThan(4 * Math.sqrt((0.05 * 0.95) / runs));
    }
  });

  it('rejects fractions that do not increase within (0, 1]', () => {
    expect(() => sequentialThresholds(0.05, [0.5, 0.5], 'pocock')).toThrow(RangeError);
    expect(() => sequentialThresholds(0.05, [0.5, 1.5], 'pocock')).toThrow(RangeError);
    expect(() => sequentialThresholds(0, [1], 'pocock')).toThrow(RangeError);
  });
});
