/**
 * Per-frame body measurements from confident keypoints. Every function returns null when a
 * keypoint it needs is not seen. Angles in degrees, lengths in pixels unless a body length is given.
 */
import { angleFromVertical, distance, midpoint, toDegrees, type Point } from './geometry';
import type { KeypointMap, Side } from './keypoints';
import { midOf, point, sided, SIDES } from './pose-points';

/** +1 when the person's left side appears at larger x (camera facing them, image not mirrored), -1 if mirrored. */
export function lateralSign(kps: KeypointMap): 1 | -1 | null {
  let dx = 0;
  for (const part of ['shoulder', 'hip'] as const) {
    const l = point(kps, sided('left', part)), r = point(kps, sided('right', part));
    if (l && r) dx += l.x - r.x;
  }
  return dx === 0 ? null : dx > 0 ? 1 : -1;
}

/** +1 when the person faces +x in a side view: toes ahead of ankles, else nose ahead of ears, else of shoulders. */
export function facingSign(kps: KeypointMap): 1 | -1 | null {
  const votes: Array<[Point | null, Point | null]> = [
    [sideMean(kps, 'foot_index'), sideMean(kps, 'ankle')],
    [point(kps, 'nose'), sideMean(kps, 'ear')],
    [point(kps, 'nose'), sideMean(kps, 'shoulder')],
  ];
  for (const [front, back] of votes) {
    if (front && back && front.x !== back.x) return front.x > back.x ? 1 : -1;
  }
  return null;
}

/** Midpoint of the left and right keypoint, or the one that is seen (side views hide the far side). */
export function sideMean(kps: KeypointMap, part: 'shoulder' | 'hip' | 'knee' | 'ankle' | 'heel' | 'foot_index' | 'ear'): Point | null {
  const l = point(kps, sided('left', part)), r = point(kps, sided('right', part));
  return l && r ? midpoint(l, r) : l ?? r;
}

/** Hip-mid to shoulder-mid distance. */
export function torsoLength(kps: KeypointMap): number | null {
  const s = sideMean(kps, 'shoulder'), h = sideMean(kps, 'hip');
  return s && h ? distance(s, h) : null;
}

/** Torso length over thigh length standing: 1.35 in the real clips' MoveNet keypoints (1.07-1.51 across 16). */
const TORSO_PER_THIGH = 1.35;

/**
 * The torso length, or with the shoulders out of the picture (a close phone camera) the length the
 * thighs imply: a yardstick for "still" and "moved" that needs only hips and knees.
 */
export function bodyScale(kps: KeypointMap): number | null {
  const torso = torsoLength(kps);
  if (torso) return torso;
  const thighs = SIDES.map((s) => thighLength(kps, s)).filter((v): v is number => v !== null && v > 0);
  return thighs.length ? (TORSO_PER_THIGH * thighs.reduce((a, b) => a + b, 0)) / thighs.length : null;
}

export function thighLength(kps: KeypointMap, side: Side): number | null {
  const h = point(kps, sided(side, 'hip')), k = point(kps, sided(side, 'knee'));
  return h && k ? distance(h, k) : null;
}

export function legLength(kps: KeypointMap, side: Side): number | null {
  const h = point(kps, sided(side, 'hip')), a = point(kps, sided(side, 'ankle'));
  return h && a ? distance(h, a) : null;
}

/** Hip-to-hip line against horizontal (front view), positive when the left hip is higher. */
export function pelvicObliquityDeg(kps: KeypointMap, lateral: 1 | -1): number | null {
  const l = point(kps, 'left_hip'), r = point(kps, 'right_hip');
  return l && r ? toDegrees(Math.atan2(r.y - l.y, lateral * (l.x - r.x))) : null;
}

/** Hip-mid to shoulder-mid line against vertical (front view), positive when leaning to the person's left. */
export function sideLeanDeg(kps: KeypointMap, lateral: 1 | -1): number | null {
  const h = midOf(kps, 'left_hip', 'right_hip'), s = midOf(kps, 'left_shoulder', 'right_shoulder');
  return h && s ? lateral * angleFromVertical(h, s) : null;
}

/**
 * The trunk's sideways tilt from the shoulders' sideways offset over the hips, as a share of the
 * standing torso length (asin), degrees, toward the person's left positive as sideLeanDeg. The angle
 * of the trunk line (sideLeanDeg) grows as the trunk tips forward and its upright extent in the
 * picture shrinks, so at a squat's bottom (real people's trunks 40-56 degrees forward) a small turn
 * of the body read as a large side lean; this does not.
 */
export function sideTiltDeg(kps: KeypointMap, lateral: 1 | -1, standingTorso: number): number | null {
  const h = midOf(kps, 'left_hip', 'right_hip'), s = midOf(kps, 'left_shoulder', 'right_shoulder');
  if (!h || !s || !(standingTorso > 0)) return null;
  return lateral * toDegrees(Math.asin(Math.max(-1, Math.min(1, (s.x - h.x) / standingTorso))));
}

/**
 * Pelvic obliquity against the trunk's own axis (the perpendicular of the hip-mid to shoulder-mid
 * line), positive when the left hip is higher. Skeleton hip points follow the trunk when a person
 * leans (and a rolled camera turns both), so this is what is left of the hip line's tilt once the
 * lean is taken out: a hip hitched toward the ribs rather than the whole body tipping.
 */
export function pelvisToTrunkDeg(kps: KeypointMap, lateral: 1 | -1): number | null {
  const obliquity = pelvicObliquityDeg(kps, lateral), lean = sideLeanDeg(kps, lateral);
  return obliquity !== null && lean !== null ? obliquity + lean : null;
}

/** Rise of the knee above its standing height over thigh length: 0 standing, about 1 with the thigh level. */
export function kneeLift(kps: KeypointMap, side: Side, standingKneeY: number, thigh: number): number | null {
  const k = point(kps, sided(side, 'knee'));
  return k ? (standingKneeY - k.y) / thigh : null;
}

/**
 * How far the heel has come up behind toward the knee, as a share of the standing shin's height
 * (`standingShinPx`: knee to ankle, straight): 0 standing, 1 - cos(knee bend) with the thigh
 * upright, so 1 with the shin level and more as the heel nears the buttock. Measured against the
 * knee, a thigh swinging forward (a march) leaves the hanging shin, and so the reading, near 0.
 */
export function heelCurl(kps: KeypointMap, side: Side, standingShinPx: number): number | null {
  const k = point(kps, sided(side, 'knee')), a = point(kps, sided(side, 'ankle'));
  return k && a && standingShinPx > 0 ? 1 - (a.y - k.y) / standingShinPx : null;
}

/**
 * The same rise measured against the same side's hip: how far the thigh has swung up. The whole
 * body rising or sinking (high knees are done bouncing on the balls of the feet; the standing knee
 * bends) moves knee and hip together and is no lift, so reps are counted on this.
 */
export function kneeLiftFromHip(kps: KeypointMap, side: Side, standingKneeY: number, standingHipY: number, thigh: number): number | null {
  const k = point(kps, sided(side, 'knee')), h = point(kps, sided(side, 'hip'));
  return k && h ? (standingKneeY - standingHipY - (k.y - h.y)) / thigh : null;
}

/** Squat depth d = (knee y - hip y) / thigh length: about 1 standing, 0 with thighs level, below 0 deeper. */
export function squatDepth(kps: KeypointMap, thigh: number): number | null {
  const h = sideMean(kps, 'hip'), k = sideMean(kps, 'knee');
  return h && k ? (k.y - h.y) / thigh : null;
}

/** Knee-to-knee over ankle-to-ankle distance (front view). */
export function kneeWidthRatio(kps: KeypointMap): number | null {
  const lk = point(kps, 'left_knee'), rk = point(kps, 'right_knee');
  const la = point(kps, 'left_ankle'), ra = point(kps, 'right_ankle');
  if (!lk || !rk || !la || !ra) return null;
  const ankles = distance(la, ra);
  return ankles > 0 ? distance(lk, rk) / ankles : null;
}

/** Sideways offset of the hip midpoint from the ankle midpoint, toward the person's left, over thigh length. */
export function hipShift(kps: KeypointMap, thigh: number): number | null {
  return overFeet(kps, midOf(kps, 'left_hip', 'right_hip'), thigh);
}

/** The same for the knee midpoint. */
export function kneeShift(kps: KeypointMap, thigh: number): number | null {
  return overFeet(kps, midOf(kps, 'left_knee', 'right_knee'), thigh);
}

function overFeet(kps: KeypointMap, h: { x: number; y: number } | null, thigh: number): number | null {
  const la = point(kps, 'left_ankle'), ra = point(kps, 'right_ankle');
  if (!la || !ra || !h) return null;
  const ax = la.x - ra.x, ay = la.y - ra.y;
  const len = Math.hypot(ax, ay);
  if (len === 0) return null;
  const a = midpoint(la, ra);
  return ((h.x - a.x) * ax + (h.y - a.y) * ay) / len / thigh;
}

/** Trunk (hip to shoulder) angle from vertical in a side view, positive leaning toward where the person faces. */
export function trunkForwardDeg(kps: KeypointMap, facing: 1 | -1): number | null {
  const h = sideMean(kps, 'hip'), s = sideMean(kps, 'shoulder');
  return h && s ? facing * angleFromVertical(h, s) : null;
}

/** Height of the shoulder midpoint above the hip midpoint, px (either side's point when one is hidden). */
export function trunkRise(kps: KeypointMap): number | null {
  const h = sideMean(kps, 'hip'), s = sideMean(kps, 'shoulder');
  return h && s ? h.y - s.y : null;
}

/** Shin (ankle to knee) angle from vertical in a side view, positive with the knee ahead of the ankle. */
function shinForwardDeg(kps: KeypointMap, side: Side, facing: 1 | -1): number | null {
  const a = point(kps, sided(side, 'ankle')), k = point(kps, sided(side, 'knee'));
  return a && k ? facing * angleFromVertical(a, k) : null;
}

/** Mean shin angle of the legs seen; a knee below its ankle is a tracking glitch and is left out. */
export function meanShinForwardDeg(kps: KeypointMap, facing: 1 | -1): number | null {
  const angles = SIDES.map((s) => shinForwardDeg(kps, s, facing)).filter((a): a is number => a !== null && Math.abs(a) < 90);
  return angles.length ? angles.reduce((a, b) => a + b, 0) / angles.length : null;
}

/** Rise of the heel above its standing height over thigh length. */
export function heelRise(kps: KeypointMap, side: Side, standingHeelY: number, thigh: number): number | null {
  const h = point(kps, sided(side, 'heel'));
  return h ? (standingHeelY - h.y) / thigh : null;
}

/** cos(25 deg): a thigh within 25 degrees of vertical counts as standing. */
const STANDING_THIGH_COS = 0.9;

/** Thighs near vertical on every side seen (hip above knee by most of the thigh length). */
export function isStanding(kps: KeypointMap): boolean {
  let seen = 0;
  for (const side of SIDES) {
    const h = point(kps, sided(side, 'hip')), k = point(kps, sided(side, 'knee'));
    if (!h || !k) continue;
    seen++;
    if ((k.y - h.y) / distance(h, k) < STANDING_THIGH_COS) return false;
  }
  return seen > 0;
}

/** Standing tall: how far the higher knee lies below the hip midpoint, px (larger = straighter legs). */
export function kneesBelowHips(kps: KeypointMap): number | null {
  const knees = SIDES.map((s) => point(kps, sided(s, 'knee'))).filter((p): p is Point => p !== null);
  const hip = sideMean(kps, 'hip');
  return knees.length && hip ? Math.min(...knees.map((k) => k.y)) - hip.y : null;
}
