/** Period of a roughly periodic series by autocorrelation (NaN samples are skipped pairwise). */

/** Normalised autocorrelation at an integer lag over the pairs where both samples are finite. */
export function autocorrelation(x: readonly number[], lag: number): number | null {
  let mean = 0, n = 0;
  for (const v of x) {
    if (Number.isFinite(v)) {
      mean += v;
      n++;
    }
  }
  if (n < 3) return null;
  mean /= n;
  let num = 0, da = 0, db = 0, pairs = 0;
  for (let i = 0; i + lag < x.length; i++) {
    const a = x[i]!, b = x[i + lag]!;
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    num += (a - mean) * (b - mean);
    da += (a - mean) ** 2;
    db += (b - mean) ** 2;
    pairs++;
  }
  return pairs >= 3 && da > 0 && db > 0 ? num / Math.sqrt(da * db) : null;
}

/** A peak at a multiple of the period can come out a little higher than the first; this much of the best will do. */
const NEAR_BEST = 0.75;

/**
 * The lag (seconds) of the first autocorrelation peak between minS and maxS that comes close to the
 * highest one, refined between samples by a parabola; null when no peak reaches `minCorrelation`. Several series (e.g. both
 * feet) can be given: their autocorrelations are averaged.
 */
export function estimatePeriodS(
  series: ReadonlyArray<readonly number[]>,
  sampleHz: number,
  minS: number,
  maxS: number,
  minCorrelation = 0.3,
): number | null {
  const length = Math.max(0, ...series.map((s) => s.length));
  const lo = Math.max(1, Math.floor(minS * sampleHz)), hi = Math.min(length - 3, Math.ceil(maxS * sampleHz));
  if (hi <= lo + 1) return null;
  const r: number[] = [];
  for (let lag = lo - 1; lag <= hi + 1; lag++) {
    const values = series.map((s) => autocorrelation(s, lag)).filter((v): v is number => v !== null);
    r.push(values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN);
  }
  const peaks: number[] = [];
  for (let i = 1; i < r.length - 1; i++) {
    const v = r[i]!;
    if (Number.isFinite(v) && v >= r[i - 1]! && v >= r[i + 1]! && v >= minCorrelation) peaks.push(i);
  }
  if (!peaks.length) return null;
  const top = Math.max(...peaks.map((i) => r[i]!));
  const best = peaks.find((i) => r[i]! >= NEAR_BEST * top)!;
  const a = r[best - 1]!, b = r[best]!, c = r[best + 1]!;
  const denom = a - 2 * b + c;
  const shift = denom < 0 ? Math.max(-0.5, Math.min(0.5, (0.5 * (a - c)) / denom)) : 0;
  return (lo - 1 + best + shift) / sampleHz;
}
