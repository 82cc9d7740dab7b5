/**
 * Measurements for exercises done lying on the floor. A person lying down may lie any way across
 * the picture (camera at the feet, overhead or beside them), so nothing here uses image up/down:
 * pelvis angles are taken against the body's own axis (hip midpoint to shoulder midpoint), and
 * movements are displacements of a limb point from where it lay at calibration, relative to its
 * own joint, as a share of a body length. Every function returns null when a keypoint it needs is
 * not seen.
 */
import { sideMean, angleAt, distance, median, toDegrees, type Point, type KeypointMap, point, sided, SIDES } from '../pose';
import type { Side } from './session-types';

/**
 * Torso length (hip midpoint to shoulder midpoint) over hip width on an undistorted adult body:
 * 2.2-2.8 for the pose models' keypoints on people standing square to the camera (median per clip
 * over the front-view squat and knee-raise clips); the middle, so a hike seen from the feet reads
 * within about 12% of its size either way. A camera at the feet, looking along
 * the body, shortens the torso in the picture but not the hip width, so the picture's ratio over
 * this one gives how much lengths along the body are foreshortened.
 */
const TORSO_PER_HIP_WIDTH = 2.5;
/** Hip keypoints closer than this share of the torso length overlap: a side view, no hip line to measure. */
const MIN_HIP_WIDTH_SHARE = 0.25;
/** Leg length (hip to ankle) over hip width; scales movements when the legs point at the camera. */
const LEG_PER_HIP_WIDTH = 3;
/**
 * People standing square to the camera read 0.88 and up (torso 2.2+ hip widths); below this they
 * lie along the view (a camera at the feet looking down at up to about 40 degrees).
 */
const LYING_MAX_ALONG_SCALE = 0.75;
/** A standing body runs within 30 degrees of straight up the picture (camera roll and lean included). */
const STANDING_AXIS_COS = Math.cos(Math.PI / 6);

const sub = (a: Point, b: Point): Point => ({ x: a.x - b.x, y: a.y - b.y });
const dot = (a: Point, b: Point): number => a.x * b.x + a.y * b.y;

/** Unit vector from the hip midpoint toward the shoulder midpoint (toward the head), and the torso length. */
export function bodyAxis(kps: KeypointMap): { unit: Point; torso: number } | null {
  const s = sideMean(kps, 'shoulder'), h = sideMean(kps, 'hip');
  if (!s || !h) return null;
  const torso = distance(s, h);
  if (torso === 0) return null;
  return { unit: { x: (s.x - h.x) / torso, y: (s.y - h.y) / torso }, torso };
}

function hipWidth(kps: KeypointMap): number | null {
  const l = point(kps, 'left_hip'), r = point(kps, 'right_hip');
  return l && r ? distance(l, r) : null;
}

/**
 * How much lengths along the body are shortened in the picture (1 = not at all, seen from above or
 * from the side; about 0.3-0.5 with the camera low at the feet), from the torso over the hip width.
 */
export function alongBodyScale(kps: KeypointMap): number | null {
  const axis = bodyAxis(kps), w = hipWidth(kps);
  if (!axis || !w) return null;
  return Math.min(1, axis.torso / w / TORSO_PER_HIP_WIDTH);
}

/**
 * The hip line against the perpendicular of the body axis, degrees, positive when the left hip is
 * nearer the head. `foreshortening` (alongBodyScale at calibration) restores lengths along the body,
 * so a camera at the feet reads the same angle as one overhead. Null when the hips overlap (side view).
 */
export function hipLineTiltDeg(kps: KeypointMap, foreshortening = 1): number | null {
  const l = point(kps, 'left_hip'), r = point(kps, 'right_hip'), axis = bodyAxis(kps);
  if (!l || !r || !axis) return null;
  const d = sub(l, r);
  if (Math.hypot(d.x, d.y) < MIN_HIP_WIDTH_SHARE * axis.torso * foreshortening) return null;
  const along = dot(d, axis.unit) / foreshortening;
  const across = Math.abs(d.x * -axis.unit.y + d.y * axis.unit.x);
  return toDegrees(Math.atan2(along, across));
}

/**
 * Angle of the right-to-left hip line in the picture, degrees. Only its change from calibration
 * means anything (the camera stays put): it needs no body axis, which a bridge seen from the feet
 * loses as the hips rise toward the shoulders in the picture.
 */
export function hipLineImageDeg(kps: KeypointMap): number | null {
  const l = point(kps, 'left_hip'), r = point(kps, 'right_hip');
  return l && r && distance(l, r) > 0 ? toDegrees(Math.atan2(l.y - r.y, l.x - r.x)) : null;
}

/** a - b wrapped into -180..180 degrees. */
export const angleChangeDeg = (a: number, b: number): number => ((((a - b) % 360) + 540) % 360) - 180;

/** Left shoulder-to-hip distance over the right one (a hitched hip shortens its side). */
export function trunkSideRatio(kps: KeypointMap): number | null {
  const ls = point(kps, 'left_shoulder'), lh = point(kps, 'left_hip');
  const rs = point(kps, 'right_shoulder'), rh = point(kps, 'right_hip');
  if (!ls || !lh || !rs || !rh) return null;
  const right = distance(rs, rh);
  return right > 0 ? distance(ls, lh) / right : null;
}

export type LimbPart = 'knee' | 'ankle' | 'wrist';
const ANCHOR: Record<LimbPart, 'hip' | 'shoulder'> = { knee: 'hip', ankle: 'hip', wrist: 'shoulder' };

/** Position of a limb point relative to its own hip (legs) or shoulder (arms). */
function limbVector(kps: KeypointMap, side: Side, part: LimbPart): Point | null {
  const p = point(kps, sided(side, part)), a = point(kps, sided(side, ANCHOR[part]));
  return p && a ? sub(p, a) : null;
}

/** How far a limb point has moved from its calibrated place relative to its joint, px. */
export function limbTravel(kps: KeypointMap, side: Side, part: LimbPart, rest: Point | null): number | null {
  const v = limbVector(kps, side, part);
  return v && rest ? distance(v, rest) : null;
}

/** limbTravel as a share of the calibrated body length (FloorBaseline.scale). */
export function limbTravelShare(kps: KeypointMap, floor: FloorBaseline, side: Side, part: LimbPart): number | null {
  const travel = limbTravel(kps, side, part, floor.rest[side][part]);
  return travel === null ? null : travel / floor.scale;
}

/** The hip midpoint relative to the ankle midpoint (a bridge moves it; the feet stay put). */
export function hipOverFeet(kps: KeypointMap): Point | null {
  const h = sideMean(kps, 'hip'), a = sideMean(kps, 'ankle');
  return h && a ? sub(h, a) : null;
}

/** Hip-knee-ankle angle, 180 = straight leg. */
export function kneeAngleDeg(kps: KeypointMap, side: Side): number | null {
  const h = point(kps, sided(side, 'hip')), k = point(kps, sided(side, 'knee')), a = point(kps, sided(side, 'ankle'));
  return h && k && a ? angleAt(h, k, a) : null;
}

/**
 * Leg raised off the floor: angle between hip-to-ankle and the body axis carried on past the hips,
 * degrees (0 lying flat, 90 pointing at the ceiling). Only meaningful in a side view.
 */
export function legElevationDeg(kps: KeypointMap, side: Side): number | null {
  const axis = bodyAxis(kps), h = point(kps, sided(side, 'hip')), a = point(kps, sided(side, 'ankle'));
  if (!axis || !h || !a) return null;
  const leg = sub(a, h), len = Math.hypot(leg.x, leg.y);
  if (len === 0) return null;
  const cos = -dot(leg, axis.unit) / len;
  return toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
}

/** Shoulder-hip-knee angle, 180 = hips in line with shoulders and knees (top of a bridge). */
export function hipAngleDeg(kps: KeypointMap): number | null {
  const s = sideMean(kps, 'shoulder'), h = sideMean(kps, 'hip'), k = sideMean(kps, 'knee');
  return s && h && k ? angleAt(s, h, k) : null;
}

/** What a lying calibration keeps: where each limb point lay, and the body lengths movements are scaled by. */
export interface FloorBaseline {
  /** Limb positions relative to their joints at rest, px. */
  rest: Record<Side, Record<LimbPart, Point | null>>;
  hipOverFeet: Point | null;
  /** Length movements are divided by: the longer of the leg (thigh + shin) and LEG_PER_HIP_WIDTH hip widths, px. */
  scale: number;
  foreshortening: number;
  /** Shoulder-hip-knee angle lying at rest, degrees (see hipAngleDeg). */
  hipAngleDeg: number | null;
  /** Null in a side view (the hips overlap). */
  hipLineTiltDeg: number | null;
  hipLineImageDeg: number | null;
  trunkSideRatio: number | null;
}

export function floorBaseline(frames: readonly KeypointMap[]): FloorBaseline | null {
  const medianPoint = (f: (k: KeypointMap) => Point | null): Point | null => {
    const pts = frames.map(f);
    const x = median(pts.map((p) => p?.x ?? null)), y = median(pts.map((p) => p?.y ?? null));
    return x === null || y === null ? null : { x, y };
  };
  const rest = {} as FloorBaseline['rest'];
  for (const side of SIDES) {
    rest[side] = {
      knee: medianPoint((k) => limbVector(k, side, 'knee')),
      ankle: medianPoint((k) => limbVector(k, side, 'ankle')),
      wrist: medianPoint((k) => limbVector(k, side, 'wrist')),
    };
  }
  const legs = SIDES.map((side) => median(frames.map((k) => {
    const h = point(k, sided(side, 'hip')), kn = point(k, sided(side, 'knee')), a = point(k, sided(side, 'ankle'));
    return h && kn && a ? distance(h, kn) + distance(kn, a) : null;
  })));
  const width = median(frames.map(hipWidth));
  const scale = Math.max(...legs.map((l) => l ?? 0), LEG_PER_HIP_WIDTH * (width ?? 0));
  if (!(scale > 0)) return null;
  const foreshortening = median(frames.map(alongBodyScale)) ?? 1;
  return {
    rest,
    hipOverFeet: medianPoint(hipOverFeet),
    scale,
    foreshortening,
    hipAngleDeg: median(frames.map(hipAngleDeg)),
    hipLineTiltDeg: median(frames.map((k) => hipLineTiltDeg(k, foreshortening))),
    hipLineImageDeg: median(frames.map(hipLineImageDeg)),
    trunkSideRatio: median(frames.map(trunkSideRatio)),
  };
}

/**
 * Lying down rather than standing: the body axis runs across or down the picture (head lower than
 * hips), or, with the camera at the feet looking along the body, the torso looks short next to the
 * hip width. A camera overhead with the head at the top of the picture sees what a camera facing a
 * standing person sees, so that one placement reads as standing.
 */
export function isLying(kps: KeypointMap): boolean {
  const axis = bodyAxis(kps);
  if (!axis) return false;
  if (axis.unit.y > -STANDING_AXIS_COS) return true;
  const scale = alongBodyScale(kps);
  return scale !== null && scale < LYING_MAX_ALONG_SCALE;
}
