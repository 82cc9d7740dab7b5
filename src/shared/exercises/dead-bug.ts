/**
 * Dead bug: lying on the back, arms up and knees over the hips, one leg reaches out while the
 * opposite arm reaches back overhead, then both return; pelvis level throughout. Reps per side of
 * the moving leg.
 */
import { type ExerciseDefinition, limbTravelShare, type SessionOptions, type Side, HIP_HIKE } from '../exercise-core';
import { floorTracker } from './floor-tracker';
import { floorHikeAdjustable, floorKeypoints, type FloorExercise } from './floor-exercise';
import { HEEL_SLIDE_THRESHOLDS } from './heel-slide';
import { bothSides } from '../pose';

/** Defaults; movement is the ankle's travel from where it lay, relative to its hip, over the leg length. */
export const DEAD_BUG_THRESHOLDS = {
  enter: 0.2,
  exit: 0.1,
  minRepS: 0.6,
  smoothingS: 0.1,
  /** The opposite wrist must travel this far (leg lengths, relative to its shoulder) during the rep. */
  armMove: 0.2,
} as const;

const other = (side: Side): Side => (side === 'left' ? 'right' : 'left');

export const DEAD_BUG: FloorExercise = {
  name: 'dead bug',
  perSide: true,
  thresholds: DEAD_BUG_THRESHOLDS,
  // Hip-hike limits as for the heel slide (see HEEL_SLIDE_THRESHOLDS).
  hike: HEEL_SLIDE_THRESHOLDS,
  signal: (kps, floor, side) => (side ? limbTravelShare(kps, floor, side, 'ankle') : null),
  measure: ({ kps, floor, side }, m) => {
    if (!side) return;
    const arm = limbTravelShare(kps, floor, other(side), 'wrist');
    if (arm !== null) m.peakArmMove = Math.max(m.peakArmMove ?? 0, arm);
  },
  closeFaults: (m) => ((m.peakArmMove ?? 0) < DEAD_BUG_THRESHOLDS.armMove ? ['arm-still'] : []),
  notChecked: (view) => (view === 'side' ? ['hip-hike'] : []),
  faults: [HIP_HIKE, { id: 'arm-still', label: 'Opposite arm still', cue: 'arm-still', keypoints: bothSides('wrist') }],
  viewAdvice: { side: 'side-view-no-hike' },
};

export const deadBug: ExerciseDefinition<'dead-bug'> = {
  info: {
    id: 'dead-bug',
    name: 'Dead bug',
    view: 'front',
    posture: 'lying',
    setupHint: 'Camera on the floor at your feet, looking along your body, so both hips and both arms show.',
    description: 'Lying on your back, arms up and knees over hips, reach one leg out and the opposite arm back, return, and switch; keep the pelvis level.',
    perSide: true,
  },
  faults: DEAD_BUG.faults,
  views: ['front', 'side'],
  requiredKeypoints: (view) => floorKeypoints(view, ['shoulder', 'hip', 'knee', 'ankle', 'wrist']),
  adjustable: floorHikeAdjustable(DEAD_BUG),
  createTracker: (options: SessionOptions) => floorTracker(DEAD_BUG, options),
};

declare module '../exercise-core/session-types' {
  interface ExerciseIds {
    'dead-bug': true;
  }
}
