/**
 * Per-frame foot positions for the gait events: each foot's heel and toe along the running
 * direction measured from the pelvis, in leg lengths, and its height above the ground line.
 * Without heel and toe points (MoveNet) the ankle stands in for both.
 */
import type { Point } from '../pose';
import type { Side } from '../exercise-core';
import { pelvisAt, trackPoint } from './body-scale';
import type { TrackSet } from './keypoint-tracks';

export const SIDES_LR: readonly Side[] = ['left', 'right'];

export interface FootSignals {
  /** Heel (else ankle) ahead of the pelvis along the running direction, leg lengths; NaN unseen. */
  heelForward: Record<Side, number[]>;
  /** Toe (else ankle) ahead of the pelvis, leg lengths; NaN unseen. */
  toeForward: Record<Side, number[]>;
  /** Lowest foot point above the clip's ground line, leg lengths (positive up); NaN unseen. */
  footHeight: Record<Side, number[]>;
  /** Heel and toe points were seen (BlazePose), so foot angles can be measured. */
  hasHeelAndToe: boolean;
}

const pair = (): Record<Side, number[]> => ({ left: [], right: [] });

/** Image y of the ground: a high percentile of the lowest foot point (robust to a few wild frames). */
const GROUND_PERCENTILE = 0.95;

function lowestFootY(set: TrackSet, side: Side, i: number): number {
  const ys = (['heel', 'foot_index', 'ankle'] as const)
    .map((part) => trackPoint(set, `${side}_${part}`, i)?.y)
    .filter((y): y is number => y !== undefined);
  return ys.length ? Math.max(...ys) : Number.NaN;
}

export function footSignals(set: TrackSet, dir: 1 | -1, legPx: number): FootSignals {
  const heelForward = pair(), toeForward = pair(), footHeight = pair();
  const n = set.t.length;
  let heelsAndToes = 0;
  const lows: number[] = [];
  for (const side of SIDES_LR) {
    for (let i = 0; i < n; i++) {
      const pelvis = pelvisAt(set, i);
      const heel = trackPoint(set, `${side}_heel`, i), toe = trackPoint(set, `${side}_foot_index`, i);
      const ankle = trackPoint(set, `${side}_ankle`, i);
      if (heel && toe) heelsAndToes++;
      const ahead = (p: Point | null): number => (pelvis && p ? (dir * (p.x - pelvis.x)) / legPx : Number.NaN);
      heelForward[side].push(ahead(heel ?? ankle));
      toeForward[side].push(ahead(toe ?? ankle));
      const low = lowestFootY(set, side, i);
      footHeight[side].push(low);
      if (Number.isFinite(low)) lows.push(low);
    }
  }
  lows.sort((a, b) => a - b);
  const ground = lows.length ? lows[Math.floor(GROUND_PERCENTILE * (lows.length - 1))]! : Number.NaN;
  for (const side of SIDES_LR) footHeight[side] = footHeight[side].map((y) => (ground - y) / legPx);
  return { heelForward, toeForward, footHeight, hasHeelAndToe: heelsAndToes > n };
}
