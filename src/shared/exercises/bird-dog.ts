/**
 * Bird dog, filmed side-on (or turned part way) with the camera on the floor: on hands and knees,
 * one leg reaches straight back and the opposite arm forward, then both come back; a rep per leg.
 * Faults: the hips tipping (the reaching leg's hip rising above the other), the back sagging (the
 * hips sinking toward the floor), the leg not reaching the line of the back, the arm not reaching.
 */
import {
  type AdjustableThreshold, type ExerciseDefinition, FaultCatalog, type FaultDefinition, isOnAllFours,
  type SessionOptions, withAdjustments,
} from '../exercise-core';
import { bothSides, type KeypointName } from '../pose';
import { BirdDogTracker } from './bird-dog-tracker';

/**
 * Defaults. No real clip of a bird dog, or of anyone on hands and knees, is at hand: every limit
 * is a choice checked on synthetic bodies (test/support/synthetic-kneeling-body.ts), none a fit.
 */
export const BIRD_DOG_THRESHOLDS = {
  /**
   * A rep is counted on the thigh's angle below the line of the back (90 hanging under the hip,
   * 0 in line with the back): out under 45, back over 65.
   */
  thighUpDeg: 45,
  thighDownDeg: 65,
  minRepS: 0.4,
  smoothingS: 0.1,
  /** At the top, the whole leg (hip to ankle) at most this far below the back's line: "hip height". */
  legLowDeg: 15,
  /** ...and the opposite arm (shoulder to wrist) at most this far below it. */
  armLowDeg: 25,
  /**
   * The reaching leg's hip risen above the other by this share of a thigh: the pelvis turned about
   * 20 degrees (hip points 2 x 10 cm apart on a 44 cm thigh). Seen side-on the far hip point is
   * often a guess, so this is kept well above the few degrees a careful person turns.
   */
  hipTipK: 0.15,
  /** The hips sunk this share of a thigh below where they were: the back sagging (7 cm on a 44 cm thigh). */
  sagK: 0.15,
} as const;

const BIRD_DOG_ADJUSTABLE: readonly AdjustableThreshold[] = [
  { key: 'hipTipK', fault: 'hips-tip', label: 'Hips tipping: the reaching leg\'s hip rises (thigh lengths) more than', unit: '', default: BIRD_DOG_THRESHOLDS.hipTipK, min: 0.05, max: 0.4, step: 0.01 },
  { key: 'sagK', fault: 'trunk-sag', label: 'Back sagging: the hips sink (thigh lengths) more than', unit: '', default: BIRD_DOG_THRESHOLDS.sagK, min: 0.05, max: 0.4, step: 0.01 },
  { key: 'legLowDeg', fault: 'leg-low', label: 'Leg below the line of the back by more than', unit: '°', default: BIRD_DOG_THRESHOLDS.legLowDeg, min: 5, max: 40, step: 1 },
  { key: 'armLowDeg', fault: 'arm-low', label: 'Arm below the line of the back by more than', unit: '°', default: BIRD_DOG_THRESHOLDS.armLowDeg, min: 5, max: 50, step: 1 },
];

const BIRD_DOG_FAULTS: readonly FaultDefinition[] = [
  { id: 'hips-tip', label: 'Hips tipping', cue: 'hips-tip', keypoints: bothSides('hip') },
  { id: 'trunk-sag', label: 'Back sagging', cue: 'trunk-sag', keypoints: [...bothSides('hip'), ...bothSides('shoulder')] },
  { id: 'leg-low', label: 'Leg below hip height', cue: 'leg-low', keypoints: [], sidedPart: 'ankle' },
  { id: 'arm-low', label: 'Arm not reaching forward', cue: 'arm-low', keypoints: [], sidedPart: 'wrist' },
];

/** Reps are counted from the hips and knees; a shoulder gives the line of the back. Ankles and wrists are checked where seen. */
const COUNTED_FROM: ReadonlyArray<readonly KeypointName[]> = (['left', 'right'] as const).map((s) => [...bothSides('hip'), ...bothSides('knee'), `${s}_shoulder`] as const);

export const birdDog: ExerciseDefinition<'bird-dog'> = {
  info: {
    id: 'bird-dog',
    name: 'Bird dog',
    view: 'side',
    posture: 'kneeling',
    setupHint: 'Camera on the floor beside you (or a little to the front or back of beside), about 2 m away, seeing you from hands to feet.',
    description: 'On hands and knees, reach one leg straight back and the opposite arm forward until both are level with your back, hips level and belly drawn in, then bring them back. Alternate sides.',
    perSide: true,
  },
  faults: BIRD_DOG_FAULTS,
  views: ['side'],
  requiredKeypoints: () => COUNTED_FROM,
  startPose: { test: isOnAllFours, cue: 'hands-and-knees' },
  adjustable: BIRD_DOG_ADJUSTABLE,
  createTracker: (options: SessionOptions) =>
    new BirdDogTracker(withAdjustments(BIRD_DOG_THRESHOLDS, BIRD_DOG_ADJUSTABLE, options.thresholds), new FaultCatalog(BIRD_DOG_FAULTS)),
};

declare module '../exercise-core/session-types' {
  interface ExerciseIds {
    'bird-dog': true;
  }
}
