/**
 * Standing leg curl, best filmed from the front: one heel brought up behind toward the buttock and
 * lowered is a rep, counted per side. The hip of the bending leg must not dip (nor hike, nor the
 * trunk lean sideways): judged from the front with the march's pelvis checks. The knee should
 * point down, the thigh staying upright; and the heel should come up until the shin is about level.
 */
import {
  type AdjustableThreshold, type ExerciseDefinition, FaultCatalog, type FaultDefinition, LIFT_FAULTS,
  type SessionOptions, withAdjustments,
} from '../exercise-core';
import { bothSides } from '../pose';
import { LegCurlTracker, type LegCurlThresholds } from './leg-curl-tracker';
import { MARCH_THRESHOLDS } from './march';

/**
 * Curls are read as heelCurl: the heel's rise toward the knee over the standing shin's height,
 * 1 - cos(knee bend) with the thigh upright (0.5 at 60 degrees, 1 with the shin level). No real
 * clip of leg curls is at hand, so the counting limits rest on what real keypoints read when no
 * curl is made, and on the one real held curl there is:
 * - the real held curl (kneeraise_front_singleleg_tfjs, MoveNet, seen from the front, a heel up
 *   behind for 4 s) reads 0.66 (median) to 0.86;
 * - standing, marching and squatting, the real clips' recorded keypoints read 0.02-0.12 (median),
 *   up to 0.45 on one leg seen side-on at a squat's bottom, with both legs bent together;
 * - UI-PRMD hurdle steps (the thigh lifts, the shin hangs) read under 0.2 at the median, but a
 *   few frames of one subject reach 1.6, so a curl made with the thigh swung forward is flagged
 *   (kneeForwardK).
 */
export const LEG_CURL_THRESHOLDS = {
  /** A curl starts at 0.4 (53 degrees of knee bend) and ends back under 0.2 (37 degrees). */
  curlEnter: 0.4,
  curlExit: 0.2,
  minRepS: 0.3,
  smoothingS: 0.08,
  /**
   * Not a curl, and not counted: the other leg bent past 0.3 meanwhile (both knees bent: a squat or
   * a jump); the hips sinking over half a thigh length (a squat: the real squat clips' bottoms,
   * one leg of which reads up to 0.45 side-on; the real held curl's hip points wander 0.33); the
   * curling knee sinking over 0.3 (the back knee of a lunge: the real reverse-lunge clip's five
   * back-leg bends read 1.3 and were counted as curls without it).
   */
  otherLegBentMax: 0.3,
  hipsSinkMax: 0.5,
  kneeSinkMax: 0.3,
  /**
   * The heel's target: 0.7, 73 degrees of knee bend, short of the level shin the exercise aims at
   * because from the front the shin is seen end-on and its bend read less surely. A target, not a
   * limit drawn from data; the real held curl (about 70 degrees) sits at it.
   */
  targetCurl: 0.7,
  /**
   * Thigh swung forward: the curling knee risen above the standing one as far as the march counts
   * a knee lift (MARCH_THRESHOLDS.liftEnterK, 0.25 thigh lengths, the thigh 41 degrees forward).
   */
  kneeForwardK: MARCH_THRESHOLDS.liftEnterK,
  /**
   * The pelvis and trunk limits of the march, chosen on UI-PRMD hurdle steps (one leg off the
   * floor, the same stance) and checked by hikes injected into them (see MARCH_THRESHOLDS): the
   * hip of the bending leg dipping more than 5 degrees is the fault the exercise is done against.
   */
  hikeDeg: MARCH_THRESHOLDS.hikeDeg,
  dropDeg: MARCH_THRESHOLDS.dropDeg,
  leanAwayDeg: MARCH_THRESHOLDS.leanAwayDeg,
  leanTowardDeg: MARCH_THRESHOLDS.leanTowardDeg,
} as const satisfies LegCurlThresholds;

const LEG_CURL_ADJUSTABLE: readonly AdjustableThreshold[] = [
  { key: 'dropDeg', fault: 'hip-drop', label: 'Hip dip: the bending leg\'s hip sinks more than', unit: '°', default: LEG_CURL_THRESHOLDS.dropDeg, min: 2, max: 15, step: 1 },
  { key: 'hikeDeg', fault: 'hip-hike', label: 'Hip hike: the bending leg\'s hip rises more than', unit: '°', default: LEG_CURL_THRESHOLDS.hikeDeg, min: 4, max: 20, step: 1 },
  { key: 'leanAwayDeg', fault: 'side-lean', label: 'Side lean away from the bending leg more than', unit: '°', default: LEG_CURL_THRESHOLDS.leanAwayDeg, min: 3, max: 20, step: 1 },
  { key: 'kneeForwardK', fault: 'knee-forward', label: 'Knee forward: the knee rises (in thigh lengths) more than', unit: '', default: LEG_CURL_THRESHOLDS.kneeForwardK, min: 0.1, max: 0.6, step: 0.05 },
  { key: 'targetCurl', fault: 'low-curl', label: 'Heel height target (1 = shin level)', unit: '', default: LEG_CURL_THRESHOLDS.targetCurl, min: 0.4, max: 1.5, step: 0.05 },
];

const LEG_CURL_FAULTS: readonly FaultDefinition[] = [
  ...LIFT_FAULTS,
  { id: 'knee-forward', label: 'Knee swinging forward', cue: 'knee-forward', keypoints: bothSides('knee'), sidedPart: 'knee' },
  { id: 'low-curl', label: 'Heel not up to the target', cue: 'low-curl', keypoints: [] },
];

export const legCurl: ExerciseDefinition<'leg-curl'> = {
  info: {
    id: 'leg-curl',
    name: 'Standing leg curl',
    view: 'front',
    posture: 'standing',
    setupHint: 'Camera in front of you at hip height, far enough back to see you head to feet. A chair back or wall beside you for balance is fine.',
    description: 'Stand tall on one leg and bend the other knee to bring the heel up behind you until the lower leg is about level, then lower it. The knee points down, and the hip of the bending leg stays level with the other.',
    perSide: true,
  },
  faults: LEG_CURL_FAULTS,
  // From the side curls are counted and their height judged; the pelvis needs the front.
  views: ['front', 'side'],
  requiredKeypoints: () => [[...bothSides('hip'), ...bothSides('knee'), ...bothSides('ankle')]],
  adjustable: LEG_CURL_ADJUSTABLE,
  createTracker: (options: SessionOptions) =>
    new LegCurlTracker(withAdjustments(LEG_CURL_THRESHOLDS, LEG_CURL_ADJUSTABLE, options.thresholds), new FaultCatalog(LEG_CURL_FAULTS)),
};

declare module '../exercise-core/session-types' {
  interface ExerciseIds {
    'leg-curl': true;
  }
}
