/**
 * Zero-phase low-pass filtering of a whole clip's series: a 2nd-order Butterworth run forward and
 * then backward (filtfilt), so peaks keep their timing, which the gait events depend on.
 */

interface Biquad {
  b: [number, number, number];
  a: [number, number];
}

/**
 * One pass of filtfilt sharpens the roll-off and moves the -3 dB point down; this factor undoes
 * that for two passes of a 2nd-order filter (Winter, Biomechanics and Motor Control of Human
 * Movement: C = (2^(1/2) - 1)^(1/4)).
 */
const TWO_PASS_CORRECTION = (Math.SQRT2 - 1) ** 0.25;

/** 2nd-order Butterworth low-pass by the bilinear transform with pre-warping. */
function butterworthLowPass(cutoffHz: number, sampleHz: number): Biquad {
  const k = Math.tan((Math.PI * cutoffHz) / sampleHz);
  const norm = 1 / (1 + Math.SQRT2 * k + k * k);
  const b0 = k * k * norm;
  return { b: [b0, 2 * b0, b0], a: [2 * (k * k - 1) * norm, (1 - Math.SQRT2 * k + k * k) * norm] };
}

/** Direct form II transposed, started in its steady state for the first sample (no start-up transient). */
function runBiquad(f: Biquad, x: readonly number[]): number[] {
  const [b0, b1, b2] = f.b;
  const [a1, a2] = f.a;
  const x0 = x[0] ?? 0;
  let z2 = (b2 - a2) * x0;
  let z1 = (b1 - a1) * x0 + z2;
  return x.map((v) => {
    const y = b0 * v + z1;
    z1 = b1 * v - a1 * y + z2;
    z2 = b2 * v - a2 * y;
    return y;
  });
}

/** Odd reflection about the end points (as scipy's filtfilt pads), so a trend runs on through the ends. */
function padOdd(x: readonly number[], n: number): number[] {
  const first = x[0]!, last = x[x.length - 1]!;
  const head: number[] = [], tail: number[] = [];
  for (let i = n; i >= 1; i--) head.push(2 * first - x[i]!);
  for (let i = 1; i <= n; i++) tail.push(2 * last - x[x.length - 1 - i]!);
  return [...head, ...x, ...tail];
}

/**
 * Zero-phase low-pass of a uniformly sampled series with no gaps. The cutoff is capped below the
 * Nyquist frequency so the filter stays valid at low frame rates.
 */
export function lowPassZeroPhase(x: readonly number[], cutoffHz: number, sampleHz: number): number[] {
  if (x.length < 4) return [...x];
  const fc = Math.min(cutoffHz / TWO_PASS_CORRECTION, 0.45 * sampleHz);
  const f = butterworthLowPass(fc, sampleHz);
  const pad = Math.min(x.length - 1, Math.max(9, Math.round((3 * sampleHz) / fc)));
  const padded = padOdd(x, pad);
  const forward = runBiquad(f, padded);
  const backward = runBiquad(f, forward.reverse()).reverse();
  return backward.slice(pad, pad + x.length);
}

/** Runs of finite values, as [start, end) index pairs. */
export function finiteRuns(x: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let i = 0; i <= x.length; i++) {
    const ok = i < x.length && Number.isFinite(x[i]);
    if (ok && start < 0) start = i;
    if (!ok && start >= 0) {
      runs.push([start, i]);
      start = -1;
    }
  }
  return runs;
}

/** Zero-phase low-pass of each run of finite values on its own; NaN gaps stay NaN. */
export function lowPassWithGaps(x: readonly number[], cutoffHz: number, sampleHz: number): number[] {
  const out = [...x];
  for (const [s, e] of finiteRuns(x)) {
    const seg = lowPassZeroPhase(x.slice(s, e), cutoffHz, sampleHz);
    for (let i = s; i < e; i++) out[i] = seg[i - s]!;
  }
  return out;
}

/**
 * Fills NaN runs of at most `maxGap` samples by linear interpolation between the values on either
 * side; longer gaps and gaps at the ends stay NaN (a long gap is not guessed).
 */
export function bridgeGaps(x: readonly number[], maxGap: number): number[] {
  const out = [...x];
  const runs = finiteRuns(x);
  for (let r = 1; r < runs.length; r++) {
    const [, prevEnd] = runs[r - 1]!;
    const [nextStart] = runs[r]!;
    const gap = nextStart - prevEnd;
    if (gap > maxGap) continue;
    const a = x[prevEnd - 1]!, b = x[nextStart]!;
    for (let i = prevEnd; i < nextStart; i++) out[i] = a + ((b - a) * (i - prevEnd + 1)) / (gap + 1);
  }
  return out;
}
