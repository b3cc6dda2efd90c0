import { SeededRandom } from './seeded-random.js';

/** Active windows this small are finished by sorting them outright. */
const ENUMERATION_LIMIT = 4096;

/**
 * The k-th smallest (1-based) of the n·m differences `second[j] − first[i]`, both arrays sorted
 * ascending, without materializing them: randomized selection over the implicitly sorted matrix
 * (each row i is increasing in j). Every round picks a pivot among the differences still in play,
 * counts the differences below it with one two-pointer sweep (O(n + m)), and narrows each row's
 * window; the expected number of rounds is O(log(n·m)), so 10,000 × 10,000 takes a few sweeps
 * instead of 10^8 values. Ties are exact: a pivot whose copies straddle k is the answer.
 * The pivot choice uses a seeded generator, so the answer and the work are reproducible.
 */
export function selectPairwiseDifference(first: ArrayLike<number>, second: ArrayLike<number>, order: number, seed = 1): number {
  const rows = first.length;
  const columns = second.length;
  const pairs = rows * columns;
  if (!(order >= 1 && order <= pairs) || !Number.isInteger(order)) {
    throw new RangeError(`order ${order} is outside 1..${pairs}`);
  }
  const random = new SeededRandom(seed);
  // Row i's differences still in play are columns [low[i], high[i]).
  const low = new Int32Array(rows);
  const high = new Int32Array(rows).fill(columns);
  const atMost = new Int32Array(rows);
  const below = new Int32Array(rows);
  let discardedBelow = 0;
  for (;;) {
    let active = 0;
    for (let row = 0; row < rows; row += 1) active += (high[row] as number) - (low[row] as number);
    const wanted = order - discardedBelow;
    if (active <= ENUMERATION_LIMIT) return enumerate(first, second, low, high, active, wanted);
    // A uniformly chosen difference still in play becomes the pivot.
    let pick = random.below(active);
    let pivot = Number.NaN;
    for (let row = 0; row < rows; row += 1) {
      const width = (high[row] as number) - (low[row] as number);
      if (pick < width) {
        pivot = (second[(low[row] as number) + pick] as number) - (first[row] as number);
        break;
      }
      pick -= width;
    }
    // Rows are sorted by first[i] ascending, so the count of differences ≤ pivot only falls as the
    // row's base grows smaller: visit rows from the last and sweep each column pointer leftwards once.
    let pointerAtMost = columns;
    let pointerBelow = columns;
    let countAtMost = 0;
    let countBelow = 0;
    for (let row = rows - 1; row >= 0; row -= 1) {
      const base = first[row] as number;
      while (pointerAtMost > 0 && (second[pointerAtMost - 1] as number) - base > pivot) pointerAtMost -= 1;
      while (pointerBelow > 0 && (second[pointerBelow - 1] as number) - base >= pivot) pointerBelow -= 1;
      const rowLow = low[row] as number;
      const rowHigh = high[row] as number;
      const clampedAtMost = Math.min(rowHigh, Math.max(rowLow, pointerAtMost));
      const clampedBelow = Math.min(rowHigh, Math.max(rowLow, pointerBelow));
      atMost[row] = clampedAtMost;
      below[row] = clampedBelow;
      countAtMost += clampedAtMost - rowLow;
      countBelow += clampedBelow - rowLow;
    }
    if (wanted > countBelow && wanted <= countAtMost) return pivot;
    if (wanted <= countBelow) {
      high.set(below);
    } else {
      discardedBelow += countAtMost;
      low.set(atMost);
    }
  }
}

function enumerate(first: ArrayLike<number>, second: ArrayLike<number>, low: Int32Array, high: Int32Array, active: number, wanted: number): number {
  const values = new Float64Array(active);
  let position = 0;
  for (let row = 0; row < first.length; row += 1) {
    const base = first[row] as number;
    for (let column = low[row] as number; column < (high[row] as number); column += 1) {
      values[position] = (second[column] as number) - base;
      position += 1;
    }
  }
  values.sort();
  return values[wanted - 1] as number;
}

/**
 * The next order statistic after `value` (itself a difference): `value` again when more than `order`
 * differences are at most it, else the smallest difference above it. One O(n + m) sweep, so the
 * median of an even number of differences needs one selection, not two.
 */
export function nextPairwiseDifference(first: ArrayLike<number>, second: ArrayLike<number>, value: number, order: number): number {
  let atMost = 0;
  let smallestAbove = Number.POSITIVE_INFINITY;
  let pointer = second.length;
  // Visit rows from the largest base down; the first column above `value` only moves left.
  for (let row = first.length - 1; row >= 0; row -= 1) {
    const base = first[row] as number;
    while (pointer > 0 && (second[pointer - 1] as number) - base > value) pointer -= 1;
    atMost += pointer;
    if (pointer < second.length) smallestAbove = Math.min(smallestAbove, (second[pointer] as number) - base);
  }
  return atMost > order ? value : smallestAbove;
}
