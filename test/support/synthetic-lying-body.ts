/**
 * Synthetic keypoints of a person lying on their back, for the floor exercises: a stick figure in
 * 3D (cm; x = person's left, y = toward the head along the body with the hip midpoint at 0, z = up
 * from the floor), posed by a few parameters with hip hikes of known size, projected by a camera
 * overhead (the body at any angle across the picture), at the feet (low, looking along the body)
 * or beside the person, with optional pixel noise.
 */
import type { KeypointMap, KeypointName } from '../../src/shared/pose/keypoints';
import type { PoseFrame, Side } from '../../src/shared/exercise-core/session-types';
import { sampleSegments, seededRandom } from './synthetic-body';

export interface LyingPose {
  /** Start with both knees bent and feet flat (bridge, supine march, dead bug) instead of legs straight. */
  kneesBent?: boolean;
  /** Heel slide: share of a full slide (knee bent to 120 degrees, heel dragged along the floor), per side. */
  slideLeft?: number;
  slideRight?: number;
  /** Straight leg raise: the leg's angle off the floor, degrees. */
  raiseLeftDeg?: number;
  raiseRightDeg?: number;
  /** Supine march: share of the knee's travel from feet-flat to hip flexed 100 degrees. */
  kneeUpLeft?: number;
  kneeUpRight?: number;
  /** Bridge: share of full hip lift (shoulders, hips and knees in line). */
  bridge?: number;
  /** Bridge: one hip lower than the other, the hip line turned this many degrees toward the floor on `sagSide`. */
  sagDeg?: number;
  sagSide?: Side;
  /** Dead bug: share of the arm's reach from pointing at the ceiling to overhead along the floor. */
  reachLeft?: number;
  reachRight?: number;
  /** Hip hike: the pelvis turns in the floor plane about the other hip, the hiking hip moving toward the head, degrees. */
  hikeDeg?: number;
  hikeSide?: Side;
}

export interface LyingCamera {
  view: 'overhead' | 'feet' | 'side';
  /** Overhead: angle of the body in the picture (0 = head up the picture); others: camera roll. Degrees. */
  angleDeg?: number;
  /** Feet camera: how far it looks down (lengths along the body shrink by its sine). Default 25. */
  tiltDeg?: number;
  pxPerCm?: number;
  width?: number;
  height?: number;
  noisePx?: number;
  seed?: number;
}

type V3 = [number, number, number];

const BODY = { thigh: 44, shin: 42, torso: 52, hipHalf: 10, shoulderHalf: 19, upperArm: 30, forearm: 26, head: 24 };
const rad = (deg: number) => (deg * Math.PI) / 180;

function skeleton(p: LyingPose): Partial<Record<KeypointName, V3>> {
  const out: Partial<Record<KeypointName, V3>> = {};
  const hikeRise = p.hikeDeg && p.hikeSide ? 2 * BODY.hipHalf * Math.sin(rad(p.hikeDeg)) : 0;
  const lift = (p.bridge ?? 0) * 0.45 * BODY.thigh;
  for (const side of ['left', 'right'] as const) {
    const sx = side === 'left' ? 1 : -1;
    const shift = side === p.hikeSide ? hikeRise : 0;
    const sag = side === p.sagSide ? 2 * BODY.hipHalf * Math.sin(rad(p.sagDeg ?? 0)) : 0;
    const hip: V3 = [sx * BODY.hipHalf, shift, lift - sag];
    let knee: V3, ankle: V3;
    const slide = side === 'left' ? p.slideLeft ?? 0 : p.slideRight ?? 0;
    const raise = side === 'left' ? p.raiseLeftDeg ?? 0 : p.raiseRightDeg ?? 0;
    const kneeUp = side === 'left' ? p.kneeUpLeft ?? 0 : p.kneeUpRight ?? 0;
    if (p.kneesBent || kneeUp > 0) {
      // Feet flat: thigh 45 degrees off the floor; a march swings it up to 100 with the shin level.
      const a = rad(45 + 55 * kneeUp);
      knee = [hip[0], shift - BODY.thigh * Math.cos(a), BODY.thigh * Math.sin(a)];
      const b = rad(45 * (1 - kneeUp));
      ankle = kneeUp > 0
        ? [hip[0], knee[1] - BODY.shin * Math.cos(b), Math.max(0, knee[2] - BODY.shin * Math.sin(b))]
        : [hip[0], knee[1] - BODY.shin * Math.cos(a), 0];
      // The bridge lifts the hips about the feet; knees stay over the feet.
      if (lift > 0) knee = [knee[0], knee[1], knee[2] + lift * 0.2];
    } else if (raise > 0) {
      const e = rad(raise);
      knee = [hip[0], shift - BODY.thigh * Math.cos(e), BODY.thigh * Math.sin(e)];
      ankle = [hip[0], shift - (BODY.thigh + BODY.shin) * Math.cos(e), (BODY.thigh + BODY.shin) * Math.sin(e)];
    } else {
      const a = rad(60 * slide);
      knee = [hip[0], shift - BODY.thigh * Math.cos(a), BODY.thigh * Math.sin(a)];
      ankle = [hip[0], knee[1] - BODY.shin * Math.cos(a), 0];
    }
    Object.assign(out, { [`${side}_hip`]: hip, [`${side}_knee`]: knee, [`${side}_ankle`]: ankle });
    const reach = side === 'left' ? p.reachLeft ?? 0 : p.reachRight ?? 0;
    const shoulder: V3 = [sx * BODY.shoulderHalf, BODY.torso, 0];
    const arm = BODY.upperArm + BODY.forearm;
    const r = rad(90 * reach);
    out[`${side}_shoulder`] = shoulder;
    out[`${side}_elbow`] = [shoulder[0], shoulder[1] + BODY.upperArm * Math.sin(r), BODY.upperArm * Math.cos(r)];
    out[`${side}_wrist`] = [shoulder[0], shoulder[1] + arm * Math.sin(r), arm * Math.cos(r)];
  }
  Object.assign(out, {
    nose: [0, BODY.torso + BODY.head, 10] as V3,
    left_eye: [3, BODY.torso + BODY.head + 2, 9] as V3, right_eye: [-3, BODY.torso + BODY.head + 2, 9] as V3,
    left_ear: [8, BODY.torso + BODY.head - 2, 4] as V3, right_ear: [-8, BODY.torso + BODY.head - 2, 4] as V3,
  });
  return out;
}

function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

export function lyingKeypoints(pose: LyingPose, cam: LyingCamera, rand: () => number = seededRandom(1)): KeypointMap {
  const width = cam.width ?? 640, height = cam.height ?? 480;
  const s = cam.pxPerCm ?? 1.8;
  const angle = rad(cam.angleDeg ?? 0), tilt = rad(cam.tiltDeg ?? 25);
  const kps: KeypointMap = {};
  for (const [name, [x, y, z]] of Object.entries(skeleton(pose)) as Array<[KeypointName, V3]>) {
    // Picture coordinates before rotation: u right, w up, centred on the body.
    let u: number, w: number;
    if (cam.view === 'overhead') [u, w] = [-x, y + 4];
    else if (cam.view === 'feet') [u, w] = [-x, z * Math.cos(tilt) + (y + 4) * Math.sin(tilt) - 10];
    else [u, w] = [-(y + 4), z + 0.15 * x];
    const px = width / 2 + s * (u * Math.cos(angle) - w * Math.sin(angle));
    const py = height / 2 - s * (u * Math.sin(angle) + w * Math.cos(angle));
    const noise = cam.noisePx ?? 0;
    kps[name] = { x: px + noise * gaussian(rand), y: py + noise * gaussian(rand), score: 0.9 };
  }
  return kps;
}

/** A stretch of time whose pose is a function of progress u in [0, 1]. */
export interface LyingSegment {
  durationS: number;
  pose: (u: number) => LyingPose;
}

export const lie = (durationS: number, pose: LyingPose = {}): LyingSegment => ({ durationS, pose: () => pose });

const NUMERIC = [
  'slideLeft', 'slideRight', 'raiseLeftDeg', 'raiseRightDeg', 'kneeUpLeft', 'kneeUpRight', 'bridge', 'sagDeg', 'reachLeft', 'reachRight', 'hikeDeg',
] as const;

/** Eases every numeric field from `from` to `to`; kneesBent and the sides come from either. */
export function move(durationS: number, from: LyingPose, to: LyingPose): LyingSegment {
  return {
    durationS,
    pose: (u) => {
      const e = u * u * (3 - 2 * u);
      const out: LyingPose = { kneesBent: to.kneesBent ?? from.kneesBent };
      for (const k of NUMERIC) out[k] = (from[k] ?? 0) + ((to[k] ?? 0) - (from[k] ?? 0)) * e;
      const hikeSide = to.hikeSide ?? from.hikeSide, sagSide = to.sagSide ?? from.sagSide;
      if (hikeSide) out.hikeSide = hikeSide;
      if (sagSide) out.sagSide = sagSide;
      return out;
    },
  };
}

/** One rep: from `rest` to `top` and back, holding the top for `topS`. */
export function floorRep(rest: LyingPose, top: LyingPose, opts: { outS?: number; topS?: number; backS?: number } = {}): LyingSegment[] {
  const peak = { ...rest, ...top };
  return [move(opts.outS ?? 1.5, rest, peak), lie(opts.topS ?? 0.5, peak), move(opts.backS ?? 1.5, peak, rest), lie(0.8, rest)];
}

export function renderLying(segments: readonly LyingSegment[], cam: LyingCamera, fps = 30): PoseFrame[] {
  const rand = seededRandom(cam.seed ?? 7);
  return sampleSegments(segments, fps, (pose, t) => ({ t, keypoints: lyingKeypoints(pose, cam, rand), width: cam.width ?? 640, height: cam.height ?? 480 }));
}
