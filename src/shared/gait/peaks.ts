/** Peaks of a sampled signal: prominent local maxima with a minimum spacing, refined between samples. */

export interface PeakOptions {
  /** Peaks closer than this (samples) compete; the higher wins. */
  minDistance: number;
  /** How far a peak must rise above the lower of the troughs on either side, in signal units. */
  minProminence: number;
}

/** Interior local maxima of the finite samples (NaN samples break the signal). */
export function findPeaks(x: readonly number[], o: PeakOptions): number[] {
  const candidates: number[] = [];
  for (let i = 1; i < x.length - 1; i++) {
    const v = x[i]!, a = x[i - 1]!, b = x[i + 1]!;
    if (Number.isFinite(v) && Number.isFinite(a) && Number.isFinite(b) && v > a && v >= b) candidates.push(i);
  }
  const prominent = candidates.filter((i) => prominence(x, i) >= o.minProminence);
  // Highest first; a peak within minDistance of a kept one is dropped.
  const kept: number[] = [];
  for (const i of [...prominent].sort((p, q) => x[q]! - x[p]!)) {
    if (kept.every((k) => Math.abs(k - i) >= o.minDistance)) kept.push(i);
  }
  return kept.sort((p, q) => p - q);
}

/** Height of peak i above the higher of the lowest points reached on each side before a higher sample (or a gap). */
function prominence(x: readonly number[], i: number): number {
  const v = x[i]!;
  const side = (step: 1 | -1): number => {
    let low = v;
    for (let j = i + step; j >= 0 && j < x.length; j += step) {
      const w = x[j]!;
      if (!Number.isFinite(w) || w > v) break;
      low = Math.min(low, w);
    }
    return low;
  };
  return v - Math.max(side(-1), side(1));
}

/** Fractional sample index of the vertex of the parabola through i-1, i, i+1. */
export function refineExtremum(x: readonly number[], i: number): number {
  const a = x[i - 1], b = x[i], c = x[i + 1];
  if (a === undefined || b === undefined || c === undefined || ![a, b, c].every(Number.isFinite)) return i;
  const denom = a - 2 * b + c;
  return denom === 0 ? i : i + Math.max(-0.5, Math.min(0.5, (0.5 * (a - c)) / denom));
}

/** Time at a fractional sample index, interpolating the time stamps. */
export function timeAt(t: readonly number[], index: number): number {
  const i = Math.max(0, Math.min(t.length - 1, Math.floor(index)));
  const j = Math.min(t.length - 1, i + 1);
  return t[i]! + (t[j]! - t[i]!) * (index - i);
}
