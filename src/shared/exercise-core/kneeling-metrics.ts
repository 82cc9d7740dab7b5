/**
 * Measures of a body kneeling or on hands and knees, seen from the side (image y down). Each is
 * taken against the body's own lines (the trunk, the thigh), not the picture's edges alone, and is
 * null where its keypoints are not seen.
 */
import {
  angleAt, angleFromVertical, distance, type KeypointMap, point, type Point, sided, type Side, sideMean, SIDES, thighLength,
  toDegrees,
} from '../pose';

/** The hip-to-knee length of the sides seen, averaged, px. */
function meanThigh(kps: KeypointMap): number | null {
  const t = SIDES.map((s) => thighLength(kps, s)).filter((v): v is number => v !== null && v > 0);
  return t.length ? t.reduce((a, b) => a + b, 0) / t.length : null;
}

/** A knee this much lower than the other (thigh lengths) may be the one on the floor. */
const KNEE_ON_FLOOR_DROP = 0.35;
/**
 * ...and is, when it is this close to the height of the lower ankle (thigh lengths): a standing
 * leg's knee is a shin above its ankle (on the real side-on high-knees clip the standing knee is
 * always the lower one, and read as kneeling on 106 of 136 frames without this).
 */
const KNEE_ON_FLOOR_HEIGHT = 0.4;

/** Half-kneeling: the side whose knee is on the floor (clearly lower than the other, down by the feet), or null. */
export function backKneeSide(kps: KeypointMap): Side | null {
  const l = point(kps, 'left_knee'), r = point(kps, 'right_knee'), thigh = meanThigh(kps);
  if (!l || !r || !thigh) return null;
  const drop = (l.y - r.y) / thigh;
  const low = drop > KNEE_ON_FLOOR_DROP ? 'left' : drop < -KNEE_ON_FLOOR_DROP ? 'right' : null;
  const ankles = SIDES.map((s) => point(kps, sided(s, 'ankle'))?.y).filter((y): y is number => y !== undefined);
  if (!low || !ankles.length) return null;
  const knee = low === 'left' ? l : r;
  return (Math.max(...ankles) - knee.y) / thigh < KNEE_ON_FLOOR_HEIGHT ? low : null;
}

/** Which way a half-kneeling person faces in the picture: +1 when the front knee is at larger x. */
export function kneelingFacing(kps: KeypointMap, back: Side): 1 | -1 | null {
  const b = point(kps, sided(back, 'knee')), f = point(kps, sided(back === 'left' ? 'right' : 'left', 'knee'));
  return b && f && b.x !== f.x ? (f.x > b.x ? 1 : -1) : null;
}

/** Signed angle of the line from `from` to `to` away from straight up, positive toward `facing` (degrees). */
const fromVerticalDeg = (from: Point, to: Point, facing: 1 | -1): number => facing * angleFromVertical(from, to);

/**
 * The back leg's thigh (knee to hip) from vertical, positive with the hip ahead of the knee: the
 * hip extended, which is what stretches the front of that hip.
 */
export function backThighDeg(kps: KeypointMap, back: Side, facing: 1 | -1): number | null {
  const k = point(kps, sided(back, 'knee')), h = point(kps, sided(back, 'hip'));
  return k && h ? fromVerticalDeg(k, h, facing) : null;
}

/** The trunk (hip midpoint to shoulder midpoint) from vertical, positive leaning forward, negative leaning back. */
export function kneelingTrunkDeg(kps: KeypointMap, facing: 1 | -1): number | null {
  const h = sideMean(kps, 'hip'), s = sideMean(kps, 'shoulder');
  return h && s ? fromVerticalDeg(h, s, facing) : null;
}

/**
 * Kneeling on one knee, trunk up: one knee clearly lower than the other, the hips above the low
 * knee (that thigh within 45 degrees of vertical) and the shoulders above the hips.
 */
export function isHalfKneeling(kps: KeypointMap): boolean {
  const back = backKneeSide(kps);
  if (!back) return false;
  const facing = kneelingFacing(kps, back);
  if (facing === null) return false;
  const thigh = backThighDeg(kps, back, facing), trunk = kneelingTrunkDeg(kps, facing);
  return thigh !== null && Math.abs(thigh) < 45 && trunk !== null && Math.abs(trunk) < 45;
}

/**
 * On hands and knees: the trunk within 35 degrees of level, a knee under the hips (its thigh
 * pointing down) and a wrist under the shoulders.
 */
export function isOnAllFours(kps: KeypointMap): boolean {
  const h = sideMean(kps, 'hip'), s = sideMean(kps, 'shoulder');
  if (!h || !s) return false;
  const trunkFromLevel = toDegrees(Math.atan2(Math.abs(h.y - s.y), Math.abs(h.x - s.x)));
  if (trunkFromLevel > 35) return false;
  const kneeDown = SIDES.some((side) => {
    const k = point(kps, sided(side, 'knee')), hip = point(kps, sided(side, 'hip'));
    return k && hip && k.y - hip.y > 0.6 * distance(k, hip);
  });
  const wristDown = SIDES.some((side) => {
    const w = point(kps, sided(side, 'wrist')), sh = point(kps, sided(side, 'shoulder'));
    return w && sh && w.y - sh.y > 0.6 * distance(w, sh);
  });
  return kneeDown && wristDown;
}

/**
 * How far a limb points below the body's line, degrees: the angle at `root` between the line
 * continued past it (from `base` through `root`) and the limb (root to `end`), positive below it.
 * 0: the limb carries the body's line on (a leg reaching straight back at hip height), 90: it
 * hangs straight down from a level trunk.
 */
export function belowBodyLineDeg(base: Point, root: Point, end: Point): number {
  const along = 180 - angleAt(base, root, end);
  // Below the line (further down the picture) when the turn from the line to the limb goes the
  // way the line runs across the picture.
  const dx = root.x - base.x, dy = root.y - base.y;
  const cross = dx * (end.y - root.y) - dy * (end.x - root.x);
  return Math.sign(cross) === (Math.sign(dx) || 1) ? along : -along;
}
