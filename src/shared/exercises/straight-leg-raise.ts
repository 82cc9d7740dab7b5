/**
 * Straight leg raise: lying on the back, one knee bent, the other leg lifts straight and lowers,
 * only as high as it goes without the hip hiking. Reps per side; knee straightness and the height
 * reached need a side view, hip hiking needs the camera at the feet or overhead.
 */
import { type ExerciseDefinition, kneeAngleDeg, legElevationDeg, limbTravelShare, type SessionOptions, HIP_HIKE } from '../exercise-core';
import { floorTracker } from './floor-tracker';
import { floorHikeAdjustable, floorKeypoints, type FloorExercise } from './floor-exercise';
import { HEEL_SLIDE_THRESHOLDS } from './heel-slide';
import { bothSides } from '../pose';

/** Defaults; movement is the ankle's travel from where it lay, relative to its hip, over the leg length. */
export const SLR_THRESHOLDS = {
  /**
   * A 20 degree raise moves the ankle 0.35 leg lengths seen side-on or from the feet; seen from
   * above, where the leg rises toward the camera, a 40 degree raise shows as 0.23.
   */
  enter: 0.18,
  exit: 0.08,
  minRepS: 0.6,
  smoothingS: 0.1,
  /** Knee angle (180 = straight) below which the leg is bending on the way up, side view. */
  straightKneeDeg: 155,
} as const;

export const STRAIGHT_LEG_RAISE: FloorExercise = {
  name: 'straight leg raise',
  perSide: true,
  thresholds: SLR_THRESHOLDS,
  // Hip-hike limits as for the heel slide (see HEEL_SLIDE_THRESHOLDS).
  hike: HEEL_SLIDE_THRESHOLDS,
  signal: (kps, floor, side) => (side ? limbTravelShare(kps, floor, side, 'ankle') : null),
  frameFaults: ({ kps, side, baseline }) => {
    if (!side || baseline.view !== 'side') return [];
    const knee = kneeAngleDeg(kps, side);
    return knee !== null && knee < SLR_THRESHOLDS.straightKneeDeg ? [{ id: 'knee-bent', side, value: knee }] : [];
  },
  measure: ({ kps, side, baseline }, m) => {
    if (!side || baseline.view !== 'side') return;
    const lift = legElevationDeg(kps, side), knee = kneeAngleDeg(kps, side);
    if (lift !== null) m.peakLiftDeg = Math.max(m.peakLiftDeg ?? 0, lift);
    if (knee !== null) m.minKneeDeg = Math.min(m.minKneeDeg ?? 180, knee);
  },
  notChecked: (view) => (view === 'side' ? ['hip-hike'] : ['knee-bent']),
  faults: [HIP_HIKE, { id: 'knee-bent', label: 'Knee bent', cue: 'knee-bent', keypoints: bothSides('knee') }],
  viewAdvice: { side: 'side-view-no-hike' },
};

export const straightLegRaise: ExerciseDefinition<'straight-leg-raise'> = {
  info: {
    id: 'straight-leg-raise',
    name: 'Straight leg raise',
    view: 'front',
    posture: 'lying',
    setupHint: 'Camera on the floor at your feet to check hip hiking; beside you to check the knee stays straight and how high the leg goes.',
    description: 'Lying on your back with one knee bent, lift the other leg straight, only as high as you can without a hip hitching up, and lower it.',
    perSide: true,
  },
  faults: STRAIGHT_LEG_RAISE.faults,
  views: ['front', 'side'],
  requiredKeypoints: (view) => floorKeypoints(view),
  adjustable: floorHikeAdjustable(STRAIGHT_LEG_RAISE),
  createTracker: (options: SessionOptions) => floorTracker(STRAIGHT_LEG_RAISE, options),
};

declare module '../exercise-core/session-types' {
  interface ExerciseIds {
    'straight-leg-raise': true;
  }
}
