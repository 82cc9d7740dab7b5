/**
 * Picking a leg by where it is rather than by its label: the leg landing in front, the leg pushing
 * off behind, the leg on the ground. Each is taken from the frame itself, so a left/right label
 * the model got wrong does not move a measure onto the other leg.
 */
import { type Point, type KeypointMap, midOf, point, sided } from '../pose';
import type { Side } from '../exercise-core';

export interface LegPoints {
  side: Side;
  knee: Point | null;
  ankle: Point | null;
  heel: Point | null;
  toe: Point | null;
}

/** Hip midpoint, or the one hip seen (the hips nearly coincide in a side view). */
export const pelvisOf = (kps: KeypointMap): Point | null =>
  midOf(kps, 'left_hip', 'right_hip') ?? point(kps, 'left_hip') ?? point(kps, 'right_hip');

export function legOf(kps: KeypointMap, side: Side): LegPoints {
  return {
    side,
    knee: point(kps, sided(side, 'knee')),
    ankle: point(kps, sided(side, 'ankle')),
    heel: point(kps, sided(side, 'heel')),
    toe: point(kps, sided(side, 'foot_index')),
  };
}

const forward = (p: Point | null, dir: 1 | -1): number => (p ? dir * p.x : Number.NaN);

function better(kps: KeypointMap, score: (leg: LegPoints) => number, highest: boolean): LegPoints | null {
  const l = legOf(kps, 'left'), r = legOf(kps, 'right');
  const a = score(l), b = score(r);
  if (!Number.isFinite(a)) return Number.isFinite(b) ? r : null;
  if (!Number.isFinite(b)) return l;
  return (highest ? a >= b : a <= b) ? l : r;
}

/** The leg whose heel (else ankle) is furthest forward: the landing leg at a contact. */
export const leadingLeg = (kps: KeypointMap, dir: 1 | -1): LegPoints | null =>
  better(kps, (leg) => forward(leg.heel ?? leg.ankle, dir), true);

/** The leg whose toe (else ankle) is furthest back: the pushing-off leg at a toe-off. */
export const trailingLeg = (kps: KeypointMap, dir: 1 | -1): LegPoints | null =>
  better(kps, (leg) => forward(leg.toe ?? leg.ankle, dir), false);

/** The leg whose lowest foot point is lowest in the image: the stance leg while running. */
export const groundLeg = (kps: KeypointMap): LegPoints | null =>
  better(kps, (leg) => Math.max(...[leg.heel, leg.toe, leg.ankle].map((p) => p?.y ?? Number.NaN).filter(Number.isFinite)), true);
