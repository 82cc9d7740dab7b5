/** The frame nearest to a video time, by binary search over the frames' (ascending) times. */
export function frameAtTime(times: readonly number[], t: number): number {
  if (!times.length) return 0;
  let lo = 0, hi = times.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! <= t) lo = mid;
    else hi = mid;
  }
  return Math.abs(times[hi]! - t) < Math.abs(times[lo]! - t) ? hi : lo;
}
