import {
  distance, type KeypointMap, type KeypointName, median, MIN_KEYPOINT_SCORE, point, thighLength,
  toDegrees, torsoLength, type WorldKeypointMap,
} from '../pose';
import { bodyAxis } from './floor-metrics';
import type { CameraView, Posture } from './session-types';

/**
 * Shoulder width over torso length: about 0.6-0.7 facing the camera (0.65 in UI-PRMD front takes),
 * near 0 side-on. Between the two limits the person is turned part way and neither view's
 * measurements hold, so the view is unknown.
 */
const FRONT_MIN_RATIO = 0.45;
const SIDE_MAX_RATIO = 0.2;

/**
 * Lying down, the view that shows the hip line is the camera at the feet (or head) looking along
 * the body, which runs up the picture with the shoulders apart; or a camera overhead, which shows
 * the shoulders nearly as wide as standing square to it (the 0.65 above). A camera low beside the
 * person runs the body across the picture and squeezes its width (0.5-0.55 on the floor clips): side.
 */
const LYING_ALONG_MIN_RATIO = 0.3;
const LYING_OVERHEAD_MIN_RATIO = 0.6;

/**
 * Shoulder width over torso length squarely facing the camera: 0.64 in the UI-PRMD front takes
 * (0.56-0.72 across the 8 subjects), 0.54-0.79 in the real front-view clips' MoveNet keypoints.
 * Hips over thigh length facing the camera, for when the shoulders are out of the picture: about
 * 0.5 in the same clips (hip width 0.38 of the torso, torso 1.35 thighs).
 */
const FRONT_SHOULDER_RATIO = 0.64;
const FRONT_HIP_PER_THIGH = 0.5;

/**
 * How far the body is turned from facing the camera, degrees: 0 facing it, 90 side-on. Where the
 * model gives 3D keypoints (BlazePose) they say it directly (worldTurnDeg). Otherwise from widths: a
 * width seen at angle a shrinks by cos(a), so a = acos(width / frontal width). The frontal width is
 * a population figure, so near the front that estimate is rough (people of 0.56-0.72 read as 0-29
 * degrees; MoveNet's keypoints of the front-oblique band clip, turned 20-30, read 0-16 standing); from 30 degrees on it follows the
 * turn within about 10 (UI-PRMD seen from 30, 45 and 60 degrees read as 14-41, 39-52 and 57-65).
 * One shoulder hidden behind the other reads as side-on.
 */
export function estimateTurnDeg(kps: KeypointMap, world?: WorldKeypointMap): number | null {
  const turn3d = world ? worldTurnDeg(world) : null;
  if (turn3d !== null) return turn3d;
  const acosDeg = (r: number) => (Math.acos(Math.min(1, Math.max(0, r))) * 180) / Math.PI;
  const torso = torsoLength(kps);
  const ls = point(kps, 'left_shoulder'), rs = point(kps, 'right_shoulder');
  if (torso && ls && rs) return acosDeg(distance(ls, rs) / torso / FRONT_SHOULDER_RATIO);
  if (torso) return 90;
  const lh = point(kps, 'left_hip'), rh = point(kps, 'right_hip');
  const thigh = median([thighLength(kps, 'left'), thighLength(kps, 'right')]);
  if (lh && rh && thigh) return acosDeg(distance(lh, rh) / thigh / FRONT_HIP_PER_THIGH);
  return null;
}

/** The 3D keypoints worldTurnDeg reads: all a frame keeps of the model's 3D output. */
export const TURN_WORLD_KEYPOINTS: readonly KeypointName[] = ['left_shoulder', 'right_shoulder', 'left_hip', 'right_hip'];

/**
 * The turn from 3D keypoints: the angle of the shoulder line, and of the hip line, out of the
 * picture's plane (atan of depth difference over sideways difference), their mean where both are
 * seen. Needs no population figure: on the front-oblique band clip's BlazePose-full world keypoints
 * (tfjs-models' test data; turned 20-30 degrees by eye) the standing frames read 22-25 (shoulders
 * 18-21, hips 25-29).
 */
export function worldTurnDeg(world: WorldKeypointMap): number | null {
  const lineTurn = (a: KeypointName, b: KeypointName): number | null => {
    const p = world[a], q = world[b];
    if (!p || !q || p.score < MIN_KEYPOINT_SCORE || q.score < MIN_KEYPOINT_SCORE) return null;
    const across = Math.abs(p.x - q.x), deep = Math.abs(p.z - q.z);
    return across + deep > 0 ? toDegrees(Math.atan2(deep, across)) : null;
  };
  const turns = [lineTurn('left_shoulder', 'right_shoulder'), lineTurn('left_hip', 'right_hip')].filter((v): v is number => v !== null);
  return turns.length ? turns.reduce((a, b) => a + b, 0) / turns.length : null;
}

/** The view nearer the body's turn: the one whose calibration a part-way turn takes. */
export const nearestView = (turnDeg: number): CameraView => (turnDeg < 45 ? 'front' : 'side');

export function detectView(kps: KeypointMap, posture: Posture = 'standing'): CameraView | null {
  const torso = torsoLength(kps);
  if (!torso) return null;
  const ls = point(kps, 'left_shoulder'), rs = point(kps, 'right_shoulder');
  // A profile hides the far shoulder: one shoulder seen over its own hip reads as side-on.
  if (!ls || !rs) return (ls && point(kps, 'left_hip')) || (rs && point(kps, 'right_hip')) ? 'side' : null;
  const ratio = distance(ls, rs) / torso;
  if (posture === 'lying') {
    const along = Math.abs(bodyAxis(kps)?.unit.y ?? 0) >= Math.SQRT1_2;
    return ratio >= LYING_OVERHEAD_MIN_RATIO || (along && ratio >= LYING_ALONG_MIN_RATIO) ? 'front' : 'side';
  }
  if (ratio >= FRONT_MIN_RATIO) return 'front';
  if (ratio <= SIDE_MAX_RATIO) return 'side';
  return null;
}
