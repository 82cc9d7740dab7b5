/**
 * Isolated wild points (one or two frames): a sample far from every straight-line estimate from its
 * neighbours is set to NaN (and later bridged). The estimates are the line through the neighbours
 * on both sides and the lines extended from two neighbours on either side: a good point next to a
 * spike always has one clean estimate, a spike has none. Lines, not a running median, so the sharp
 * but smooth turnarounds of a foot at 25 fps are not taken for spikes.
 */

/** Index of the nearest finite sample before (step -1) or after (step 1) `from`, at most maxSkip away, or -1. */
function nearestFinite(x: readonly number[], y: readonly number[], from: number, step: 1 | -1, maxSkip: number): number {
  for (let j = from + step, skipped = 0; j >= 0 && j < x.length && skipped <= maxSkip; j += step, skipped++) {
    if (Number.isFinite(x[j]) && Number.isFinite(y[j])) return j;
  }
  return -1;
}

/** Distance of sample i from the line through samples a and b (at i's time). */
function offLine(t: readonly number[], x: readonly number[], y: readonly number[], i: number, a: number, b: number): number {
  const w = (t[i]! - t[a]!) / (t[b]! - t[a]!);
  return Math.hypot(x[i]! - (x[a]! + (x[b]! - x[a]!) * w), y[i]! - (y[a]! + (y[b]! - y[a]!) * w));
}

/**
 * Repeatedly drops the worst sample whose smallest distance from the neighbour lines exceeds
 * `threshold` (a pair of wild points is caught when they are off by more than twice that). Two
 * coordinates are judged together (a point is one spike, in x and y), so `x` and `y` are changed
 * in place. Returns how many samples were dropped.
 */
export function removeSpikes2D(t: readonly number[], x: number[], y: number[], threshold: number, maxSkip = 2): number {
  const residual = (i: number): number => {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) return 0;
    const p1 = nearestFinite(x, y, i, -1, maxSkip), n1 = nearestFinite(x, y, i, 1, maxSkip);
    const p2 = p1 >= 0 ? nearestFinite(x, y, p1, -1, maxSkip) : -1, n2 = n1 >= 0 ? nearestFinite(x, y, n1, 1, maxSkip) : -1;
    const fits: number[] = [];
    if (p1 >= 0 && n1 >= 0) fits.push(offLine(t, x, y, i, p1, n1));
    if (p2 >= 0) fits.push(offLine(t, x, y, i, p2, p1));
    if (n2 >= 0) fits.push(offLine(t, x, y, i, n1, n2));
    return fits.length ? Math.min(...fits) : 0;
  };
  const r = x.map((_, i) => residual(i));
  let removed = 0;
  for (;;) {
    let worst = -1;
    for (let i = 0; i < r.length; i++) if (r[i]! > threshold && (worst < 0 || r[i]! > r[worst]!)) worst = i;
    if (worst < 0) return removed;
    x[worst] = y[worst] = Number.NaN;
    removed++;
    const reach = 2 * (maxSkip + 1);
    for (let j = Math.max(0, worst - reach); j <= Math.min(r.length - 1, worst + reach); j++) r[j] = residual(j);
  }
}
