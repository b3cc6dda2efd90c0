import { confidenceOrder } from './mann-whitney.js';
import { nextPairwiseDifference, selectPairwiseDifference } from './pairwise-difference-selection.js';

/** The Hodges-Lehmann shift of `second` against `first` with its distribution-free confidence limits. */
export interface HodgesLehmannShift {
  /** Median of all differences second[j] − first[i]. */
  shift: number;
  /** Lower limit: the k-th smallest difference. */
  lower: number;
  /** Upper limit: the k-th largest difference. */
  upper: number;
  /** True when the samples are too small for the level and the limits are the extreme differences. */
  limitedBySampleSize: boolean;
}

/**
 * Hodges-Lehmann shift and the interval [d(k), d(nm+1−k)] from the order statistics of the pairwise
 * differences, with k from the Mann-Whitney null distribution, so each limit holds at one-sided level
 * 1 − `alpha`. Both samples sorted ascending. Three selections of O((n + m) log(nm)) each.
 */
export function hodgesLehmann(first: ArrayLike<number>, second: ArrayLike<number>, alpha: number): HodgesLehmannShift {
  const pairs = first.length * second.length;
  const middle = Math.floor((pairs + 1) / 2);
  const lowerMiddle = selectPairwiseDifference(first, second, middle);
  const shift = pairs % 2 === 1 ? lowerMiddle : (lowerMiddle + nextPairwiseDifference(first, second, lowerMiddle, middle)) / 2;
  const exactOrder = confidenceOrder(first.length, second.length, alpha);
  // Too few pairs for the level: the widest finite interval, flagged, rather than infinite limits.
  const order = Math.max(1, exactOrder);
  return {
    shift,
    limitedBySampleSize: exactOrder < 1,
    lower: selectPairwiseDifference(first, second, order),
    upper: selectPairwiseDifference(first, second, pairs + 1 - order),
  };
}
