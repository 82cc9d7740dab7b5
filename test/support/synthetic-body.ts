/**
 * Synthetic keypoint sequences for tests: a stick figure built in 3D (cm; x = person's left, y up,
 * z forward), posed by a few parameters with faults of known size, projected orthographically to a
 * front camera (facing the person) or a side camera (on the person's left), with optional camera
 * roll, pixel noise and low scores for points outside the frame.
 */
import type { KeypointMap, KeypointName } from '../../src/shared/pose/keypoints';
import type { ExerciseSession, PoseFrame, SessionSnapshot, Side } from '../../src/shared/exercise-core/session-types';

export interface BodyPose {
  /** Knee lift ratio k per side: thigh flexed to acos(1 - k) with the shin hanging. */
  liftLeft?: number;
  liftRight?: number;
  /** Standing leg curl per side: knee bent this many degrees, the thigh staying vertical, the shin swinging back. */
  curlLeftDeg?: number;
  curlRightDeg?: number;
  /** Squat depth d = (knee y - hip y) / thigh: 1 standing, 0 thighs level. */
  depth?: number;
  /** Pelvis tipped up on `hikeSide` about the other hip, the trunk staying upright, degrees. */
  hikeDeg?: number;
  hikeSide?: Side;
  /**
   * Pelvis and trunk leaning together to the person's left (+) about the hip midpoint, degrees: the
   * way skeleton hip points follow the trunk when a person leans sideways.
   */
  sideLeanDeg?: number;
  /** Squat: trunk leaning forward beyond the shin angle, degrees. */
  forwardLeanDeg?: number;
  /** Squat: knees drawn toward the midline, cm. */
  kneesInCm?: number;
  /** Pelvis and trunk shifted toward the person's left, cm. */
  hipShiftCm?: number;
  /** Heels raised off the floor, cm. */
  heelRiseCm?: number;
}

export interface Camera {
  view: 'front' | 'side';
  /**
   * Turned part way: the camera's angle from facing the person toward the person's left, degrees
   * (0 is the front view, 90 the side view); overrides `view`.
   */
  yawDeg?: number;
  rollDeg?: number;
  pxPerCm?: number;
  width?: number;
  height?: number;
  /** Image y of the floor. */
  floorY?: number;
  /** Gaussian pixel noise (standard deviation) on every keypoint. */
  noisePx?: number;
  seed?: number;
  /** 'blazepose' adds heels and toes. */
  model?: 'movenet' | 'blazepose';
}

export type V3 = [number, number, number];

export const BODY = {
  ankleY: 8, shin: 42, thigh: 44, torso: 52, hipHalf: 10, ankleHalf: 11, shoulderHalf: 19,
  upperArm: 30, forearm: 26, toe: 16, heelBack: 6,
};

function skeleton(p: BodyPose): Partial<Record<KeypointName, V3>> {
  const d = Math.max(-1, Math.min(1, p.depth ?? 1));
  const squat = Math.max(0, Math.min(1, 1 - d));
  const beta = Math.acos(d); // thigh from vertical
  const alpha = 0.5 * beta; // shin from vertical
  const heel = (p.heelRiseCm ?? 0) * squat;
  const shift = (p.hipShiftCm ?? 0) * squat;
  const out: Partial<Record<KeypointName, V3>> = {};
  const hips: Record<Side, V3> = { left: [0, 0, 0], right: [0, 0, 0] };
  for (const side of ['left', 'right'] as const) {
    const sx = side === 'left' ? 1 : -1;
    const ankle: V3 = [sx * BODY.ankleHalf, BODY.ankleY + 0.6 * heel, 0];
    const kneeX = sx * (BODY.ankleHalf + 4 * squat - (p.kneesInCm ?? 0) * squat);
    const knee: V3 = [kneeX, ankle[1] + BODY.shin * Math.cos(alpha), BODY.shin * Math.sin(alpha)];
    const hip: V3 = [sx * BODY.hipHalf + shift, knee[1] + BODY.thigh * Math.cos(beta), knee[2] - BODY.thigh * Math.sin(beta)];
    hips[side] = hip;
    Object.assign(out, {
      [`${side}_ankle`]: ankle, [`${side}_knee`]: knee, [`${side}_hip`]: hip,
      [`${side}_heel`]: [ankle[0], BODY.ankleY - 4 + heel, -BODY.heelBack] as V3,
      [`${side}_foot_index`]: [ankle[0], 2, BODY.toe] as V3,
    });
  }

  // Knee lifts: the thigh swings forward from the hip, the shin hangs, the foot follows.
  for (const side of ['left', 'right'] as const) {
    const k = side === 'left' ? p.liftLeft ?? 0 : p.liftRight ?? 0;
    if (k <= 0) continue;
    const phi = Math.acos(Math.max(-1, 1 - k));
    const hip = hips[side];
    const knee: V3 = [hip[0], hip[1] - BODY.thigh * Math.cos(phi), hip[2] + BODY.thigh * Math.sin(phi)];
    const ankle: V3 = [knee[0], knee[1] - BODY.shin, knee[2]];
    Object.assign(out, {
      [`${side}_knee`]: knee, [`${side}_ankle`]: ankle,
      [`${side}_heel`]: [ankle[0], ankle[1] - 4, ankle[2] - BODY.heelBack] as V3,
      [`${side}_foot_index`]: [ankle[0], ankle[1] - 6, ankle[2] + BODY.toe] as V3,
    });
  }

  // Leg curls: the shin swings back and up from the knee, the foot following it.
  for (const side of ['left', 'right'] as const) {
    const deg = side === 'left' ? p.curlLeftDeg ?? 0 : p.curlRightDeg ?? 0;
    if (deg <= 0) continue;
    const c = (deg * Math.PI) / 180;
    const knee = out[`${side}_knee`]!;
    const ankle: V3 = [knee[0], knee[1] - BODY.shin * Math.cos(c), knee[2] - BODY.shin * Math.sin(c)];
    Object.assign(out, {
      [`${side}_ankle`]: ankle,
      [`${side}_heel`]: [ankle[0], ankle[1] - 4 * Math.cos(c) + BODY.heelBack * Math.sin(c), ankle[2] - 4 * Math.sin(c) - BODY.heelBack * Math.cos(c)] as V3,
      [`${side}_foot_index`]: [ankle[0], ankle[1] - 6 * Math.cos(c) - BODY.toe * Math.sin(c), ankle[2] - 6 * Math.sin(c) + BODY.toe * Math.cos(c)] as V3,
    });
  }

  // Hip hike: the pelvis pivots about the other hip; the lifted (or curled) side's leg rises with it.
  if (p.hikeDeg && p.hikeSide) {
    const rise = 2 * BODY.hipHalf * Math.sin((p.hikeDeg * Math.PI) / 180);
    for (const part of ['hip', 'knee', 'ankle', 'heel', 'foot_index'] as const) {
      const key = `${p.hikeSide}_${part}` as KeypointName;
      const moving = p.hikeSide === 'left' ? p.liftLeft || p.curlLeftDeg : p.liftRight || p.curlRightDeg;
      if (part !== 'hip' && !moving) continue;
      const v = out[key];
      if (v) out[key] = [v[0], v[1] + rise, v[2]];
    }
  }

  // Trunk sits on the hip midpoint, leaning forward by the shin angle plus any extra.
  const hm: V3 = mid(out.left_hip!, out.right_hip!);
  const gamma = alpha + (((p.forwardLeanDeg ?? 0) * Math.PI) / 180) * squat;
  const up: V3 = [0, Math.cos(gamma), Math.sin(gamma)];
  const trunk = (x: number, along: number, fwd = 0): V3 => [hm[0] + x, hm[1] + up[1] * along - up[2] * fwd, hm[2] + up[2] * along + up[1] * fwd];
  const top: Partial<Record<KeypointName, V3>> = {
    left_shoulder: trunk(BODY.shoulderHalf, BODY.torso), right_shoulder: trunk(-BODY.shoulderHalf, BODY.torso),
    left_elbow: trunk(BODY.shoulderHalf + 2, BODY.torso - BODY.upperArm), right_elbow: trunk(-BODY.shoulderHalf - 2, BODY.torso - BODY.upperArm),
    left_wrist: trunk(BODY.shoulderHalf + 3, BODY.torso - BODY.upperArm - BODY.forearm), right_wrist: trunk(-BODY.shoulderHalf - 3, BODY.torso - BODY.upperArm - BODY.forearm),
    nose: trunk(0, BODY.torso + 24, 9), left_eye: trunk(3, BODY.torso + 27, 7), right_eye: trunk(-3, BODY.torso + 27, 7),
    left_ear: trunk(7, BODY.torso + 25, 0), right_ear: trunk(-7, BODY.torso + 25, 0),
  };
  const lean = ((p.sideLeanDeg ?? 0) * Math.PI) / 180;
  Object.assign(top, { left_hip: out.left_hip, right_hip: out.right_hip });
  for (const [name, v] of Object.entries(top) as Array<[KeypointName, V3]>) {
    const x = v[0] - hm[0], y = v[1] - hm[1];
    out[name] = [hm[0] + x * Math.cos(lean) + y * Math.sin(lean), hm[1] - x * Math.sin(lean) + y * Math.cos(lean), v[2]];
  }
  return out;
}

const mid = (a: V3, b: V3): V3 => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];

const FEET: readonly KeypointName[] = ['left_heel', 'right_heel', 'left_foot_index', 'right_foot_index'];

/** Deterministic pseudo-random numbers (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

export function bodyKeypoints(pose: BodyPose, cam: Camera, rand: () => number = seededRandom(1)): KeypointMap {
  return projectKeypoints(skeleton(pose), cam, rand);
}

/** Points of a body in 3D (cm; x = person's left, y up from the floor, z forward) as the camera sees them. */
export function projectKeypoints(points: Partial<Record<KeypointName, V3>>, cam: Camera, rand: () => number = seededRandom(1)): KeypointMap {
  const width = cam.width ?? 640, height = cam.height ?? 480;
  const s = cam.pxPerCm ?? 2.2, floorY = cam.floorY ?? height - 30, cx = width / 2;
  const roll = ((cam.rollDeg ?? 0) * Math.PI) / 180;
  const kps: KeypointMap = {};
  for (const [name, v] of Object.entries(points) as Array<[KeypointName, V3]>) {
    if (cam.model !== 'blazepose' && FEET.includes(name)) continue;
    const yaw = ((cam.yawDeg ?? (cam.view === 'front' ? 0 : 90)) * Math.PI) / 180;
    let x = cx + s * (v[0] * Math.cos(yaw) - v[2] * Math.sin(yaw));
    let y = floorY - s * v[1];
    const dx = x - width / 2, dy = y - height / 2;
    x = width / 2 + dx * Math.cos(roll) - dy * Math.sin(roll);
    y = height / 2 + dx * Math.sin(roll) + dy * Math.cos(roll);
    const noise = cam.noisePx ?? 0;
    x += noise * gaussian(rand);
    y += noise * gaussian(rand);
    const inside = x >= 0 && x <= width && y >= 0 && y <= height;
    kps[name] = { x, y, score: inside ? 0.9 : 0.05 };
  }
  return kps;
}

/** A stretch of time whose pose is a function of progress u in [0, 1]. */
export interface Segment {
  durationS: number;
  pose: (u: number) => BodyPose;
}

export const still = (durationS: number, pose: BodyPose = {}): Segment => ({ durationS, pose: () => pose });

const NUMERIC: ReadonlyArray<Exclude<keyof BodyPose, 'hikeSide'>> = [
  'liftLeft', 'liftRight', 'curlLeftDeg', 'curlRightDeg', 'depth', 'hikeDeg', 'sideLeanDeg', 'forwardLeanDeg', 'kneesInCm', 'hipShiftCm', 'heelRiseCm',
];

/** Eases every numeric field from `from` to `to` (missing fields are the standing values). */
export function ramp(durationS: number, from: BodyPose, to: BodyPose): Segment {
  const rest = (k: keyof BodyPose) => (k === 'depth' ? 1 : 0);
  return {
    durationS,
    pose: (u) => {
      const e = u * u * (3 - 2 * u);
      const out: BodyPose = {};
      for (const k of NUMERIC) {
        const a = (from[k] as number | undefined) ?? rest(k), b = (to[k] as number | undefined) ?? rest(k);
        out[k] = a + (b - a) * e;
      }
      const hikeSide = to.hikeSide ?? from.hikeSide;
      if (hikeSide) out.hikeSide = hikeSide;
      return out;
    },
  };
}

/** One knee lift: up, hold at the top, down. `extra` (faults) ramps in with the lift. */
export function kneeLift(side: Side, k: number, opts: { upS?: number; topS?: number; downS?: number; extra?: BodyPose } = {}): Segment[] {
  const top: BodyPose = { ...opts.extra, [side === 'left' ? 'liftLeft' : 'liftRight']: k };
  return [ramp(opts.upS ?? 0.6, {}, top), still(opts.topS ?? 0.4, top), ramp(opts.downS ?? 0.6, top, {})];
}

/** One standing leg curl: the heel up behind to `deg` of knee bend, a moment there, down. `extra` ramps in with it. */
export function legCurl(side: Side, deg: number, opts: { upS?: number; topS?: number; downS?: number; extra?: BodyPose } = {}): Segment[] {
  const top: BodyPose = { ...opts.extra, [side === 'left' ? 'curlLeftDeg' : 'curlRightDeg']: deg };
  return [ramp(opts.upS ?? 0.7, {}, top), still(opts.topS ?? 0.3, top), ramp(opts.downS ?? 0.7, top, {})];
}

/** One squat rep: down, pause at the bottom, up. `extra` (faults) ramps in with the descent. */
export function squatRep(depth: number, opts: { downS?: number; bottomS?: number; upS?: number; extra?: BodyPose } = {}): Segment[] {
  const bottom: BodyPose = { ...opts.extra, depth };
  return [ramp(opts.downS ?? 1, {}, bottom), still(opts.bottomS ?? 0.3, bottom), ramp(opts.upS ?? 1, bottom, {})];
}

/** Samples timed segments of any pose description at `fps`, starting at t0, into frames. */
export function sampleSegments<P>(
  segments: ReadonlyArray<{ durationS: number; pose: (u: number) => P }>,
  fps: number,
  toFrame: (pose: P, t: number) => PoseFrame,
  t0 = 0,
): PoseFrame[] {
  const total = segments.reduce((a, s) => a + s.durationS, 0);
  const last = segments[segments.length - 1]!;
  const frames: PoseFrame[] = [];
  for (let i = 0; i / fps <= total + 1e-9; i++) {
    const t = i / fps;
    let start = 0;
    let at = { seg: last, start: total - last.durationS };
    for (const seg of segments) {
      if (t < start + seg.durationS) {
        at = { seg, start };
        break;
      }
      start += seg.durationS;
    }
    const u = at.seg.durationS > 0 ? Math.min(1, (t - at.start) / at.seg.durationS) : 1;
    frames.push(toFrame(at.seg.pose(u), t0 + t));
  }
  return frames;
}

/** Samples the segments at `fps`, starting at t0. */
export function render(segments: readonly Segment[], cam: Camera, fps = 30, t0 = 0): PoseFrame[] {
  const rand = seededRandom(cam.seed ?? 7);
  return sampleSegments(segments, fps, (pose, t) => ({ t, keypoints: bodyKeypoints(pose, cam, rand), width: cam.width ?? 640, height: cam.height ?? 480 }), t0);
}

/** Feeds frames to a session, returning every snapshot. */
export function play(session: ExerciseSession, frames: readonly PoseFrame[]): SessionSnapshot[] {
  return frames.map((f) => session.update(f));
}
