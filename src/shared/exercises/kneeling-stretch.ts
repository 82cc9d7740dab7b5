/**
 * Kneeling hip-flexor stretch, filmed side-on: kneeling on one knee with the other foot flat in
 * front, the hips eased forward until the front of the back hip stretches, trunk tall. A timed
 * hold per side (the side whose knee is down); its clock runs only while the back thigh is behind
 * vertical and the trunk upright. Leaning back (the lower back arching, which takes the stretch
 * off the hip), leaning forward, and the hips drifting back out of the stretch each stop it.
 */
import {
  type AdjustableThreshold, type ExerciseDefinition, FaultCatalog, type FaultDefinition, isHalfKneeling,
  type SessionOptions, SHORT_HOLD, withAdjustments,
} from '../exercise-core';
import { bothSides, type KeypointName } from '../pose';
import { KneelingStretchTracker } from './kneeling-stretch-tracker';

/**
 * Defaults, degrees. No real clip of this stretch is at hand; the real reverse lunges of
 * lungekneedrive_side_wahoo_tomnotch (MoveNet, side-on) pass through the same half-kneeling
 * position at each bottom, back knee down, and read there: back thigh 3-21 degrees behind
 * vertical, trunk 11-20 degrees forward (a lunge is done leaning a little forward); standing
 * between them, the trunk reads 0-4.
 */
export const KNEELING_STRETCH_THRESHOLDS = {
  /**
   * The stretch: the back thigh at least 10 degrees behind vertical, the hip ahead of the knee
   * (about the hip extension the stretch asks for; half the real lunge bottoms reach it without
   * trying). A choice, not a fit. `hipsBackSlackDeg` below it, once reached, the hips drifted back.
   */
  hipsForwardDeg: 10,
  hipsBackSlackDeg: 3,
  /** The trunk leaning back past this: the lower back arching instead of the hip opening. */
  archDeg: 10,
  /** The trunk leaning forward past this: above the 11-20 of the real lunge bottoms. */
  trunkForwardDeg: 25,
  smoothingS: 0.2,
} as const;

const KNEELING_STRETCH_ADJUSTABLE: readonly AdjustableThreshold[] = [
  { key: 'hipsForwardDeg', fault: 'stretch-hips-back', label: 'Hips forward: the back thigh behind vertical by at least', unit: '°', default: KNEELING_STRETCH_THRESHOLDS.hipsForwardDeg, min: 3, max: 30, step: 1 },
  { key: 'archDeg', fault: 'stretch-arching', label: 'Leaning back (lower back arching) more than', unit: '°', default: KNEELING_STRETCH_THRESHOLDS.archDeg, min: 3, max: 25, step: 1 },
  { key: 'trunkForwardDeg', fault: 'stretch-trunk-forward', label: 'Leaning forward more than', unit: '°', default: KNEELING_STRETCH_THRESHOLDS.trunkForwardDeg, min: 10, max: 45, step: 1 },
];

const TRUNK: readonly KeypointName[] = [...bothSides('shoulder'), ...bothSides('hip')];
const KNEELING_STRETCH_FAULTS: readonly FaultDefinition[] = [
  { id: 'stretch-arching', label: 'Leaning back (lower back arching)', cue: 'stretch-arching', keypoints: TRUNK },
  { id: 'stretch-trunk-forward', label: 'Leaning forward', cue: 'stretch-trunk-forward', keypoints: TRUNK },
  { id: 'stretch-hips-back', label: 'Hips drifted back out of the stretch', cue: 'stretch-hips-back', keypoints: [], sidedPart: 'hip' },
  SHORT_HOLD,
];

/** The hold per side, seconds. */
const HOLD_LENGTH = { choices: [20, 30, 45, 60], default: 30 };

/** Seen side-on, the far leg is often hidden: either side's hip and shoulder will do, with both knees and an ankle. */
const SIDE_KEYPOINTS: ReadonlyArray<readonly KeypointName[]> = (['left', 'right'] as const).map((s) => [
  'left_knee', 'right_knee', `${s}_ankle`, `${s}_hip`, `${s}_shoulder`,
] as const);

export const kneelingStretch: ExerciseDefinition<'kneeling-stretch'> = {
  info: {
    id: 'kneeling-stretch',
    name: 'Kneeling hip-flexor stretch',
    view: 'side',
    posture: 'kneeling',
    setupHint: 'Camera on the floor beside you, about 2 m away, seeing you side-on from head to the back foot. A cushion under the knee is fine.',
    description: `Kneel on one knee, the other foot flat in front. Tuck your tailbone under, stay tall and ease your hips forward until the front of the back hip stretches; hold ${HOLD_LENGTH.default} seconds, then the other side.`,
    perSide: true,
  },
  options: { testLength: HOLD_LENGTH },
  faults: KNEELING_STRETCH_FAULTS,
  views: ['side'],
  requiredKeypoints: () => SIDE_KEYPOINTS,
  startPose: { test: isHalfKneeling, cue: 'kneel-on-one-knee' },
  adjustable: KNEELING_STRETCH_ADJUSTABLE,
  createTracker: (options: SessionOptions) => new KneelingStretchTracker(
    withAdjustments(KNEELING_STRETCH_THRESHOLDS, KNEELING_STRETCH_ADJUSTABLE, options.thresholds),
    options.testSeconds ?? HOLD_LENGTH.default,
    new FaultCatalog(KNEELING_STRETCH_FAULTS),
  ),
};

declare module '../exercise-core/session-types' {
  interface ExerciseIds {
    'kneeling-stretch': true;
  }
}
