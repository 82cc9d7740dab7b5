/**
 * Pelvic tilt: lying on the back, knees bent and feet flat, the lower back is pressed toward the
 * floor by tipping the pelvis back (the belly drawn in), then slowly let go. Seen side-on, the
 * pelvis tipping back opens the shoulder-hip-knee angle a few degrees; pushing through the feet
 * lifts the hips into a bridge, which opens it by tens of degrees. Reps of tilt and return, both
 * sides at once.
 */
import {
  type AdjustableThreshold, type ExerciseDefinition, type FaultDefinition, hipAngleDeg,
  type SessionOptions, withAdjustments,
} from '../exercise-core';
import { floorTracker } from './floor-tracker';
import { floorKeypoints, type FloorExercise, type FloorThresholds } from './floor-exercise';
import { bothSides } from '../pose';

/**
 * Defaults, in degrees of the shoulder-hip-knee angle opened from where it lay. On the real clip
 * (`pelvictilt_supine_side_lenagalanova`, BlazePose lite), smoothed, each tilt opens it by 4.7-6.4
 * from the return before it, and the returns overshoot (the back arches a little as it lets go),
 * so where the calibration caught the pelvis decides how far a tilt reads from it: 2.2-3.6 from the
 * clip's first frame; a live calibration, made as soon as the person lies still, may catch a tilt
 * part way. So a tilt is counted from where the angle rested before it (RepCounterConfig.fromRest):
 * a rise of 3 above that, back within 1.5 of it. Lying still, the angle wanders under 0.5. Set on
 * that one clip: a fit.
 */
export const PELVIC_TILT_THRESHOLDS = {
  enter: 3,
  exit: 1.5,
  fromRest: true,
  /** Shorter is a glitch, not a tilt; kept under minTiltS so a quick tilt is counted and called rushed. */
  minRepS: 0.2,
  smoothingS: 0.15,
  /**
   * Opened further than this, the hips have come off the floor: the feet pushed and it became a
   * bridge. Over twice the largest tilt of the real clip (5.4), a fifth of the 50-55 degrees both
   * real bridge clips open by at the top.
   */
  hipsLiftDeg: 12,
  /**
   * A tilt and return quicker than this, from rising 3 above rest to coming back within 1.5 of it,
   * was rushed: three quarters of the quickest of the real clip's tilts, done slowly as the
   * exercise asks (0.73-1.54 s).
   */
  minTiltS: 0.55,
} as const;

type PelvicTiltThresholds = FloorThresholds & { readonly hipsLiftDeg: number; readonly minTiltS: number };

const PELVIC_TILT_ADJUSTABLE: readonly AdjustableThreshold[] = [
  { key: 'hipsLiftDeg', fault: 'hips-lift', label: 'Hips lifting: the hip angle opens by more than', unit: '°', default: PELVIC_TILT_THRESHOLDS.hipsLiftDeg, min: 6, max: 30, step: 1 },
  { key: 'minTiltS', fault: 'tilt-rushed', label: 'Too fast: a tilt and return quicker than', unit: 's', default: PELVIC_TILT_THRESHOLDS.minTiltS, min: 0.3, max: 3, step: 0.05 },
];

/** The exercise under these limits (the defaults, with the person's changes from the settings). */
export function pelvicTiltExercise(th: PelvicTiltThresholds = PELVIC_TILT_THRESHOLDS): FloorExercise {
  return {
    name: 'pelvic tilt',
    perSide: false,
    thresholds: th,
    hike: null,
    signal: (kps, floor) => {
      const angle = hipAngleDeg(kps);
      return angle === null || floor.hipAngleDeg === null ? null : angle - floor.hipAngleDeg;
    },
    frameFaults: ({ move }) => (move > th.hipsLiftDeg ? [{ id: 'hips-lift', value: move }] : []),
    measure: ({ move, restMove }, m) => {
      m.peakTiltDeg = Math.max(m.peakTiltDeg ?? 0, move - restMove);
    },
    closeFaults: (_m, durationS) => (durationS < th.minTiltS ? ['tilt-rushed'] : []),
    notChecked: () => [],
    faults: PELVIC_TILT_FAULTS,
    viewAdvice: {},
  };
}

const PELVIC_TILT_FAULTS: readonly FaultDefinition[] = [
  { id: 'hips-lift', label: 'Hips lifting (pushing through the feet)', cue: 'hips-lift', keypoints: bothSides('hip') },
  { id: 'tilt-rushed', label: 'Too fast', cue: 'tilt-rushed', keypoints: [] },
];

export const pelvicTilt: ExerciseDefinition<'pelvic-tilt'> = {
  info: {
    id: 'pelvic-tilt',
    name: 'Pelvic tilt',
    view: 'side',
    posture: 'lying',
    setupHint: 'Camera on the floor beside you, level with your hips, with shoulders, hips and knees in the picture.',
    description: 'Lying on your back with knees bent, draw your belly in to press your lower back gently toward the floor, then slowly let go. Keep your feet relaxed: the hips stay down.',
    perSide: false,
  },
  faults: PELVIC_TILT_FAULTS,
  views: ['side'],
  requiredKeypoints: (view) => floorKeypoints(view),
  createTracker: (options: SessionOptions) =>
    floorTracker(pelvicTiltExercise(withAdjustments(PELVIC_TILT_THRESHOLDS, PELVIC_TILT_ADJUSTABLE, options.thresholds)), options),
  adjustable: PELVIC_TILT_ADJUSTABLE,
};

declare module '../exercise-core/session-types' {
  interface ExerciseIds {
    'pelvic-tilt': true;
  }
}
