export const id = 364;
export const ids = [364];
export const modules = {

/***/ 68364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qe: () => (/* binding */ MAX_LOOKS),
  S4: () => (/* binding */ judge),
  FD: () => (/* binding */ judgeLook)
});

// EXTERNAL MODULE: ./src/core/stats/alpha-spending.ts
var alpha_spending = __webpack_require__(85616);
// EXTERNAL MODULE: ./src/core/canary/judge-config.ts
var judge_config = __webpack_require__(70862);
// EXTERNAL MODULE: ./src/core/stats/normal-distribution.ts
var normal_distribution = __webpack_require__(83675);
;// CONCATENATED MODULE: ./src/core/stats/ranks.ts
/** Ranks `first` and `second`, both sorted ascending, in one merge pass: O(n + m). */
function poolRanks(first, second) {
    const total = first.length + second.length;
    const values = new Float64Array(total);
    const fromSecond = new Uint8Array(total);
    let left = 0;
    let right = 0;
    for (let index = 0; index < total; index += 1) {
        const takeSecond = left >= first.length || (right < second.length && second[right] < first[left]);
        if (takeSecond) {
            values[index] = second[right];
            fromSecond[index] = 1;
            right += 1;
        }
        else {
            values[index] = first[left];
            left += 1;
        }
    }
    const doubledRanks = new Int32Array(total);
    let secondRankSum = 0;
    let tieSum = 0;
    let start = 0;
    while (start < total) {
        let end = start + 1;
        while (end < total && values[end] === values[start])
            end += 1;
        const size = end - start;
        // Positions start..end-1 hold ranks start+1..end; their mean doubled is start + end + 1.
        const doubled = start + end + 1;
        for (let index = start; index < end; index += 1) {
            doubledRanks[index] = doubled;
            if (fromSecond[index] === 1)
                secondRankSum += doubled / 2;
        }
        if (size > 1)
            tieSum += size * size * size - size;
        start = end;
    }
    return { secondRankSum, tieSum, hasTies: tieSum > 0, doubledRanks, fromSecond };
}

;// CONCATENATED MODULE: ./src/core/stats/subset-sum-distribution.ts
/**
 * The exact permutation distribution of a rank-sum statistic: over all ways to choose `size` of the
 * pooled scores for one group, how often each total occurs. Scores are whole numbers (doubled
 * midranks), so ties are handled exactly, as a conditional test given the tie pattern.
 */
/** Distribution of the sum of `size` scores drawn without replacement from `scores`. */
function subsetSumDistribution(scores, size) {
    const sorted = Array.from(scores).sort((left, right) => left - right);
    const minimumSum = sorted.slice(0, size).reduce((sum, value) => sum + value, 0);
    const maximumSum = sorted.slice(sorted.length - size).reduce((sum, value) => sum + value, 0);
    const span = maximumSum + 1;
    const count = sorted.length;
    // prefix[i]: sum of the i smallest scores.
    const prefix = new Float64Array(count + 1);
    for (let index = 0; index < count; index += 1)
        prefix[index + 1] = prefix[index] + sorted[index];
    // counts[j * span + s]: ways to pick j of the scores seen so far with total s.
    const counts = new Float64Array((size + 1) * span);
    counts[0] = 1;
    for (let item = 0; item < count; item += 1) {
        const score = sorted[item];
        // Only subsets that can still grow to `size` matter, and each has a sum between its smallest and
        // largest possible totals among the scores seen: both bounds cut the work several-fold.
        const fewestChosen = Math.max(1, size - (count - item - 1));
        const mostChosen = Math.min(size, item + 1);
        for (let chosen = mostChosen; chosen >= fewestChosen; chosen -= 1) {
            const target = chosen * span;
            const source = (chosen - 1) * span;
            const lowestSum = Math.max(score, prefix[chosen]);
            const highestSum = Math.min(maximumSum, prefix[item + 1] - prefix[item + 1 - chosen]);
            for (let sum = highestSum; sum >= lowestSum; sum -= 1) {
                const add = counts[source + sum - score];
                if (add !== 0)
                    counts[target + sum] = counts[target + sum] + add;
            }
        }
    }
    const row = counts.subarray(size * span + minimumSum, size * span + span);
    let total = 0;
    for (const value of row)
        total += value;
    const probabilities = new Float64Array(row.length);
    for (let index = 0; index < row.length; index += 1)
        probabilities[index] = row[index] / total;
    return { minimumSum, probabilities };
}
/** P(sum ≥ observed) and P(sum ≤ observed). */
function sumTails(distribution, observed) {
    const position = Math.round(observed - distribution.minimumSum);
    let atLeast = 0;
    let atMost = 0;
    distribution.probabilities.forEach((probability, index) => {
        if (index >= position)
            atLeast += probability;
        if (index <= position)
            atMost += probability;
    });
    return { atLeast: Math.min(1, atLeast), atMost: Math.min(1, atMost) };
}

;// CONCATENATED MODULE: ./src/core/stats/mann-whitney.ts



/** Largest pooled sample without ties for which the exact null distribution is used. */
const EXACT_WITHOUT_TIES_MAXIMUM = 100;
/** Largest pooled sample with ties for which the exact conditional distribution is used. */
const EXACT_WITH_TIES_MAXIMUM = 60;
const withoutTiesCache = new Map();
const CACHE_LIMIT = 64;
/** Exact distribution of the rank sum of `size` of `1..total` (no ties); memoized per sizes. */
function rankSumDistribution(total, size) {
    const key = `${total}:${size}`;
    let distribution = withoutTiesCache.get(key);
    if (distribution === undefined) {
        const scores = Array.from({ length: total }, (_, index) => index + 1);
        distribution = subsetSumDistribution(scores, size);
        if (withoutTiesCache.size >= CACHE_LIMIT)
            withoutTiesCache.clear();
        withoutTiesCache.set(key, distribution);
    }
    return distribution;
}
/**
 * Mann-Whitney test; both samples must be sorted ascending and hold finite numbers. Exact for small
 * samples (without ties: the classic null distribution; with ties: the permutation distribution of
 * the midrank sum), otherwise the normal approximation with tie-corrected variance and a
 * continuity correction of ½.
 */
function mannWhitney(first, second) {
    const firstSize = first.length;
    const secondSize = second.length;
    const pooled = poolRanks(first, second);
    const u = pooled.secondRankSum - (secondSize * (secondSize + 1)) / 2;
    const total = firstSize + secondSize;
    if (!pooled.hasTies && total <= EXACT_WITHOUT_TIES_MAXIMUM) {
        const tails = sumTails(rankSumDistribution(total, secondSize), pooled.secondRankSum);
        return { u, pGreater: tails.atLeast, pLess: tails.atMost, method: 'exact' };
    }
    if (pooled.hasTies && total <= EXACT_WITH_TIES_MAXIMUM) {
        const tails = sumTails(subsetSumDistribution(pooled.doubledRanks, secondSize), Math.round(pooled.secondRankSum * 2));
        return { u, pGreater: tails.atLeast, pLess: tails.atMost, method: 'exact-conditional-on-ties' };
    }
    const mean = (firstSize * secondSize) / 2;
    const variance = ((firstSize * secondSize) / 12) * (total + 1 - pooled.tieSum / (total * (total - 1)));
    if (!(variance > 0))
        return { u, pGreater: 1, pLess: 1, method: 'normal-approximation' };
    const deviation = Math.sqrt(variance);
    const pGreater = Math.min(1, (0,normal_distribution/* normalUpperTail */.IL)((u - mean - 0.5) / deviation));
    const pLess = Math.min(1, (0,normal_distribution/* normalUpperTail */.IL)((mean - u - 0.5) / deviation));
    return { u, pGreater, pLess, method: 'normal-approximation' };
}
/**
 * The order k (1-based) of the pairwise difference that bounds a one-sided confidence limit at level
 * 1 − `alpha` for the Hodges-Lehmann shift: the largest k with P(U < k) ≤ alpha under the null.
 * Exact for small samples, normal approximation otherwise. 0 means no finite bound at this level.
 */
function confidenceOrder(firstSize, secondSize, alpha) {
    const total = firstSize + secondSize;
    const pairs = firstSize * secondSize;
    if (total <= EXACT_WITHOUT_TIES_MAXIMUM) {
        const distribution = rankSumDistribution(total, secondSize);
        // U = rank sum − minimum; cumulative P(U ≤ u) until it passes alpha.
        let cumulative = 0;
        for (let u = 0; u < distribution.probabilities.length; u += 1) {
            cumulative += distribution.probabilities[u];
            if (cumulative > alpha)
                return u; // P(U < u) ≤ alpha < P(U ≤ u): k = u.
        }
        return pairs;
    }
    const deviation = Math.sqrt((pairs * (total + 1)) / 12);
    const z = -(0,normal_distribution/* normalQuantile */.Zl)(alpha);
    return Math.max(0, Math.floor(pairs / 2 - z * deviation));
}

;// CONCATENATED MODULE: ./src/core/stats/seeded-random.ts
/**
 * A small seeded pseudo-random generator (the mulberry32 recurrence), so that every randomized
 * step of the judge and of the benchmarks is reproducible from its seed.
 */
class SeededRandom {
    state;
    constructor(seed) {
        this.state = seed >>> 0;
    }
    /** Uniform in [0, 1). */
    next() {
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let mixed = this.state;
        mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
        mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
        return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
    }
    /** A whole number in [0, bound). */
    below(bound) {
        return Math.floor(this.next() * bound);
    }
    /** Standard normal, by the Box-Muller transform. */
    normal() {
        const first = 1 - this.next();
        const second = this.next();
        return Math.sqrt(-2 * Math.log(first)) * Math.cos(2 * Math.PI * second);
    }
}

;// CONCATENATED MODULE: ./src/core/stats/pairwise-difference-selection.ts

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
function selectPairwiseDifference(first, second, order, seed = 1) {
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
        for (let row = 0; row < rows; row += 1)
            active += high[row] - low[row];
        const wanted = order - discardedBelow;
        if (active <= ENUMERATION_LIMIT)
            return enumerate(first, second, low, high, active, wanted);
        // A uniformly chosen difference still in play becomes the pivot.
        let pick = random.below(active);
        let pivot = Number.NaN;
        for (let row = 0; row < rows; row += 1) {
            const width = high[row] - low[row];
            if (pick < width) {
                pivot = second[low[row] + pick] - first[row];
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
            const base = first[row];
            while (pointerAtMost > 0 && second[pointerAtMost - 1] - base > pivot)
                pointerAtMost -= 1;
            while (pointerBelow > 0 && second[pointerBelow - 1] - base >= pivot)
                pointerBelow -= 1;
            const rowLow = low[row];
            const rowHigh = high[row];
            const clampedAtMost = Math.min(rowHigh, Math.max(rowLow, pointerAtMost));
            const clampedBelow = Math.min(rowHigh, Math.max(rowLow, pointerBelow));
            atMost[row] = clampedAtMost;
            below[row] = clampedBelow;
            countAtMost += clampedAtMost - rowLow;
            countBelow += clampedBelow - rowLow;
        }
        if (wanted > countBelow && wanted <= countAtMost)
            return pivot;
        if (wanted <= countBelow) {
            high.set(below);
        }
        else {
            discardedBelow += countAtMost;
            low.set(atMost);
        }
    }
}
function enumerate(first, second, low, high, active, wanted) {
    const values = new Float64Array(active);
    let position = 0;
    for (let row = 0; row < first.length; row += 1) {
        const base = first[row];
        for (let column = low[row]; column < high[row]; column += 1) {
            values[position] = second[column] - base;
            position += 1;
        }
    }
    values.sort();
    return values[wanted - 1];
}
/**
 * The next order statistic after `value` (itself a difference): `value` again when more than `order`
 * differences are at most it, else the smallest difference above it. One O(n + m) sweep, so the
 * median of an even number of differences needs one selection, not two.
 */
function nextPairwiseDifference(first, second, value, order) {
    let atMost = 0;
    let smallestAbove = Number.POSITIVE_INFINITY;
    let pointer = second.length;
    // Visit rows from the largest base down; the first column above `value` only moves left.
    for (let row = first.length - 1; row >= 0; row -= 1) {
        const base = first[row];
        while (pointer > 0 && second[pointer - 1] - base > value)
            pointer -= 1;
        atMost += pointer;
        if (pointer < second.length)
            smallestAbove = Math.min(smallestAbove, second[pointer] - base);
    }
    return atMost > order ? value : smallestAbove;
}

;// CONCATENATED MODULE: ./src/core/stats/hodges-lehmann.ts


/**
 * Hodges-Lehmann shift and the interval [d(k), d(nm+1−k)] from the order statistics of the pairwise
 * differences, with k from the Mann-Whitney null distribution, so each limit holds at one-sided level
 * 1 − `alpha`. Both samples sorted ascending. Three selections of O((n + m) log(nm)) each.
 */
function hodgesLehmann(first, second, alpha) {
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

;// CONCATENATED MODULE: ./src/core/stats/quantile.ts

/** Quantile `probability` (0..1) of an ascending sample, linear between order statistics (Hyndman-Fan type 7). */
function sortedQuantile(sorted, probability) {
    const size = sorted.length;
    if (size === 0)
        return Number.NaN;
    const position = (size - 1) * probability;
    const below = Math.floor(position);
    const above = Math.min(size - 1, below + 1);
    const fraction = position - below;
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
}
/**
 * Distribution-free confidence limits of the `probability` quantile from the order statistics of an
 * ascending sample: X(l) ≤ q ≤ X(u) with l, u from the binomial(n, p) count of values below q (normal
 * approximation with continuity correction), each side at level 1 − `alpha`. A side that needs an
 * order statistic beyond the sample is infinite.
 */
function quantileConfidenceLimits(sorted, probability, alpha) {
    const size = sorted.length;
    const z = -(0,normal_distribution/* normalQuantile */.Zl)(alpha);
    const center = size * probability;
    const spread = z * Math.sqrt(size * probability * (1 - probability));
    // P(X(l) > q) = P(B ≤ l − 1) and P(X(u) < q) = P(B ≥ u) for B ~ binomial(n, p), each kept ≤ alpha.
    const lowerOrder = Math.floor(center - spread + 0.5);
    const upperOrder = Math.ceil(center + spread + 0.5);
    return {
        lower: lowerOrder >= 1 ? sorted[lowerOrder - 1] : Number.NEGATIVE_INFINITY,
        upper: upperOrder <= size ? sorted[upperOrder - 1] : Number.POSITIVE_INFINITY,
    };
}
/** Median of an ascending sample. */
function sortedMedian(sorted) {
    return sortedQuantile(sorted, 0.5);
}

;// CONCATENATED MODULE: ./src/core/stats/fisher-exact.ts
/**
 * Fisher's exact test for two proportions, one-sided. Conditional on the total number of events,
 * the canary's events are hypergeometric under the null; the tail is summed in log space from the
 * ratios of neighbouring probabilities, so no log-gamma is needed and tiny p-values (1e-300) stay
 * exact in relative terms. Works with zero events in either arm.
 */
function logSumExp(values) {
    let maximum = Number.NEGATIVE_INFINITY;
    for (const value of values)
        if (value > maximum)
            maximum = value;
    if (maximum === Number.NEGATIVE_INFINITY)
        return maximum;
    let sum = 0;
    for (const value of values)
        sum += Math.exp(value - maximum);
    return maximum + Math.log(sum);
}
function fisherExact(table) {
    const events = table.baselineEvents + table.canaryEvents;
    const canaryTrials = table.canaryTrials;
    const baselineTrials = table.baselineTrials;
    // Canary events x range over [lowest, highest] given the margins.
    const lowest = Math.max(0, events - baselineTrials);
    const highest = Math.min(events, canaryTrials);
    const logWeights = [0];
    for (let x = lowest; x < highest; x += 1) {
        // P(x + 1) / P(x) = (K − x)(n − x) / ((x + 1)(N − K − n + x + 1)) with K events, n canary trials.
        const ratio = ((events - x) * (canaryTrials - x)) / ((x + 1) * (baselineTrials - events + x + 1));
        logWeights.push(logWeights.at(-1) + Math.log(ratio));
    }
    const observed = table.canaryEvents - lowest;
    const logTotal = logSumExp(logWeights);
    const pGreater = Math.exp(logSumExp(logWeights.slice(observed)) - logTotal);
    const pLess = Math.exp(logSumExp(logWeights.slice(0, observed + 1)) - logTotal);
    return { pGreater: Math.min(1, pGreater), pLess: Math.min(1, pLess) };
}

;// CONCATENATED MODULE: ./src/core/canary/judge-format.ts
/** Number formatting for the judge's one-line details: short, stable, readable. */
/** A p-value: `0.0123`, `3.1e-7`, `<1e-300`. */
function formatPValue(value) {
    if (value === 0)
        return '<1e-300';
    if (value < 1e-4)
        return value.toExponential(1);
    return value < 0.001 ? value.toFixed(5) : value.toFixed(4);
}
/** A relative change: `+12.3%`, `-0.4%`, `+∞%`. */
function formatRelative(value) {
    if (!Number.isFinite(value))
        return value > 0 ? '+∞%' : '-∞%';
    const percent = value * 100;
    const digits = Math.abs(percent) >= 100 ? 0 : 1;
    return `${percent >= 0 ? '+' : ''}${percent.toFixed(digits)}%`;
}
/** A value with up to 4 significant digits. */
function formatValue(value) {
    if (!Number.isFinite(value))
        return String(value);
    if (value === 0)
        return '0';
    const magnitude = Math.abs(value);
    if (magnitude >= 1e6 || magnitude < 1e-3)
        return value.toExponential(2);
    return String(Number(value.toPrecision(4)));
}
/** A proportion as a percentage with enough digits for sparse error rates: `0.300%`. */
function formatRate(value) {
    return `${(value * 100).toFixed(3)}%`;
}
/** Rounds for JSON output: 6 significant digits, so results stay readable and stable. */
function roundForOutput(value) {
    if (!Number.isFinite(value) || value === 0)
        return value;
    return Number(value.toPrecision(6));
}

;// CONCATENATED MODULE: ./src/core/canary/judge-continuous.ts





/** A tail percentile is compared only when each arm is expected to have at least this many values beyond it. */
const MIN_TAIL_EXCEEDANCES = 3;
function sidesOf(direction) {
    return direction === 'either' ? ['increase', 'decrease'] : [direction];
}
/** The scale relative changes are measured against: |median|, else the mean absolute value, else 1 (absolute). */
function relativeScale(sorted, center) {
    if (center !== 0)
        return { scale: Math.abs(center), absolute: false };
    let sum = 0;
    for (const value of sorted)
        sum += Math.abs(value);
    return sum > 0 ? { scale: sum / sorted.length, absolute: false } : { scale: 1, absolute: true };
}
function summarize(sorted) {
    return { count: sorted.length, median: sortedMedian(sorted), p95: sortedQuantile(sorted, 0.95), p99: sortedQuantile(sorted, 0.99) };
}
function outcomeOf(side, significant, effect, allowed) {
    if (!significant)
        return 'pass';
    if (side === 'increase' && effect > allowed)
        return 'high';
    if (side === 'decrease' && effect < -allowed)
        return 'low';
    return 'pass';
}
function mergeSorted(first, second) {
    const merged = new Float64Array(first.length + second.length);
    merged.set(first);
    merged.set(second, first.length);
    merged.sort();
    return merged;
}
function absoluteDeviations(sorted) {
    const center = sortedMedian(sorted);
    const deviations = new Float64Array(sorted.length);
    let sum = 0;
    for (let index = 0; index < sorted.length; index += 1) {
        const deviation = Math.abs(sorted[index] - center);
        deviations[index] = deviation;
        sum += deviation;
    }
    deviations.sort();
    return { sorted: deviations, mean: sum / sorted.length };
}
/**
 * Judges a continuous metric with three kinds of check, each one-sided in the harmful direction and
 * each flagging only when significant at this look AND beyond its allowed relative change
 * (Kayenta's rule, so a tiny but significant shift on a large sample still passes):
 *
 * - location: Mann-Whitney (exact for small samples, ties included) with the Hodges-Lehmann shift
 *   relative to the baseline median and its order-statistic confidence interval;
 * - tail: per percentile, values beyond the pooled percentile counted per arm and compared with
 *   Fisher's exact test (exact under exchangeability, whatever the distribution and ties), with the
 *   change of the percentile itself as the effect — this catches a same-median, heavier-tail canary;
 * - spread: Mann-Whitney on absolute deviations from each arm's median (a Brown-Forsythe-style rank
 *   test), the effect being the growth of the mean absolute deviation.
 *
 * Alpha: half of the metric's share goes to the location check, the other half is split evenly over
 * the configured tail and spread checks (Bonferroni), so the false-alarm bound holds whichever
 * checks have enough data at a look.
 */
function judgeContinuous(baseline, canary, context) {
    const { settings } = context;
    const sides = sidesOf(settings.direction);
    const tailChecks = settings.tail === false ? 0 : settings.tail.percentiles.length * sides.length;
    const spreadChecks = settings.spread === false ? 0 : 1;
    const otherChecks = tailChecks + spreadChecks;
    const locationAlpha = (otherChecks > 0 ? context.alpha / 2 : context.alpha) / sides.length;
    const otherAlpha = otherChecks > 0 ? context.alpha / 2 / otherChecks : 0;
    const checks = [];
    const notes = [];
    // Location.
    const test = mannWhitney(baseline, canary);
    const locationThreshold = context.thresholdFor(locationAlpha);
    const baselineMedian = sortedMedian(baseline);
    const { scale, absolute } = relativeScale(baseline, baselineMedian);
    const shift = hodgesLehmann(baseline, canary, Math.max(locationThreshold, 1e-12));
    const effect = shift.shift / scale;
    const ci = [shift.lower / scale, shift.upper / scale];
    const testName = `mann-whitney ${test.method === 'normal-approximation' ? 'normal approximation' : test.method === 'exact' ? 'exact' : 'exact (ties)'}`;
    const locationParts = [];
    for (const side of sides) {
        const pValue = side === 'increase' ? test.pGreater : test.pLess;
        const outcome = outcomeOf(side, pValue <= locationThreshold, effect, settings.allowedChange);
        checks.push({ name: 'location', test: testName, pValue, threshold: locationThreshold, effect, allowedChange: settings.allowedChange, outcome });
        locationParts.push(`p(${side})=${formatPValue(pValue)}`);
    }
    const effectText = absolute ? `${formatValue(shift.shift)} (absolute: baseline is all zero)` : formatRelative(effect);
    const ciText = absolute ? `[${formatValue(shift.lower)}, ${formatValue(shift.upper)}]` : `[${formatRelative(ci[0])}, ${formatRelative(ci[1])}]`;
    notes.push(`${testName} ${locationParts.join(' ')} (threshold ${formatPValue(locationThreshold)}), Hodges-Lehmann shift ${effectText} ${ciText}, allowed ${formatRelative(settings.allowedChange)}`);
    // Tails.
    if (settings.tail !== false) {
        const pooled = mergeSorted(baseline, canary);
        const threshold = context.thresholdFor(otherAlpha);
        const smaller = Math.min(baseline.length, canary.length);
        for (const percentile of settings.tail.percentiles) {
            for (const side of sides) {
                const probability = side === 'increase' ? percentile / 100 : 1 - percentile / 100;
                const label = `p${Number((probability * 100).toFixed(2))}`;
                const name = `tail-${label}`;
                const needed = Math.ceil(MIN_TAIL_EXCEEDANCES / (1 - percentile / 100));
                if (smaller < needed) {
                    checks.push({ name, test: 'exceedance fisher exact', pValue: null, threshold, effect: null, allowedChange: settings.tail.allowedChange, outcome: 'skipped' });
                    notes.push(`${label} skipped (needs ${needed} samples per arm)`);
                    continue;
                }
                const cut = sortedQuantile(pooled, probability);
                const beyond = (sorted) => {
                    let count = 0;
                    for (const value of sorted)
                        if (side === 'increase' ? value > cut : value < cut)
                            count += 1;
                    return count;
                };
                const baselineBeyond = beyond(baseline);
                const canaryBeyond = beyond(canary);
                const pValue = fisherExact({ baselineEvents: baselineBeyond, baselineTrials: baseline.length, canaryEvents: canaryBeyond, canaryTrials: canary.length }).pGreater;
                const baselineQuantile = sortedQuantile(baseline, probability);
                const canaryQuantile = sortedQuantile(canary, probability);
                const tailScale = relativeScale(baseline, baselineQuantile);
                const tailEffect = (canaryQuantile - baselineQuantile) / tailScale.scale;
                const outcome = outcomeOf(side, pValue <= threshold, tailEffect, settings.tail.allowedChange);
                checks.push({ name, test: 'exceedance fisher exact', pValue, threshold, effect: tailEffect, allowedChange: settings.tail.allowedChange, outcome });
                const baselineLimits = quantileConfidenceLimits(baseline, probability, Math.max(threshold, 1e-12) / 2);
                const canaryLimits = quantileConfidenceLimits(canary, probability, Math.max(threshold, 1e-12) / 2);
                const lower = (canaryLimits.lower - baselineLimits.upper) / tailScale.scale;
                const upper = (canaryLimits.upper - baselineLimits.lower) / tailScale.scale;
                notes.push(`${label} ${formatValue(baselineQuantile)} → ${formatValue(canaryQuantile)} (${formatRelative(tailEffect)} [${formatRelative(lower)}, ${formatRelative(upper)}]; beyond pooled ${label}: ${baselineBeyond} vs ${canaryBeyond}, p=${formatPValue(pValue)}, threshold ${formatPValue(threshold)}, allowed ${formatRelative(settings.tail.allowedChange)})`);
            }
        }
    }
    // Spread.
    if (settings.spread !== false) {
        const threshold = context.thresholdFor(otherAlpha);
        const baselineDeviations = absoluteDeviations(baseline);
        const canaryDeviations = absoluteDeviations(canary);
        const pValue = mannWhitney(baselineDeviations.sorted, canaryDeviations.sorted).pGreater;
        const spreadEffect = baselineDeviations.mean > 0 ? canaryDeviations.mean / baselineDeviations.mean - 1 : canaryDeviations.mean > 0 ? Number.POSITIVE_INFINITY : 0;
        const grew = pValue <= threshold && spreadEffect > settings.spread.allowedChange;
        const outcome = grew ? (settings.direction === 'decrease' ? 'low' : 'high') : 'pass';
        checks.push({ name: 'spread', test: 'mann-whitney on absolute deviations', pValue, threshold, effect: Number.isFinite(spreadEffect) ? spreadEffect : null, allowedChange: settings.spread.allowedChange, outcome });
        notes.push(`spread (mean absolute deviation) ${formatValue(baselineDeviations.mean)} → ${formatValue(canaryDeviations.mean)} (${formatRelative(spreadEffect)}, p=${formatPValue(pValue)}, threshold ${formatPValue(threshold)}, allowed ${formatRelative(settings.spread.allowedChange)})`);
    }
    const flagged = checks.filter((check) => check.outcome === 'high' || check.outcome === 'low');
    const classification = flagged[0]?.outcome === 'high' ? 'high' : flagged[0]?.outcome === 'low' ? 'low' : 'pass';
    const reasonText = flagged.length === 0 ? 'no harmful change beyond what is allowed' : `flagged by ${flagged.map((check) => check.name).join(', ')}`;
    const detail = `${classification}: ${reasonText}; n=${baseline.length}/${canary.length}; ${notes.join('; ')}`;
    return { classification, effect, ci, detail, checks, arms: { baseline: summarize(baseline), canary: summarize(canary) } };
}

;// CONCATENATED MODULE: ./src/core/canary/judge-observations.ts
/**
 * Largest magnitude of a sample the judge compares. Differences of values near the double range
 * overflow to Infinity, which would turn effects into nonsense; no real metric comes close.
 */
const MAX_SAMPLE_MAGNITUDE = 1e100;
function isCounts(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Checks one arm's observation. Missing, empty, NaN or infinite samples, zero trials and counts that
 * are not counts are all `nodata`: the judge never passes a metric it could not measure.
 */
function prepareArm(observation, arm, minSamples) {
    if (observation === undefined || observation === null)
        return { kind: 'nodata', reason: `${arm} has no data` };
    if (Array.isArray(observation)) {
        if (observation.length === 0)
            return { kind: 'nodata', reason: `${arm} has no samples` };
        let notFinite = 0;
        for (const value of observation)
            if (typeof value !== 'number' || !Number.isFinite(value))
                notFinite += 1;
        if (notFinite > 0)
            return { kind: 'nodata', reason: `${arm} has ${notFinite} of ${observation.length} samples that are not finite numbers (NaN or Infinity)` };
        let huge = 0;
        for (const value of observation)
            if (Math.abs(value) > MAX_SAMPLE_MAGNITUDE)
                huge += 1;
        if (huge > 0)
            return { kind: 'nodata', reason: `${arm} has ${huge} of ${observation.length} samples beyond ±${MAX_SAMPLE_MAGNITUDE}, too large to compare` };
        if (observation.length < minSamples)
            return { kind: 'nodata', reason: `${arm} has ${observation.length} samples, fewer than the ${minSamples} needed` };
        const sorted = Float64Array.from(observation);
        sorted.sort();
        return { kind: 'continuous', sorted };
    }
    if (isCounts(observation)) {
        const { events, trials } = observation;
        if (typeof events !== 'number' || typeof trials !== 'number' || !Number.isFinite(events) || !Number.isFinite(trials)) {
            return { kind: 'nodata', reason: `${arm} counts are not finite numbers (events ${String(events)}, trials ${String(trials)})` };
        }
        if (!Number.isInteger(events) || !Number.isInteger(trials) || events < 0 || trials < 0 || events > trials) {
            return { kind: 'nodata', reason: `${arm} counts are not counts: events ${events}, trials ${trials} (need whole numbers, 0 ≤ events ≤ trials)` };
        }
        if (trials === 0)
            return { kind: 'nodata', reason: `${arm} has 0 trials` };
        return { kind: 'rate', events, trials };
    }
    return { kind: 'nodata', reason: `${arm} data is neither samples nor counts` };
}

;// CONCATENATED MODULE: ./src/core/stats/proportion-interval.ts

/** Wilson score interval of events/trials at two-sided level 1 − 2·`alpha`; sound at 0 and at trials. */
function wilsonInterval(events, trials, alpha) {
    const z = -(0,normal_distribution/* normalQuantile */.Zl)(alpha);
    const proportion = events / trials;
    const zSquared = z * z;
    const denominator = 1 + zSquared / trials;
    const center = (proportion + zSquared / (2 * trials)) / denominator;
    const half = (z / denominator) * Math.sqrt((proportion * (1 - proportion)) / trials + zSquared / (4 * trials * trials));
    return { lower: Math.max(0, center - half), upper: Math.min(1, center + half) };
}
/**
 * Newcombe's hybrid score interval (his method 10) for the difference of two proportions,
 * canary − baseline, from the two Wilson intervals; each side at level 1 − `alpha`. Well behaved
 * with sparse counts and with zero events in an arm, unlike the Wald interval.
 */
function newcombeDifferenceInterval(baselineEvents, baselineTrials, canaryEvents, canaryTrials, alpha) {
    const baselineRate = baselineEvents / baselineTrials;
    const canaryRate = canaryEvents / canaryTrials;
    const baseline = wilsonInterval(baselineEvents, baselineTrials, alpha);
    const canary = wilsonInterval(canaryEvents, canaryTrials, alpha);
    const difference = canaryRate - baselineRate;
    return {
        difference,
        lower: difference - Math.sqrt((canaryRate - canary.lower) ** 2 + (baseline.upper - baselineRate) ** 2),
        upper: difference + Math.sqrt((canary.upper - canaryRate) ** 2 + (baselineRate - baseline.lower) ** 2),
    };
}

;// CONCATENATED MODULE: ./src/core/canary/judge-rate.ts



/**
 * Judges a rate (events over trials) with Fisher's exact test, one-sided in each harmful direction:
 * exact at any count, so 3 errors in 1,000 against 0 in 1,000 is weighed as what it is (p ≈ 0.125,
 * not significant) while 15 against 0 is not (p ≈ 3e-5). The effect is the difference of proportions,
 * canary − baseline, with Newcombe's hybrid score interval; the relative change (canary rate over
 * baseline rate − 1, infinite over a zero baseline) must also exceed the allowed change to flag.
 */
function judgeRate(baseline, canary, context) {
    const { settings } = context;
    const sides = settings.direction === 'either' ? ['increase', 'decrease'] : [settings.direction];
    const threshold = context.thresholdFor(context.alpha / sides.length);
    const test = fisherExact({ baselineEvents: baseline.events, baselineTrials: baseline.trials, canaryEvents: canary.events, canaryTrials: canary.trials });
    const interval = newcombeDifferenceInterval(baseline.events, baseline.trials, canary.events, canary.trials, Math.max(threshold, 1e-12));
    const baselineRate = baseline.events / baseline.trials;
    const canaryRate = canary.events / canary.trials;
    const relative = baselineRate > 0 ? canaryRate / baselineRate - 1 : canaryRate > 0 ? Number.POSITIVE_INFINITY : 0;
    const checks = [];
    const parts = [];
    for (const side of sides) {
        const pValue = side === 'increase' ? test.pGreater : test.pLess;
        const significant = pValue <= threshold;
        const beyond = side === 'increase' ? relative > settings.allowedChange : relative < -settings.allowedChange;
        const outcome = significant && beyond ? (side === 'increase' ? 'high' : 'low') : 'pass';
        checks.push({ name: 'rate', test: 'fisher exact', pValue, threshold, effect: Number.isFinite(relative) ? relative : null, allowedChange: settings.allowedChange, outcome });
        parts.push(`p(${side})=${formatPValue(pValue)}`);
    }
    const flagged = checks.find((check) => check.outcome !== 'pass');
    const classification = flagged?.outcome === 'high' ? 'high' : flagged?.outcome === 'low' ? 'low' : 'pass';
    const points = (value) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(3)} pp`;
    const detail = `${classification}: ${baseline.events}/${baseline.trials} (${formatRate(baselineRate)}) → ${canary.events}/${canary.trials} (${formatRate(canaryRate)}); ` +
        `fisher exact ${parts.join(' ')} (threshold ${formatPValue(threshold)}); difference ${points(interval.difference)} [${points(interval.lower)}, ${points(interval.upper)}] (Newcombe); ` +
        `relative ${formatRelative(relative)}, allowed ${formatRelative(settings.allowedChange)}`;
    return {
        classification,
        effect: interval.difference,
        ci: [interval.lower, interval.upper],
        detail,
        checks,
        arms: {
            baseline: { count: baseline.trials, events: baseline.events, rate: baselineRate },
            canary: { count: canary.trials, events: canary.events, rate: canaryRate },
        },
    };
}

;// CONCATENATED MODULE: ./src/core/canary/judge-verdict.ts
function names(metrics) {
    return metrics.map((metric) => `${metric.name} (${metric.classification})`).join(', ');
}
/**
 * Score = weighted share of passing metrics, 0–100 (nodata never passes). The verdict, in order:
 * no metrics → the nodata outcome; a critical metric high or low → fail; a score below the marginal
 * threshold even if every metric without data had passed → fail; any metric without data → the
 * config's nodata outcome (inconclusive or fail); then pass, marginal or fail by the thresholds.
 */
function decideVerdict(metrics, config) {
    if (metrics.length === 0)
        return { verdict: config.nodata, score: 0, reason: 'No metrics to judge.' };
    const weightOf = (metric) => metric.weight ?? 1;
    const totalWeight = metrics.reduce((sum, metric) => sum + weightOf(metric), 0);
    const passing = metrics.filter((metric) => metric.classification === 'pass');
    const missing = metrics.filter((metric) => metric.classification === 'nodata');
    const failing = metrics.filter((metric) => metric.classification === 'high' || metric.classification === 'low');
    const share = (group) => (100 * group.reduce((sum, metric) => sum + weightOf(metric), 0)) / totalWeight;
    const score = Math.round(share(passing) * 10) / 10;
    const { pass, marginal } = config.thresholds;
    const criticalFailing = failing.filter((metric) => metric.critical === true);
    if (criticalFailing.length > 0) {
        return { verdict: 'fail', score, reason: `Critical metric failed: ${names(criticalFailing)}.` };
    }
    const bestCase = share(passing) + share(missing);
    if (bestCase < marginal) {
        return { verdict: 'fail', score, reason: `Score ${score} is below the marginal threshold ${marginal}${missing.length > 0 ? ' even if the metrics without data had passed' : ''}; failing: ${names(failing)}.` };
    }
    if (missing.length > 0) {
        return {
            verdict: config.nodata,
            score,
            reason: `No usable data for ${names(missing)}; missing data never passes, it ends as ${config.nodata}.${failing.length > 0 ? ` Also failing: ${names(failing)}.` : ''}`,
        };
    }
    if (score >= pass) {
        return { verdict: 'pass', score, reason: failing.length === 0 ? `All ${metrics.length} metrics pass.` : `Score ${score} reaches the pass threshold ${pass}; failing: ${names(failing)}.` };
    }
    if (score >= marginal) {
        return { verdict: 'marginal', score, reason: `Score ${score} is below the pass threshold ${pass} but reaches the marginal threshold ${marginal}; failing: ${names(failing)}.` };
    }
    return { verdict: 'fail', score, reason: `Score ${score} is below the marginal threshold ${marginal}; failing: ${names(failing)}.` };
}

;// CONCATENATED MODULE: ./src/core/canary/judge.ts







/** Most looks a sequential analysis may plan. */
const MAX_LOOKS = 100;
function ownValue(observations, name) {
    return Object.hasOwn(observations, name) ? observations[name] : undefined;
}
function metricNames(baseline, canary, config) {
    const seen = new Set();
    for (const source of [config.metrics, baseline, canary])
        for (const name of Object.keys(source))
            seen.add(name);
    return [...seen];
}
function lookFractions(options) {
    const { look, maxLooks } = options;
    if (!Number.isInteger(maxLooks) || maxLooks < 1 || maxLooks > MAX_LOOKS)
        throw new RangeError(`maxLooks must be a whole number from 1 to ${MAX_LOOKS}, got ${maxLooks}`);
    if (!Number.isInteger(look) || look < 1 || look > maxLooks)
        throw new RangeError(`look must be a whole number from 1 to maxLooks (${maxLooks}), got ${look}`);
    const fractions = options.informationFractions === undefined ? Array.from({ length: maxLooks }, (_, index) => (index + 1) / maxLooks) : [...options.informationFractions];
    if (fractions.length !== maxLooks)
        throw new RangeError(`informationFractions needs one fraction per look (${maxLooks}), got ${fractions.length}`);
    fractions.forEach((fraction, index) => {
        const previous = index === 0 ? 0 : fractions[index - 1];
        if (!(Number.isFinite(fraction) && fraction > previous && fraction <= 1)) {
            throw new RangeError(`informationFractions must increase strictly within (0, 1], got ${fractions.join(', ')}`);
        }
    });
    return fractions.slice(0, look);
}
function kindMismatch(name, expected, arms) {
    const found = arms.find((arm) => arm.kind !== 'nodata' && arm.kind !== expected);
    if (found === undefined)
        return undefined;
    return `${name} is configured as ${expected} but the data has ${found.kind === 'rate' ? 'counts' : 'samples'}`;
}
function round(summary) {
    return Object.fromEntries(Object.entries(summary).map(([key, value]) => [key, typeof value === 'number' ? roundForOutput(value) : value]));
}
/**
 * Judges one look of a sequential canary analysis: every metric in the config or in either arm's data
 * is classified pass | high | low | nodata, then scored and given a verdict.
 *
 * Error control: `config.alpha` is the chance of any false alarm (a metric flagged high or low while
 * the canary is no worse than the baseline) over all metrics, all their checks and all planned
 * looks. It is split evenly over metrics, then over each metric's checks (Bonferroni), and each
 * check's share is spent over the looks with a Lan-DeMets spending function (see
 * `stats/alpha-spending.ts` for why); at look k a check is significant when its p-value is at most the
 * nominal threshold of look k. Looks must be called with the same `maxLooks` and fractions
 * throughout a rollout; the judge itself keeps no state.
 */
function judgeLook(baseline, canary, config, options) {
    const fractions = lookFractions(options);
    const thresholdFor = (alpha) => {
        const thresholds = (0,alpha_spending/* sequentialThresholds */.oQ)(alpha, fractions, config.spending);
        return thresholds[thresholds.length - 1];
    };
    const names = metricNames(baseline, canary, config);
    const metricAlpha = names.length === 0 ? config.alpha : config.alpha / names.length;
    const metrics = names.map((name) => {
        const settings = (0,judge_config/* metricSettingsFor */.Dc)(config, name);
        const base = { name, critical: settings.critical, weight: settings.weight };
        const baselineArm = prepareArm(ownValue(baseline, name), 'baseline', config.minSamples);
        const canaryArm = prepareArm(ownValue(canary, name), 'canary', config.minSamples);
        const nodata = (reason) => ({
            ...base,
            classification: 'nodata',
            effect: null,
            ci: null,
            detail: `nodata: ${reason}`,
            extra: { ...(settings.kind === undefined ? {} : { kind: settings.kind }), checks: [], arms: {} },
        });
        const mismatch = settings.kind === undefined ? undefined : kindMismatch(name, settings.kind, [baselineArm, canaryArm]);
        if (mismatch !== undefined)
            return nodata(mismatch);
        const reasons = [baselineArm, canaryArm].flatMap((arm) => (arm.kind === 'nodata' ? [arm.reason] : []));
        if (reasons.length > 0)
            return nodata(reasons.join('; '));
        if (baselineArm.kind !== canaryArm.kind)
            return nodata(`baseline has ${baselineArm.kind === 'rate' ? 'counts' : 'samples'} but canary has ${canaryArm.kind === 'rate' ? 'counts' : 'samples'}`);
        const kind = baselineArm.kind;
        const allowedChange = settings.allowedChange ?? judge_config/* JUDGE_DEFAULTS */.zW.allowedChange[kind];
        const context = { settings: { ...settings, allowedChange }, alpha: metricAlpha, thresholdFor };
        const outcome = baselineArm.kind === 'continuous' && canaryArm.kind === 'continuous'
            ? judgeContinuous(baselineArm.sorted, canaryArm.sorted, context)
            : judgeRate(baselineArm, canaryArm, context);
        return {
            ...base,
            classification: outcome.classification,
            effect: roundForOutput(outcome.effect),
            ci: [roundForOutput(outcome.ci[0]), roundForOutput(outcome.ci[1])],
            detail: outcome.detail,
            extra: { kind, checks: outcome.checks, arms: { baseline: round(outcome.arms.baseline), canary: round(outcome.arms.canary) } },
        };
    });
    const verdict = decideVerdict(metrics, config);
    const look = { look: options.look, maxLooks: options.maxLooks, informationFraction: fractions[fractions.length - 1] };
    const lookText = options.maxLooks > 1 ? ` (look ${options.look} of ${options.maxLooks})` : '';
    return { verdict: verdict.verdict, score: verdict.score, metrics, reason: `${verdict.reason}${lookText}`, look };
}
/** Judges all the data at once: a single look, the full alpha at a fixed sample size. */
function judge(baseline, canary, config = (0,judge_config/* resolveJudgeConfig */.AH)()) {
    return judgeLook(baseline, canary, config, { look: 1, maxLooks: 1 });
}


/***/ })

};
