/**
 * Supine heel slide: lying on the back, one heel slides toward the buttock and back (or, started
 * with the knee bent, out and back), slowly, without the hip on that side hiking. Reps per side.
 * Hip hiking needs the camera at the feet or overhead; side-on, reps and tempo are still checked.
 */
import { type ExerciseDefinition, limbTravelShare, type SessionOptions, HIP_HIKE } from '../exercise-core';
import { floorTracker } from './floor-tracker';
import { floorHikeAdjustable, floorKeypoints, type FloorExercise } from './floor-exercise';

/**
 * Defaults. Movement is the travel of the heel (ankle) or the knee, whichever moved more, from
 * where it lay, relative to its hip, over the leg length (thigh + shin): seen from above the heel
 * slides about half a leg length; seen from the feet that slide is foreshortened, but the knee
 * rises toward the camera by as much. Checked on synthetic slides and the real floor clips
 * (test/unit/floor-clips.test.ts).
 */
export const HEEL_SLIDE_THRESHOLDS = {
  enter: 0.2,
  exit: 0.1,
  minRepS: 0.6,
  smoothingS: 0.1,
  /**
   * Working-side hip toward the head against the body axis, change from calibration, smoothed over
   * 0.4 s. A lying pelvis is held by the floor and moves far less than a standing one (the standing
   * march needs 10). On synthetic slides with 1 px keypoint noise, clean reps peak at 0.2-1.7
   * degrees at every orientation overhead and from the feet, while a 5 degree hike reads 3.9-5
   * (from the feet the smoothing and the foreshortening correction lose up to a fifth of it), so
   * 3 (debounced 0.2 s) flags 5 degrees anywhere and leaves a 3 degree hike, inside the FORM-SPEC
   * noise floor of 2D pelvis angles, alone. No real floor clip filmed from the feet exists here to
   * check the false-flag rate on real keypoint jitter.
   */
  hikeDeg: 3,
  /** Shoulder-to-hip on the working side shortened by 8% against the other: a hitch through the waist. */
  shortening: 0.08,
  /**
   * Slow and controlled: a slide whose time between leaving and getting back within the thresholds
   * is under this is rushed (about 2.5 s for the whole movement there and back).
   */
  minSlideS: 1.2,
} as const;

export const HEEL_SLIDE: FloorExercise = {
  name: 'heel slide',
  perSide: true,
  thresholds: HEEL_SLIDE_THRESHOLDS,
  hike: HEEL_SLIDE_THRESHOLDS,
  signal: (kps, floor, side) => {
    if (!side) return null;
    const heel = limbTravelShare(kps, floor, side, 'ankle'), knee = limbTravelShare(kps, floor, side, 'knee');
    return heel === null && knee === null ? null : Math.max(heel ?? 0, knee ?? 0);
  },
  closeFaults: (_m, durationS) => (durationS < HEEL_SLIDE_THRESHOLDS.minSlideS ? ['too-fast'] : []),
  notChecked: (view) => (view === 'side' ? ['hip-hike'] : []),
  faults: [HIP_HIKE, { id: 'too-fast', label: 'Too fast', cue: 'too-fast', keypoints: [] }],
  viewAdvice: { side: 'side-view-no-hike' },
};

export const heelSlide: ExerciseDefinition<'heel-slide'> = {
  info: {
    id: 'heel-slide',
    name: 'Heel slide',
    view: 'front',
    posture: 'lying',
    setupHint: 'Camera on the floor at your feet, looking along your body, so both hips show. Side-on counts reps but cannot see hip hiking.',
    description: 'Lying on your back, slowly slide one heel toward your bottom and back, keeping both hips level on the floor.',
    perSide: true,
  },
  faults: HEEL_SLIDE.faults,
  views: ['front', 'side'],
  requiredKeypoints: (view) => floorKeypoints(view),
  adjustable: floorHikeAdjustable(HEEL_SLIDE),
  createTracker: (options: SessionOptions) => floorTracker(HEEL_SLIDE, options),
};

declare module '../exercise-core/session-types' {
  interface ExerciseIds {
    'heel-slide': true;
  }
}
