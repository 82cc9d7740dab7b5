/** Trends of a measure sampled over a session: how fast it grows. */
import { median } from '../bench/stats';

/** Least-squares slope of y against x; 0 for fewer than two points. */
export function slope(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return 0;
  const mx = xs.slice(0, n).reduce((a, b) => a + b, 0) / n;
  const my = ys.slice(0, n).reduce((a, b) => a + b, 0) / n;
  let num = 0, den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

/**
 * The typical growth from one sample to the next, per unit of x: the median of the successive
 * steps. A leak grows memory at (nearly) every step, so it sets the median; a one-time jump (a
 * cache filling, a canvas resized) moves one step, which the least-squares slope spreads over all
 * of them. 0 for fewer than two points.
 */
export function medianStep(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return 0;
  const steps: number[] = [];
  for (let i = 1; i < n; i++) steps.push((ys[i]! - ys[i - 1]!) / (xs[i]! - xs[i - 1]!));
  return median(steps);
}
