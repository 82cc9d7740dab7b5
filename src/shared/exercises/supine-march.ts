/**
 * Supine march: lying on the back with knees bent, one knee comes up toward the chest and goes
 * back down, pelvis level; optionally held 3-5 s at the top. Reps per side.
 */
import { type ExerciseDefinition, limbTravelShare, type SessionOptions, HIP_HIKE, SHORT_HOLD, HOLD_AT_TOP } from '../exercise-core';
import { floorTracker } from './floor-tracker';
import { floorHikeAdjustable, floorKeypoints, type FloorExercise } from './floor-exercise';
import { HEEL_SLIDE_THRESHOLDS } from './heel-slide';

/** Defaults; movement is the knee's travel from where it lay, relative to its hip, over the leg length. */
export const SUPINE_MARCH_THRESHOLDS = {
  /** Hip from 45 to 90+ degrees of flexion moves the knee about 0.4 leg lengths. */
  enter: 0.15,
  exit: 0.07,
  minRepS: 0.5,
  smoothingS: 0.1,
  /** A knee that travels less than this never got near the chest. */
  targetMove: 0.3,
} as const;

export const SUPINE_MARCH: FloorExercise = {
  name: 'supine march',
  perSide: true,
  thresholds: SUPINE_MARCH_THRESHOLDS,
  // Hip-hike limits as for the heel slide (see HEEL_SLIDE_THRESHOLDS).
  hike: HEEL_SLIDE_THRESHOLDS,
  signal: (kps, floor, side) => (side ? limbTravelShare(kps, floor, side, 'knee') : null),
  closeFaults: (m) => ((m.peakMove ?? 0) < SUPINE_MARCH_THRESHOLDS.targetMove ? ['knee-not-up'] : []),
  notChecked: (view) => (view === 'side' ? ['hip-hike'] : []),
  faults: [HIP_HIKE, { id: 'knee-not-up', label: 'Knee not up to chest', cue: 'knee-not-up', keypoints: [] }, SHORT_HOLD],
  viewAdvice: { side: 'side-view-no-hike' },
};

export const supineMarch: ExerciseDefinition<'supine-march'> = {
  info: {
    id: 'supine-march',
    name: 'Supine march',
    view: 'front',
    posture: 'lying',
    setupHint: 'Camera on the floor at your feet, looking along your body, so both hips show.',
    description: 'Lying on your back with knees bent, bring one knee toward your chest and lower it, hips level; hold the top if your plan says so.',
    perSide: true,
  },
  options: { holdAtTop: HOLD_AT_TOP },
  faults: SUPINE_MARCH.faults,
  views: ['front', 'side'],
  requiredKeypoints: (view) => floorKeypoints(view),
  adjustable: floorHikeAdjustable(SUPINE_MARCH),
  createTracker: (options: SessionOptions) => floorTracker(SUPINE_MARCH, options, options.holdSeconds ?? 0),
};

declare module '../exercise-core/session-types' {
  interface ExerciseIds {
    'supine-march': true;
  }
}
