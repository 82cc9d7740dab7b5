/** Whole-clip measures: trunk lean, vertical oscillation of the pelvis. */
import { trunkForwardDeg } from '../pose';
import type { PoseFrame, Side } from '../exercise-core';
import { pelvisOf } from './leg-picking';
import { stats, type Stats } from './side-stats';

export interface TrunkLean extends Stats {
  /** 5th and 95th percentiles of the per-frame lean (the range, without single-frame noise). */
  low: number;
  high: number;
}

export function trunkLeanSeries(frames: readonly PoseFrame[], dir: 1 | -1): Array<number | null> {
  return frames.map((f) => trunkForwardDeg(f.keypoints, dir));
}

export function trunkLean(series: ReadonlyArray<number | null>): TrunkLean | null {
  const v = series.filter((x): x is number => x !== null).sort((a, b) => a - b);
  const s = stats(v);
  if (!s) return null;
  return { ...s, low: v[Math.floor(0.05 * (v.length - 1))]!, high: v[Math.ceil(0.95 * (v.length - 1))]! };
}

export interface StepOscillation {
  foot: Side;
  /** Rise and fall of the pelvis from one contact to the next, over leg length. */
  value: number;
}

/**
 * Vertical oscillation per step: the pelvis's highest minus lowest point between one contact and
 * the next, over leg length. Per step rather than over the clip, so a slow drift of the camera or
 * the runner does not count.
 */
export function verticalOscillation(frames: readonly PoseFrame[], contacts: ReadonlyArray<{ foot: Side; index: number }>, legPx: number, maxStepFrames: number): StepOscillation[] {
  const out: StepOscillation[] = [];
  for (let k = 0; k + 1 < contacts.length; k++) {
    const a = Math.round(contacts[k]!.index), b = Math.round(contacts[k + 1]!.index);
    if (b - a > maxStepFrames) continue;
    const ys: number[] = [];
    for (let i = a; i <= b; i++) {
      const p = frames[i] ? pelvisOf(frames[i]!.keypoints) : null;
      if (p) ys.push(p.y);
    }
    if (ys.length >= 3) out.push({ foot: contacts[k]!.foot, value: (Math.max(...ys) - Math.min(...ys)) / legPx });
  }
  return out;
}
