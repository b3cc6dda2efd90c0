/**
 * The standard normal distribution: density, tails with good relative accuracy far out (p-values
 * of 1e-30 stay meaningful), and the quantile function.
 */

const SQRT_TWO = Math.SQRT2;
const SQRT_TWO_PI = Math.sqrt(2 * Math.PI);

/** Standard normal density. */
export function normalDensity(x: number): number {
  return Math.exp(-0.5 * x * x) / SQRT_TWO_PI;
}

/**
 * Complementary error function, Chebyshev fit of Press et al. (relative error below 1.2e-7 for
 * every argument, also deep in the tail where 1 - erf would cancel to zero).
 */
export function complementaryErrorFunction(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const polynomial =
    -1.26551223 +
    t *
      (1.00002368 +
        t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const value = t * Math.exp(-z * z + polynomial);
  return x >= 0 ? value : 2 - value;
}

/** P(Z > x). */
export function normalUpperTail(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  return 0.5 * complementaryErrorFunction(x / SQRT_TWO);
}

/** P(Z ≤ x). */
export function normalCdf(x: number): number {
  return normalUpperTail(-x);
}

/**
 * The x with P(Z ≤ x) = p: the rational start of Abramowitz & Stegun 26.2.23 (error < 4.5e-4),
 * then Newton steps on the tail function, which is accurate to the last digits that matter here.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    if (p === 0) return Number.NEGATIVE_INFINITY;
    if (p === 1) return Number.POSITIVE_INFINITY;
    return Number.NaN;
  }
  const upper = p > 0.5;
  const tail = upper ? 1 - p : p;
  const t = Math.sqrt(-2 * Math.log(tail));
  // x solves P(Z > x) = tail, x ≥ 0.
  let x = t - (2.515517 + t * (0.802853 + t * 0.010328)) / (1 + t * (1.432788 + t * (0.189269 + t * 0.001308)));
  for (let step = 0; step < 4; step += 1) {
    const density = normalDensity(x);
    if (density === 0) break;
    // Newton on log P(Z > x) converges from both sides even where the tail is tiny.
    const current = normalUpperTail(x);
    const next = x + ((current - tail) / density) * Math.min(1, tail / current);
    if (Math.abs(next - x) < 1e-12) {
      x = next;
      break;
    }
    x = next;
  }
  return upper ? x : -x;
}
