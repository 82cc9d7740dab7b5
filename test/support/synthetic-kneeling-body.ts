/**
 * Synthetic keypoints of a person kneeling on one knee (the kneeling hip-flexor stretch) or on
 * hands and knees (bird dog): the stick figure of synthetic-body.ts (its segment lengths, cm; x =
 * person's left, y up from the floor, z forward), posed by a few parameters with faults of known
 * size, seen by the same cameras (a side camera on the person's left, or turned part way).
 */
import type { KeypointName } from '../../src/shared/pose/keypoints';
import type { PoseFrame, Side } from '../../src/shared/exercise-core/session-types';
import { BODY, type Camera, projectKeypoints, sampleSegments, seededRandom, type V3 } from './synthetic-body';

type Points = Partial<Record<KeypointName, V3>>;
const rad = (deg: number) => (deg * Math.PI) / 180;
const sx = (side: Side) => (side === 'left' ? 1 : -1);
const KNEE_Y = 5;

/** The trunk, arms and head on the hip midpoint, leaning forward `leanDeg` from vertical (negative: back). */
function uprightTop(hm: V3, leanDeg: number, out: Points): void {
  const g = rad(leanDeg);
  const up: V3 = [0, Math.cos(g), Math.sin(g)];
  const at = (x: number, along: number, fwd = 0): V3 => [hm[0] + x, hm[1] + up[1] * along - up[2] * fwd, hm[2] + up[2] * along + up[1] * fwd];
  for (const side of ['left', 'right'] as const) {
    const x = sx(side) * BODY.shoulderHalf;
    const shoulder = at(x, BODY.torso);
    out[`${side}_shoulder`] = shoulder;
    out[`${side}_elbow`] = [shoulder[0] + sx(side) * 2, shoulder[1] - BODY.upperArm, shoulder[2]];
    out[`${side}_wrist`] = [shoulder[0] + sx(side) * 3, shoulder[1] - BODY.upperArm - BODY.forearm, shoulder[2] + 4];
    out[`${side}_ear`] = at(sx(side) * 7, BODY.torso + 25);
    out[`${side}_eye`] = at(sx(side) * 3, BODY.torso + 27, 7);
  }
  out.nose = at(0, BODY.torso + 24, 9);
}

export interface KneelingPose {
  /** The leg whose knee is on the floor (the hip being stretched). */
  back: Side;
  /** That thigh from vertical, the hip ahead of the knee (the stretch), degrees. */
  thighDeg?: number;
  /** The trunk from vertical, forward positive; negative is leaning back (the lower back arching). */
  trunkDeg?: number;
}

/** Half-kneeling: back knee and shin on the floor, front foot flat ahead with the thigh near level. */
function kneeling(p: KneelingPose): Points {
  const out: Points = {};
  const front: Side = p.back === 'left' ? 'right' : 'left';
  const phi = rad(p.thighDeg ?? 0);
  const backKnee: V3 = [sx(p.back) * BODY.hipHalf, KNEE_Y, 0];
  const hipY = KNEE_Y + BODY.thigh * Math.cos(phi), hipZ = BODY.thigh * Math.sin(phi);
  out[`${p.back}_knee`] = backKnee;
  out[`${p.back}_ankle`] = [backKnee[0], 8, -BODY.shin];
  out[`${p.back}_hip`] = [backKnee[0], hipY, hipZ];
  const hipF: V3 = [sx(front) * BODY.hipHalf, hipY, hipZ];
  out[`${front}_hip`] = hipF;
  // Front thigh 10 degrees below level, shin down to the floor.
  const kneeF: V3 = [hipF[0], hipY - BODY.thigh * Math.sin(rad(10)), hipZ + BODY.thigh * Math.cos(rad(10))];
  out[`${front}_knee`] = kneeF;
  const drop = Math.min(BODY.shin, kneeF[1] - 8);
  out[`${front}_ankle`] = [kneeF[0], 8, kneeF[2] + Math.sqrt(BODY.shin ** 2 - drop ** 2)];
  uprightTop([0, hipY, hipZ], p.trunkDeg ?? 0, out);
  return out;
}

export interface AllFoursPose {
  /** Bird dog: share of the reach, 0 kneeling on all fours, 1 the leg straight back and the other arm straight forward. */
  reach?: number;
  /** The leg that reaches back (the other side's arm reaches forward). */
  leg?: Side;
  /** At full reach, the leg this far below hip height, and the arm this far below shoulder height (degrees). */
  legShortDeg?: number;
  armShortDeg?: number;
  /** The reaching leg's hip raised by turning the pelvis about the other hip, degrees (hips tipping). */
  hipTipDeg?: number;
  /** The hips sinking toward the floor, cm (the trunk sagging). */
  sagCm?: number;
}

/** On hands and knees: knees under the hips, wrists under the shoulders, shins back along the floor. */
function allFours(p: AllFoursPose): Points {
  const out: Points = {};
  const r = p.reach ?? 0, leg = p.leg ?? 'left';
  const arm: Side = leg === 'left' ? 'right' : 'left';
  const hipY = KNEE_Y + BODY.thigh - (p.sagCm ?? 0);
  const shoulderZ = 62, wristY = 3, shoulderY = wristY + BODY.upperArm + BODY.forearm;
  for (const side of ['left', 'right'] as const) {
    const x = sx(side) * BODY.hipHalf;
    const tip = side === leg ? 2 * BODY.hipHalf * Math.sin(rad(p.hipTipDeg ?? 0)) : 0;
    const hip: V3 = [x, hipY + tip, 0];
    out[`${side}_hip`] = hip;
    // The reaching leg's thigh swings from straight down to straight back (less its shortfall),
    // its shin from back along the floor to in line with the thigh.
    const lift = side === leg ? r : 0;
    const beta = rad(lift * (90 - (p.legShortDeg ?? 0)));
    const knee: V3 = [x, hip[1] - BODY.thigh * Math.cos(beta), -BODY.thigh * Math.sin(beta)];
    const shinAngle = beta + (rad(90) - beta) * (1 - lift);
    out[`${side}_knee`] = knee;
    out[`${side}_ankle`] = [x, knee[1] - BODY.shin * Math.cos(shinAngle), knee[2] - BODY.shin * Math.sin(shinAngle)];
    const sxs = sx(side) * BODY.shoulderHalf;
    const shoulder: V3 = [sxs, shoulderY, shoulderZ];
    out[`${side}_shoulder`] = shoulder;
    const gamma = rad((side === arm ? r : 0) * (90 - (p.armShortDeg ?? 0)));
    const dir: V3 = [0, -Math.cos(gamma), Math.sin(gamma)];
    out[`${side}_elbow`] = [sxs, shoulder[1] + dir[1] * BODY.upperArm, shoulder[2] + dir[2] * BODY.upperArm];
    out[`${side}_wrist`] = [sxs, shoulder[1] + dir[1] * (BODY.upperArm + BODY.forearm), shoulder[2] + dir[2] * (BODY.upperArm + BODY.forearm)];
    out[`${side}_ear`] = [sx(side) * 7, shoulderY + 4, shoulderZ + 22];
    out[`${side}_eye`] = [sx(side) * 3, shoulderY + 2, shoulderZ + 27];
  }
  out.nose = [0, shoulderY - 2, shoulderZ + 30];
  return out;
}

export interface KneelingSegment<P> {
  durationS: number;
  pose: (u: number) => P;
}

export const hold = <P>(durationS: number, pose: P): KneelingSegment<P> => ({ durationS, pose: () => pose });

/** Eases the numeric fields of `from` into `to`; other fields come from `to`. */
export function shift<P extends object>(durationS: number, from: P, to: P): KneelingSegment<P> {
  return {
    durationS,
    pose: (u) => {
      const e = u * u * (3 - 2 * u);
      const out = { ...to } as Record<string, unknown>;
      for (const [k, b] of Object.entries(to)) {
        const a = (from as Record<string, unknown>)[k];
        if (typeof b === 'number') out[k] = (typeof a === 'number' ? a : 0) + (b - (typeof a === 'number' ? a : 0)) * e;
      }
      return out as P;
    },
  };
}

function renderWith<P>(segments: ReadonlyArray<KneelingSegment<P>>, build: (p: P) => Points, cam: Camera, fps: number): PoseFrame[] {
  const rand = seededRandom(cam.seed ?? 7);
  return sampleSegments(segments, fps, (p, t) => ({
    t, keypoints: projectKeypoints(build(p), { ...cam, model: 'blazepose', floorY: cam.floorY ?? 440 }, rand), width: cam.width ?? 640, height: cam.height ?? 480,
  }));
}

export const renderKneeling = (segments: ReadonlyArray<KneelingSegment<KneelingPose>>, cam: Camera, fps = 30) => renderWith(segments, kneeling, cam, fps);
export const renderAllFours = (segments: ReadonlyArray<KneelingSegment<AllFoursPose>>, cam: Camera, fps = 30) => renderWith(segments, allFours, cam, fps);
