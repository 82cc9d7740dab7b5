/** Left/right statistics of a per-step measure. */
import type { Side } from '../exercise-core';

export interface Stats {
  mean: number;
  sd: number;
  n: number;
}

export interface SideStats {
  all: Stats | null;
  left: Stats | null;
  right: Stats | null;
  /** |left - right| over the mean of the two magnitudes, percent (symmetry index); null without both sides. */
  asymmetryPct: number | null;
  /** left - right, in the measure's own unit. */
  difference: number | null;
}

export function stats(values: readonly number[]): Stats | null {
  const v = values.filter(Number.isFinite);
  if (!v.length) return null;
  const mean = v.reduce((a, b) => a + b, 0) / v.length;
  const sd = v.length > 1 ? Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / (v.length - 1)) : 0;
  return { mean, sd, n: v.length };
}

/**
 * Per-side statistics. The asymmetry percent is left out for measures near zero (their percent
 * difference means nothing): `minScale` is the smallest mean magnitude it is given for.
 */
export function sideStats(values: ReadonlyArray<{ foot: Side; value: number | null }>, minScale = 0): SideStats {
  const pick = (foot?: Side): number[] =>
    values.filter((v) => (foot === undefined || v.foot === foot) && v.value !== null).map((v) => v.value!);
  const left = stats(pick('left')), right = stats(pick('right'));
  const scale = left && right ? (Math.abs(left.mean) + Math.abs(right.mean)) / 2 : 0;
  return {
    all: stats(pick()),
    left,
    right,
    difference: left && right ? left.mean - right.mean : null,
    asymmetryPct: left && right && scale > minScale && scale > 0 ? (100 * Math.abs(left.mean - right.mean)) / scale : null,
  };
}
