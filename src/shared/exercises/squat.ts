/**
 * Squat, from any angle between facing the camera and side-on. A rep is a descent and return on
 * depth d = (knee y - hip y) / thigh length with hysteresis, so hips and knees are all it needs.
 * Form is judged at the bottom of each rep (median over the frames near the lowest point), each
 * check only at the body's turns where it can see (SQUAT_CHECK_TURN) and with its keypoints in the
 * picture: depth always, knees caving, hip shift and side lean near the front, forward lean and
 * heel lift near the side; tempo per phase for every rep. A rep lists the checks it could not make.
 */
import {
  type CameraView, type ExerciseDefinition, FaultCatalog, type FaultDefinition, type SessionOptions,
  SIDE_LEAN, withAdjustments,
} from '../exercise-core';
import { type KeypointName, bothSides, sided } from '../pose';
import { referenceLimits } from './squat-reference';
import { SQUAT_ADJUSTABLE, SQUAT_THRESHOLDS } from './squat-thresholds';
import { SquatTracker } from './squat-tracker';

const hipKnee = (side: 'left' | 'right'): KeypointName[] => [sided(side, 'hip'), sided(side, 'knee')];

const SQUAT_FAULTS: readonly FaultDefinition[] = [
  { id: 'shallow', label: 'Shallow', cue: 'shallow', keypoints: [...bothSides('hip'), ...bothSides('knee')] },
  { id: 'knees-in', label: 'Knees caving in', cue: 'knees-in', keypoints: bothSides('knee') },
  { id: 'hip-shift', label: 'Hips shifted', cue: 'hip-shift', keypoints: bothSides('hip') },
  SIDE_LEAN,
  { id: 'forward-lean', label: 'Leaning forward', cue: 'forward-lean', keypoints: [...bothSides('shoulder'), ...bothSides('hip')] },
  { id: 'heel-lift', label: 'Heels lifting', cue: 'heel-lift', keypoints: bothSides('heel') },
  { id: 'tempo-down', label: 'Lowering tempo', cue: 'tempo-down-fast', slowCue: 'tempo-down-slow', keypoints: [] },
  { id: 'tempo-bottom', label: 'Pause at bottom', cue: 'tempo-bottom-short', slowCue: 'tempo-bottom-long', keypoints: [] },
  { id: 'tempo-up', label: 'Rising tempo', cue: 'tempo-up-fast', slowCue: 'tempo-up-slow', keypoints: [] },
];

export const squat: ExerciseDefinition<'squat'> = {
  info: {
    id: 'squat',
    name: 'Squat',
    view: 'front-or-side',
    posture: 'standing',
    setupHint: 'Camera at hip height, facing you or side-on, far enough back to see you head to feet.',
    description: 'Sit back and down until your thighs are almost level with the floor, then stand tall again.',
    perSide: false,
  },
  options: { tempo: [[3, 2, 1], [2, 1, 1], [4, 1, 1], [3, 0, 1]], ownReference: true },
  faults: SQUAT_FAULTS,
  views: ['front', 'side'],
  // Reps are counted from hips and knees alone: the feet or the shoulders may be out of the picture.
  requiredKeypoints: (view: CameraView) => (view === 'front' ? [[...hipKnee('left'), ...hipKnee('right')]] : [hipKnee('left'), hipKnee('right')]),
  adjustable: SQUAT_ADJUSTABLE,
  createTracker: (options: SessionOptions) => new SquatTracker({
    ...withAdjustments(SQUAT_THRESHOLDS, SQUAT_ADJUSTABLE, options.thresholds),
    ...(options.squatReference ? referenceLimits(options.squatReference) : {}),
  }, options.tempo, new FaultCatalog(SQUAT_FAULTS)),
};

declare module '../exercise-core/session-types' {
  interface ExerciseIds {
    'squat': true;
  }
}
