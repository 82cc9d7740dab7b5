/**
 * Glute bridge: lying on the back with knees bent, the hips lift until shoulders, hips and knees
 * line up, hold, and lower, with both hips at the same height. Side-on shows how high the hips go;
 * from the feet shows whether they stay level.
 */
import { type ExerciseDefinition, hipAngleDeg, hipOverFeet, type SessionOptions, SHORT_HOLD, HOLD_AT_TOP } from '../exercise-core';
import { floorTracker } from './floor-tracker';
import { floorKeypoints, type FloorExercise } from './floor-exercise';
import { distance, bothSides } from '../pose';

/** Defaults; movement is the hip midpoint's travel relative to the feet, over the leg length. */
export const BRIDGE_THRESHOLDS = {
  enter: 0.08,
  exit: 0.04,
  minRepS: 0.6,
  smoothingS: 0.1,
  /** The hip line turning in the picture, either way, from the feet: one hip lower than the other. */
  unevenDeg: 5,
  /** Shoulder-hip-knee angle at the top below which the hips stayed low (180 = in line), side view. */
  fullBridgeDeg: 155,
} as const;

export const GLUTE_BRIDGE: FloorExercise = {
  name: 'glute bridge',
  perSide: false,
  thresholds: BRIDGE_THRESHOLDS,
  hike: null,
  signal: (kps, floor) => {
    const v = hipOverFeet(kps);
    return v && floor.hipOverFeet ? distance(v, floor.hipOverFeet) / floor.scale : null;
  },
  frameFaults: ({ hipLineDeg }) =>
    hipLineDeg !== null && Math.abs(hipLineDeg) > BRIDGE_THRESHOLDS.unevenDeg ? [{ id: 'hips-uneven', value: Math.abs(hipLineDeg) }] : [],
  measure: ({ kps, baseline, hipLineDeg }, m) => {
    if (hipLineDeg !== null) m.peakUnevenDeg = Math.max(m.peakUnevenDeg ?? 0, Math.abs(hipLineDeg));
    if (baseline.view !== 'side') return;
    const angle = hipAngleDeg(kps);
    if (angle !== null) m.topHipAngleDeg = Math.max(m.topHipAngleDeg ?? 0, angle);
  },
  closeFaults: (m, _d, view) =>
    view === 'side' && (m.topHipAngleDeg ?? 180) < BRIDGE_THRESHOLDS.fullBridgeDeg ? ['low-bridge'] : [],
  notChecked: (view) => (view === 'side' ? ['hips-uneven'] : ['low-bridge']),
  faults: [{ id: 'hips-uneven', label: 'Hips uneven', cue: 'hips-uneven', keypoints: bothSides('hip') }, { id: 'low-bridge', label: 'Hips not fully up', cue: 'low-bridge', keypoints: [] }, SHORT_HOLD],
  viewAdvice: { front: 'end-view-no-height' },
};

export const gluteBridge: ExerciseDefinition<'glute-bridge'> = {
  info: {
    id: 'glute-bridge',
    name: 'Glute bridge',
    view: 'side',
    posture: 'lying',
    setupHint: 'Camera on the floor beside you to see how high your hips go; at your feet to see they stay level.',
    description: 'Lying on your back with knees bent and feet flat, lift your hips until shoulders, hips and knees line up, keep them level, and lower.',
    perSide: false,
  },
  options: { holdAtTop: HOLD_AT_TOP },
  faults: GLUTE_BRIDGE.faults,
  views: ['side', 'front'],
  requiredKeypoints: (view) => floorKeypoints(view),
  createTracker: (options: SessionOptions) => floorTracker(GLUTE_BRIDGE, options, options.holdSeconds ?? 0),
  // Hips down: shoulders, hips and knees furthest from a line.
  startPoseLikeness: (kps) => {
    const angle = hipAngleDeg(kps);
    return angle === null ? null : -angle;
  },
};

declare module '../exercise-core/session-types' {
  interface ExerciseIds {
    'glute-bridge': true;
  }
}
