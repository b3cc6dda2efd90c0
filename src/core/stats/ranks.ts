/** Midranks of two pooled samples, with what the tie correction needs. */
export interface PooledRanks {
  /** Sum of the midranks of the second sample. */
  secondRankSum: number;
  /** Σ (t³ − t) over groups of t tied values; 0 without ties. */
  tieSum: number;
  /** True when any value occurs more than once in the pooled data. */
  hasTies: boolean;
  /** Midranks doubled (so they are whole numbers), in pooled sorted order. */
  doubledRanks: Int32Array;
  /** For each pooled position, whether the value came from the second sample. */
  fromSecond: Uint8Array;
}

/** Ranks `first` and `second`, both sorted ascending, in one merge pass: O(n + m). */
export function poolRanks(first: ArrayLike<number>, second: ArrayLike<number>): PooledRanks {
  const total = first.length + second.length;
  const values = new Float64Array(total);
  const fromSecond = new Uint8Array(total);
  let left = 0;
  let right = 0;
  for (let index = 0; index < total; index += 1) {
    const takeSecond = left >= first.length || (right < second.length && (second[right] as number) < (first[left] as number));
    if (takeSecond) {
      values[index] = second[right] as number;
      fromSecond[index] = 1;
      right += 1;
    } else {
      values[index] = first[left] as number;
      left += 1;
    }
  }
  const doubledRanks = new Int32Array(total);
  let secondRankSum = 0;
  let tieSum = 0;
  let start = 0;
  while (start < total) {
    let end = start + 1;
    while (end < total && values[end] === values[start]) end += 1;
    const size = end - start;
    // Positions start..end-1 hold ranks start+1..end; their mean doubled is start + end + 1.
    const doubled = start + end + 1;
    for (let index = start; index < end; index += 1) {
      doubledRanks[index] = doubled;
      if (fromSecond[index] === 1) secondRankSum += doubled / 2;
    }
    if (size > 1) tieSum += size * size * size - size;
    start = end;
  }
  return { secondRankSum, tieSum, hasTies: tieSum > 0, doubledRanks, fromSecond };
}
