/** The pelvis point and the body length that the gait measures are relative to. */
import { distance, median, midpoint, type Point, type KeypointName } from '../pose';
import type { Side } from '../exercise-core';
import { isPresent, type TrackSet } from './keypoint-tracks';

export function trackPoint(set: TrackSet, name: KeypointName, i: number): Point | null {
  const tr = set.tracks[name];
  return tr && isPresent(tr, i) ? { x: tr.x[i]!, y: tr.y[i]! } : null;
}

/**
 * Hip midpoint, or the one hip seen. In a side view the two hip points nearly coincide, so the
 * midpoint stands in for both hip joints and for the pelvis.
 */
export function pelvisAt(set: TrackSet, i: number): Point | null {
  const l = trackPoint(set, 'left_hip', i), r = trackPoint(set, 'right_hip', i);
  return l && r ? midpoint(l, r) : l ?? r;
}

/**
 * Leg length in pixels: median over the clip and both legs of thigh (pelvis-knee) plus shank
 * (knee-ankle). The sum of the segments does not shrink when the knee bends, as hip-to-ankle does.
 */
export function legLengthPx(set: TrackSet): number | null {
  const lengths: number[] = [];
  for (let i = 0; i < set.t.length; i++) {
    const pelvis = pelvisAt(set, i);
    if (!pelvis) continue;
    for (const side of ['left', 'right'] as Side[]) {
      const knee = trackPoint(set, `${side}_knee`, i), ankle = trackPoint(set, `${side}_ankle`, i);
      if (knee && ankle) lengths.push(distance(pelvis, knee) + distance(knee, ankle));
    }
  }
  const m = median(lengths);
  return m !== null && m > 0 ? m : null;
}
