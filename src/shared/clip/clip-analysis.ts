/**
 * Clip mode: what the clip worker returns for a whole video, and the errors a person can meet.
 * The worker decodes every frame, runs the pose model on it, and hands the frames to the pure
 * analysis (gait for running, the exercise session for rep exercises).
 */
import type { RunningReport } from '../gait';
import { isExerciseId, recommendedModel } from '../exercises';
import type { ModelId } from '../pose';
import type { ExerciseId, PoseFrame, SetSummary } from '../exercise-core';

export type ClipExercise = ExerciseId | 'running';

/** Running, or any rep exercise filmed beforehand. */
export const isClipExercise = (v: unknown): v is ClipExercise => v === 'running' || isExerciseId(v);

/** The model a clip is analysed with unless one is picked: BlazePose lite for running (heels and toes), else the exercise's own. */
export const clipModel = (exercise: ClipExercise): ModelId => (exercise === 'running' ? 'blazepose-lite' : recommendedModel(exercise));

/** Common slow-motion factors: 60, 120 or 240 fps footage played back at 30 or 24 fps. */
export const SLOW_MOTION_FACTORS = [1, 2, 2.5, 4, 5, 8, 10] as const;

/** Longest clip accepted: a report is about 10-30 s of running; longer files take minutes to analyse. */
export const MAX_CLIP_S = 120;
/** Fewer seconds than this cannot hold the strides a running report needs. */
export const MIN_RUNNING_CLIP_S = 2;

export interface ClipSource {
  name: string;
  /** Container format as the demuxer names it (e.g. 'MP4', 'WebM'). */
  container: string;
  codec: string | null;
  width: number;
  height: number;
  /** Frames per second read from the container's timestamps. */
  fps: number;
  durationS: number;
  /** Frames the container holds (packet count), the progress bar's total. */
  frameCount: number;
}

export interface ClipProgress {
  framesDone: number;
  framesTotal: number;
  /** Wall-clock seconds since the analysis started. */
  elapsedS: number;
  /** Estimated seconds left, null until a few frames were timed. */
  remainingS: number | null;
}

export interface ClipAnalysis {
  exercise: ClipExercise;
  model: ModelId;
  backend: string;
  /** Workers that analysed the clip's segments side by side. */
  workers: number;
  source: ClipSource;
  /** One pose per decoded frame, t = the frame's timestamp in the video (seconds). */
  frames: PoseFrame[];
  /** Wall-clock seconds the analysis took (decoding + pose + scoring). */
  analysisS: number;
  /** Running clips only. */
  running: RunningReport | null;
  /** Rep exercises only. */
  reps: SetSummary | null;
  /** Problems that did not stop the analysis, e.g. a file that ends early. */
  warnings: string[];
}

export type ClipErrorKind =
  | 'unsupported' // the browser cannot decode this codec / container
  | 'corrupt' // not a video, or truncated
  | 'too-long'
  | 'too-short'
  | 'no-person'
  | 'wrong-view'
  | 'cancelled'
  | 'model'; // model files missing / corrupt

/** Crosses the worker boundary as a plain object (errors lose their class there). */
export interface ClipErrorInfo {
  kind: ClipErrorKind;
  message: string;
}

export class ClipError extends Error {
  constructor(readonly kind: ClipErrorKind, message: string) {
    super(message);
    this.name = 'ClipError';
  }

  toInfo(): ClipErrorInfo {
    return { kind: this.kind, message: this.message };
  }
}
