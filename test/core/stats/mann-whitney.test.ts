import { describe, expect, it } from 'vitest';
import { confidenceOrder, mannWhitney } from '../../../src/core/stats/mann-whitney.js';
import { SeededRandom } from '../../../src/core/stats/seeded-random.js';

/** P(rank sum of the second sample ≥ observed) by enumerating every split of the pooled data. */
function enumeratedPGreater(first: number[], second: number[]): number {
  const pooled = [...first, ...second];
  const sorted = [...pooled].sort((left, right) => left - right);
  const midrank = (value: number): number => {
    const below = sorted.filter((item) => item < value).length;
    const equal = sorted.filter((item) => item === value).length;
    return below + (equal + 1) / 2;
  };
  const ranks = pooled.map(midrank);
  const observed = second.reduce((sum, value) => sum + midrank(value), 0);
  let atLeast = 0;
  let total = 0;
  const choose = (start: number, left: number, sum: number): void => {
    if (left === 0) {
      total += 1;
      if (sum >= observed - 1e-9) atLeast += 1;
      return;
    }
    for (let index = start; index <= pooled.length - left; index += 1) choose(index + 1, left - 1, sum + (ranks[index] as number));
  };
  choose(0, second.length, 0);
  return atLeast / total;
}

const ascending = (values: number[]): number[] => [...values].sort((left, right) => left - right);

describe('Mann-Whitney', () => {
  it('is exact for small samples without ties (all of the second sample above: 1 / C(10, 3))', () => {
    const result = mannWhitney([1, 2, 3, 4, 5, 6, 7], [8, 9, 10]);
    expect(result.method).toBe('exact');
    expect(result.u).toBe(21);
    expect(result.pGreater).toBeCloseTo(1 / 120, 12);
    expect(result.pLess).toBeCloseTo(1, 12);
  });

  it('is exact with ties: equals the enumerated permutation distribution of midrank sums', () => {
    const random = new SeededRandom(5);
    for (let round = 0; round < 5; round += 1) {
      const first = ascending(Array.from({ length: 7 }, () => Math.round(random.normal() * 2)));
      const second = ascending(Array.from({ length: 6 }, () => Math.round(random.normal() * 2 + 1)));
      const result = mannWhitney(first, second);
      expect(result.method).toBe('exact-conditional-on-ties');
      expect(result.pGreater).toBeCloseTo(enumeratedPGreater(first, second), 12);
    }
  });

  it('gives p = 1 when every value is tied', () => {
    const result = mannWhitney(Array(80).fill(3), Array(80).fill(3));
    expect(result.pGreater).toBe(1);
    expect(result.pLess).toBe(1);
  });

  it('uses the tie-corrected normal approximation for large samples, close to the exact answer', () => {
    const random = new SeededRandom(8);
    const first = ascending(Array.from({ length: 40 }, () => random.normal()));
    const second = ascending(Array.from({ length: 40 }, () => random.normal() + 0.5));
    const exact = mannWhitney(first, second);
    const approximate = mannWhitney(ascending([...first, ...first.map((value) => value + 1e-9)]), ascending([...second, ...second.map((value) => value + 1e-9)]));
    expect(exact.method).toBe('exact');
    expect(approximate.method).toBe('normal-approximation');
    // Doubling both samples makes the evidence stronger, never weaker.
    expect(approximate.pGreater).toBeLessThan(exact.pGreater);
    expect(exact.pGreater).toBeLessThan(0.05);
  });

  it('finds the confidence order k with P(U < k) ≤ alpha', () => {
    // m = n = 10: P(U ≤ 23) = 0.0216 and P(U ≤ 24) = 0.0262 (tables of the Wilcoxon rank-sum test), so k = 24 at 2.5%.
    expect(confidenceOrder(10, 10, 0.025)).toBe(24);
    expect(confidenceOrder(3, 3, 0.025)).toBe(0);
    const large = confidenceOrder(500, 500, 0.025);
    expect(large).toBe(Math.floor(125_000 - 1.959963984540054 * Math.sqrt((250_000 * 1001) / 12)));
  });
});
