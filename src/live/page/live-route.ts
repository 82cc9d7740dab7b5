import type { BackendChoice } from '../../engine/backend';
import type { ModelId } from '../../shared/pose';
import type { ExerciseId, SessionOptions } from '../../shared/exercise-core';
import type { PoseRunner } from '../contract';

/** What a live set runs: the exercise, the model and how it runs, the set's options (the app reads it from /?exercise=<id>&...). */
export interface LiveRoute {
  exercise: ExerciseId;
  model: ModelId;
  backend: BackendChoice;
  camera?: string;
  /** Where pose estimation runs; the main thread only as a benchmark baseline (?runner=main). Default: the worker. */
  runner?: PoseRunner;
  /**
   * How frames reach the worker: 'track' (the page reads the camera track and publishes each frame,
   * as RGB at model size, to the shared frame exchange the worker reads; default where the browser
   * allows it) or 'video' (grabbed from the <video> on the main thread, the fallback).
   */
  feed?: 'video';
  /** Set options: march hold seconds, squat tempo prescription, hip-flexor test seconds. */
  options: SessionOptions;
  /** Following the exercise's programme plan: the number of this set (from 1). */
  set?: number;
}
