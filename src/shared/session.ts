/**
 * The session state machine shared by all exercises:
 * no-person -> positioning -> calibrating -> exercising -> done (finish()).
 * Reps are only counted while exercising; if the person is lost mid-set the reps already counted
 * stay, and after they are back in position the set re-calibrates and carries on.
 */
import { Calibrator, computeBaseline } from './calibration';
import { cue, type CueKey } from './cues';
import { CueSelector } from './cue-selector';
import { isStanding } from './body-metrics';
import type { ExerciseDefinition, TrackerFrame } from './exercise-definition';
import type { KeypointName } from './keypoints';
import { checkPosition, missingRequired } from './positioning';
import type {
  CameraView, ExerciseSession, PoseFrame, SessionOptions, SessionSnapshot, SessionState, SetSummary,
} from './session-types';

/** Keypoints may drop out this long mid-set (a flicker, an arm passing) before the person counts as lost. */
const LOST_GRACE_S = 0.7;
/** One-off cues (a rep ended low, a hold finished) stay candidates this long. */
const EVENT_CUE_S = 2;

export function createExerciseSession(def: ExerciseDefinition, options: SessionOptions = {}): ExerciseSession {
  const tracker = def.createTracker(options);
  const calibrator = new Calibrator();
  const selector = new CueSelector();
  const eventCues = new Map<CueKey, number>();
  let state: SessionState = 'no-person';
  let view: CameraView | null = options.view ?? null;
  let positionCue: CueKey | null = null;
  let lostSince: number | null = null;
  let firstT: number | null = null;
  let lastT = 0;
  let last: TrackerFrame | null = null;
  let summary: SetSummary | null = null;
  let lastSnapshot: SessionSnapshot | null = null;

  const requirements = { views: def.views, forcedView: options.view, requiredKeypoints: (v: CameraView) => def.requiredKeypoints(v) };

  function goPositioning(person: boolean, key: CueKey): void {
    state = person ? 'positioning' : 'no-person';
    positionCue = key;
    calibrator.reset();
    last = null;
  }

  function position(frame: PoseFrame): void {
    const pos = checkPosition(frame, requirements);
    if (!pos.ok) return goPositioning(pos.person, pos.cue);
    if (state !== 'calibrating' || pos.view !== view) calibrator.reset();
    state = 'calibrating';
    view = pos.view;
    calibrate(frame, view);
  }

  function calibrate(frame: PoseFrame, v: CameraView): void {
    if (!isStanding(frame.keypoints)) return goPositioning(true, 'stand-tall');
    const tracked = def.requiredKeypoints(v).flat() as KeypointName[];
    calibrator.update(frame.t, frame.keypoints, tracked);
    positionCue = 'hold-still';
    if (!calibrator.done) return;
    const baseline = computeBaseline(calibrator.frames, v);
    if (!baseline) return calibrator.reset();
    tracker.start(baseline);
    state = 'exercising';
    positionCue = null;
    lostSince = null;
    eventCues.set('ready', frame.t + EVENT_CUE_S);
  }

  function exercise(frame: PoseFrame, v: CameraView): void {
    if (missingRequired(frame.keypoints, def.requiredKeypoints(v)).length > 0) {
      lostSince ??= frame.t;
      if (frame.t - lostSince > LOST_GRACE_S) {
        tracker.interrupt();
        const pos = checkPosition(frame, requirements);
        if (pos.ok) goPositioning(true, 'hold-still');
        else goPositioning(pos.person, pos.cue);
      }
      return;
    }
    lostSince = null;
    last = tracker.update(frame);
    for (const key of last.events) eventCues.set(key, frame.t + EVENT_CUE_S);
  }

  function snapshot(t: number): SessionSnapshot {
    for (const [key, until] of eventCues) if (until < t) eventCues.delete(key);
    const keys: CueKey[] = [...(positionCue ? [positionCue] : []), ...(last?.cues ?? []), ...eventCues.keys()];
    return {
      exercise: def.info.id,
      state,
      view,
      calibrationProgress: state === 'calibrating' ? calibrator.progress : state === 'exercising' ? 1 : 0,
      metrics: last?.metrics ?? {},
      faults: last?.faults ?? [],
      cue: selector.select(t, keys.map(cue)),
      reps: { ...tracker.reps },
      hold: last?.hold ?? null,
      faultyKeypoints: last?.faultyKeypoints ?? [],
    };
  }

  return {
    update(frame: PoseFrame): SessionSnapshot {
      if (summary) return (lastSnapshot ??= snapshot(frame.t));
      firstT ??= frame.t;
      lastT = frame.t;
      if (state === 'exercising' && view) exercise(frame, view);
      else position(frame);
      lastSnapshot = snapshot(frame.t);
      return lastSnapshot;
    },

    finish(): SetSummary {
      if (summary) return summary;
      const { repsDetail, holds } = tracker.finish();
      const faultCounts: Record<string, number> = {};
      for (const rep of repsDetail) for (const id of new Set(rep.faults)) faultCounts[id] = (faultCounts[id] ?? 0) + 1;
      summary = {
        exercise: def.info.id,
        view,
        durationS: firstT === null ? 0 : lastT - firstT,
        reps: { ...tracker.reps },
        repsDetail,
        ...(holds ? { holds } : {}),
        faultCounts,
      };
      state = 'done';
      positionCue = null;
      last = null;
      eventCues.clear();
      selector.reset();
      lastSnapshot = snapshot(lastT);
      return summary;
    },
  };
}
