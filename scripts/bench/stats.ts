/** Small statistics for benchmark samples. */

/** The p-th percentile (0-100), linear between the closest ranks; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const below = sorted[lo]!;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return below + (above - below) * (rank - lo);
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Rounded to `digits` decimals, for the report. */
export const round = (value: number, digits = 1): number => Number(value.toFixed(digits));
