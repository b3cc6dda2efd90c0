import { describe, expect, it } from 'vitest';
import { hodgesLehmann } from '../../../src/core/stats/hodges-lehmann.js';
import { selectPairwiseDifference } from '../../../src/core/stats/pairwise-difference-selection.js';
import { SeededRandom } from '../../../src/core/stats/seeded-random.js';

const ascending = (values: number[]): number[] => [...values].sort((left, right) => left - right);

function allDifferences(first: number[], second: number[]): number[] {
  const differences: number[] = [];
  for (const x of first) for (const y of second) differences.push(y - x);
  return differences.sort((left, right) => left - right);
}

describe('pairwise difference selection', () => {
  it('returns exactly the k-th smallest difference, with and without ties', () => {
    const random = new SeededRandom(21);
    for (const [rows, columns, tied] of [
      [90, 110, false],
      [150, 70, true],
      [7, 3, false],
    ] as const) {
      const first = ascending(Array.from({ length: rows }, () => (tied ? Math.round(random.normal() * 3) : random.normal())));
      const second = ascending(Array.from({ length: columns }, () => (tied ? Math.round(random.normal() * 3 + 1) : random.normal() + 0.3)));
      const differences = allDifferences(first, second);
      const orders = [1, 2, 3, Math.floor(differences.length / 2), differences.length - 1, differences.length];
      for (let index = 0; index < 20; index += 1) orders.push(1 + random.below(differences.length));
      for (const order of orders) expect(selectPairwiseDifference(first, second, order)).toBe(differences[order - 1]);
    }
  });

  it('handles 10,000 × 10,000 without materializing 10^8 differences', () => {
    const first = Array.from({ length: 10_000 }, (_, index) => index);
    const second = Array.from({ length: 10_000 }, (_, index) => index + 0.5);
    // Differences j − i + 0.5: the median of 10^8 of them is 0.5 by symmetry.
    expect(selectPairwiseDifference(first, second, 50_000_000)).toBe(0.5);
    expect(selectPairwiseDifference(first, second, 1)).toBe(-9998.5);
    expect(selectPairwiseDifference(first, second, 100_000_000)).toBe(9999.5);
  });

  it('rejects an order outside 1..n·m', () => {
    expect(() => selectPairwiseDifference([1, 2], [3], 3)).toThrow(RangeError);
    expect(() => selectPairwiseDifference([1, 2], [3], 0)).toThrow(RangeError);
  });
});

describe('Hodges-Lehmann shift', () => {
  it('is the median of the differences with order-statistic limits', () => {
    const first = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const second = first.map((value) => value + 3.25);
    const result = hodgesLehmann(first, second, 0.025);
    const differences = allDifferences(first, second);
    expect(result.shift).toBe(3.25);
    // k = 24 for m = n = 10 at 2.5% per side.
    expect(result.lower).toBe(differences[23]);
    expect(result.upper).toBe(differences[100 - 24]);
    expect(result.limitedBySampleSize).toBe(false);
  });

  it('takes the mean of the two middle differences of an even count, with ties', () => {
    const random = new SeededRandom(31);
    for (let round = 0; round < 10; round += 1) {
      const first = ascending(Array.from({ length: 30 + round }, () => Math.round(random.normal() * 2)));
      const second = ascending(Array.from({ length: 40 }, () => Math.round(random.normal() * 2 + round / 5)));
      const differences = allDifferences(first, second);
      const half = differences.length / 2;
      const expected = differences.length % 2 === 1 ? differences[(differences.length - 1) / 2] : ((differences[half - 1] as number) + (differences[half] as number)) / 2;
      expect(hodgesLehmann(first, second, 0.025).shift).toBe(expected);
    }
  });

  it('falls back to the extreme differences, flagged, when the samples are too small for the level', () => {
    const result = hodgesLehmann([1, 2, 3], [4, 5, 6], 0.001);
    expect(result).toEqual({ shift: 3, lower: 1, upper: 5, limitedBySampleSize: true });
  });
});
