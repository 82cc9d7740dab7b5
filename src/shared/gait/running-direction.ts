/**
 * Which way the runner faces and moves. Facing comes from the body (toes ahead of the heels, nose
 * ahead of the ears: body-metrics' facingSign), one vote per frame; travel from the pelvis
 * crossing the frame, which a treadmill or a camera following the runner does not show.
 */
import { facingSign, median, midOf } from '../pose';
import type { PoseFrame } from '../exercise-core';

export interface RunningDirection {
  /** +1 = the runner faces +x in the image (to the right), -1 = to the left; null = cannot tell. */
  sign: 1 | -1 | null;
  facing: 'right' | 'left' | null;
  /** Share of the frames with a vote that agree with `sign`. */
  agreement: number;
  /** Pelvis travel across the frame over the clip, in image widths, signed (+ = toward +x). */
  travelWidths: number;
}

/** Below this share of agreeing votes the facing is not trusted. */
const MIN_AGREEMENT = 0.65;

export function runningDirection(frames: readonly PoseFrame[]): RunningDirection {
  let plus = 0, minus = 0;
  for (const f of frames) {
    const s = facingSign(f.keypoints);
    if (s === 1) plus++;
    else if (s === -1) minus++;
  }
  const votes = plus + minus;
  const agreement = votes ? Math.max(plus, minus) / votes : 0;
  const sign = votes && agreement >= MIN_AGREEMENT ? (plus >= minus ? 1 : -1) : null;

  const xs = frames.map((f) => midOf(f.keypoints, 'left_hip', 'right_hip')?.x ?? null);
  const quarter = Math.max(1, Math.floor(xs.length / 4));
  const start = median(xs.slice(0, quarter)), end = median(xs.slice(-quarter));
  const width = frames[0]?.width ?? 1;
  return {
    sign,
    facing: sign === 1 ? 'right' : sign === -1 ? 'left' : null,
    agreement,
    travelWidths: start !== null && end !== null ? (end - start) / width : 0,
  };
}
