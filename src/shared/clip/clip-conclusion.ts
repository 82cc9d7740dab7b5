/**
 * From the poses of every frame of a clip to its result: the running report or the rep summary,
 * or a ClipError saying what is wrong with the clip (nobody in it, filmed from the front, too few
 * strides) and what to do.
 */
import { ClipError, type ClipExercise } from './clip-analysis';
import { createSession, startPoseLikeness } from '../exercises';
import { analyzeRunning, type RunningReport } from '../gait';
import { MIN_KEYPOINT_SCORE, type KeypointMap, medianKeypoints } from '../pose';
import type { Cue, ExerciseId, PoseFrame, SessionOptions, SetSummary } from '../exercise-core';

/** Below this share of frames with hips and knees seen, the clip has no usable person in it. */
export const MIN_PERSON_SHARE = 0.3;
/** A running report needs this many steps (contact to contact) at least. */
export const MIN_RUNNING_STEPS = 4;

export interface ClipOptions extends SessionOptions {
  /** Running: how many times slower than real time the clip plays (e.g. 4 for 120 fps played at 30). */
  slowMotionFactor?: number;
}

const seen = (f: PoseFrame): boolean =>
  (['left_hip', 'right_hip', 'left_knee', 'right_knee'] as const).filter((n) => (f.keypoints[n]?.score ?? 0) >= MIN_KEYPOINT_SCORE).length >= 3;

export function personShare(frames: readonly PoseFrame[]): number {
  return frames.length ? frames.filter(seen).length / frames.length : 0;
}

/** Seconds of stillness the live session calibrates on; a clip gets them from its start-position frame. */
const LEAD_IN_S = 2;
/**
 * Where the start-position frame is looked for. Searching the whole clip found the high-knees
 * clip's standing pause (6.4-9.5 s) but also a frame of squat_side_crossfit_mrpose's fade-out,
 * which cost a rep there: the opening seconds it is.
 */
const START_SEARCH_S = 3;
/**
 * Without a start-position measure, the clip is taken to open in it: the per-keypoint median of
 * its first half second, since a pose model's very first frame is its least settled (BlazePose
 * placed an ankle 60 px off on the first frame of a heel-slide clip, then held it steady).
 */
const OPENING_S = 0.5;

/**
 * Clips often start mid-movement, with no still moment for the calibration a live set begins
 * with. The whole clip is known, so the frame of its first seconds that looks most like the
 * exercise's start position (see ExerciseDefinition.startPoseLikeness) is held as that still
 * moment, before the clip's start.
 */
export function leadIn(frames: readonly PoseFrame[], fps: number, likeness: ((kps: KeypointMap) => number | null) | null): PoseFrame[] {
  const first = frames[0];
  if (!first) return [];
  let start: PoseFrame;
  if (likeness) {
    const score = (f: PoseFrame): number => likeness(f.keypoints) ?? -Infinity;
    const early = frames.filter((f) => f.t - first.t <= START_SEARCH_S);
    start = early.reduce((best, f) => (score(f) > score(best) ? f : best), first);
  } else {
    start = { ...first, keypoints: medianKeypoints(frames.filter((f) => f.t - first.t <= OPENING_S).map((f) => f.keypoints)) };
  }
  const n = Math.round(LEAD_IN_S * fps);
  return Array.from({ length: n }, (_, i) => ({ ...start, t: first.t - (n - i) / fps }));
}

/**
 * A whole set over recorded frames, as a person would do it: the lead-in held on the start-position
 * frame of `leadInFrom` (the whole recording; `frames` may be a subsample of it), then every frame.
 */
export function playRepSet(
  exercise: ExerciseId, frames: readonly PoseFrame[], fps: number, options: SessionOptions = {}, leadInFrom: readonly PoseFrame[] = frames,
): SetSummary {
  return playClipSet(exercise, frames, fps, options, leadInFrom).summary;
}

/**
 * playRepSet, and what the person was last asked when the set never got past getting into
 * position (never in the start position, or never seen from a view the exercise takes): null once
 * it started.
 */
function playClipSet(
  exercise: ExerciseId, frames: readonly PoseFrame[], fps: number, options: SessionOptions = {}, leadInFrom: readonly PoseFrame[] = frames,
): { summary: SetSummary; neverStarted: Cue | null } {
  const session = createSession(exercise, options);
  let started = false;
  let asked: Cue | null = null;
  for (const f of [...leadIn(leadInFrom, fps, startPoseLikeness(exercise)), ...frames]) {
    const snap = session.update(f);
    if (snap.state === 'exercising') started = true;
    else if (snap.state === 'positioning' && snap.cue) asked = snap.cue;
  }
  return { summary: session.finish(), neverStarted: started ? null : asked };
}

export function concludeClip(
  frames: readonly PoseFrame[],
  exercise: ClipExercise,
  fps: number,
  options: ClipOptions = {},
): { running: RunningReport | null; reps: SetSummary | null; warnings: string[] } {
  const share = personShare(frames);
  if (share < MIN_PERSON_SHARE) {
    throw new ClipError(
      'no-person',
      share === 0
        ? 'Nobody was found in this clip. Film the whole body, head to feet, in good light.'
        : `A person was seen in only ${Math.round(100 * share)}% of the frames. Film the whole body, head to feet, in good light, with the camera still.`,
    );
  }
  if (exercise !== 'running') {
    const { summary, neverStarted } = playClipSet(exercise, frames, fps, options);
    const warnings = neverStarted
      ? [`The set never started, so nothing was counted: the clip never shows the exercise's start position from a view it can use. The app kept asking: "${neverStarted.text}"`]
      : [];
    return { running: null, reps: summary, warnings };
  }
  const running = analyzeRunning(frames, { fps, slowMotionFactor: options.slowMotionFactor });
  if (running.quality.view === 'front') {
    throw new ClipError(
      'wrong-view',
      'This clip shows the runner from the front or the back. The running report needs a side view: put the camera beside the treadmill or track, at hip height, square to the running direction.',
    );
  }
  if (running.cadence.steps < MIN_RUNNING_STEPS) {
    throw new ClipError(
      'too-short',
      `Only ${running.cadence.steps} step${running.cadence.steps === 1 ? '' : 's'} could be found. Record at least 10 seconds of steady running, the whole body in view.`,
    );
  }
  return { running, reps: null, warnings: [] };
}
