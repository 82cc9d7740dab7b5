/** Phase timing of one squat-like rep from its signal (high = standing, low = bottom). */
export interface TempoSample {
  t: number;
  v: number;
}

export interface PhaseDurations {
  downS: number;
  bottomS: number;
  upS: number;
  /** When the descent left the top and when the ascent reached it again. */
  startS: number;
  endS: number;
}

/**
 * `samples` run from standing before the rep to standing after it. The bottom runs from the first
 * to the last sample within `band` (share of the rep's range) of the lowest value, so keypoint
 * jitter during a pause cannot split it; the descent starts where the signal last left the top
 * before that, and the ascent ends on first getting back within `band` of the top after it.
 * Smooth movements creep into and out of each turning point, so the band shortens the moving
 * phases: with 2% a smooth 3 s descent reads about 2.5 s (wider bands cost more, narrower ones
 * fall into keypoint noise).
 */
export function phaseDurations(samples: readonly TempoSample[], band = 0.02): PhaseDurations | null {
  if (samples.length < 3) return null;
  let iMin = 0;
  samples.forEach((s, i) => {
    if (s.v < samples[iMin]!.v) iMin = i;
  });
  const vMin = samples[iMin]!.v;
  const top1 = Math.max(...samples.slice(0, iMin + 1).map((s) => s.v));
  const top2 = Math.max(...samples.slice(iMin).map((s) => s.v));
  if (Math.min(top1, top2) <= vMin) return null;
  const nearBottom = (s: TempoSample) => s.v <= vMin + band * (Math.min(top1, top2) - vMin);
  const bottomStart = samples.findIndex(nearBottom);
  const bottomEnd = samples.findLastIndex(nearBottom);
  let downStart = bottomStart;
  while (downStart > 0 && samples[downStart]!.v < top1 - band * (top1 - vMin)) downStart--;
  let upEnd = bottomEnd;
  while (upEnd < samples.length - 1 && samples[upEnd]!.v < top2 - band * (top2 - vMin)) upEnd++;
  const t = (i: number) => samples[i]!.t;
  return {
    downS: t(bottomStart) - t(downStart),
    bottomS: t(bottomEnd) - t(bottomStart),
    upS: t(upEnd) - t(bottomEnd),
    startS: t(downStart),
    endS: t(upEnd),
  };
}
