/**
 * Side-view segment and joint angles, signed in the runner's terms with `dir` = +1 when the runner
 * faces +x in the image (y down). Degrees.
 */
import { angleAt, toDegrees, type Point } from '../pose';

/** Knee flexion: 0 with the leg straight, growing as the knee bends. */
export const kneeFlexionDeg = (hip: Point, knee: Point, ankle: Point): number => 180 - angleAt(hip, knee, ankle);

/** Thigh (hip to knee) from vertical: positive with the knee ahead of the hip (hip flexion), negative behind (extension). */
export const thighAngleDeg = (hip: Point, knee: Point, dir: 1 | -1): number =>
  toDegrees(Math.atan2(dir * (knee.x - hip.x), knee.y - hip.y));

/** Shank (knee to ankle) from vertical: positive with the ankle ahead of the knee (reaching out in front). */
export const shankAngleDeg = (knee: Point, ankle: Point, dir: 1 | -1): number =>
  toDegrees(Math.atan2(dir * (ankle.x - knee.x), ankle.y - knee.y));

/** Foot (heel to toe) against image horizontal: positive with the toe up (dorsiflexed). */
export const footAngleDeg = (heel: Point, toe: Point, dir: 1 | -1): number =>
  toDegrees(Math.atan2(heel.y - toe.y, dir * (toe.x - heel.x)));
