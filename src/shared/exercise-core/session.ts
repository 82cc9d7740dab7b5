/**
 * The session state machine shared by all exercises:
 * no-person -> positioning -> calibrating -> exercising -> done (finish()).
 * Reps are only counted while exercising; if the person is lost mid-set the reps already counted
 * stay, and after they are back in position the set re-calibrates and carries on.
 *
 * The view keeps being watched while exercising: people set up facing the screen and then turn
 * side-on. When another view holds, the exercise carries on counting on a provisional baseline with
 * no view-specific checks, and re-calibrates in the new view from the standing pauses between reps.
 */
import { Calibrator, computeBaseline, provisionalBaseline, type Baseline } from './calibration';
import { cue, type CueKey } from './cues';
import { CueSelector } from './cue-selector';
import { isStanding, type KeypointName } from '../pose';
import { isLying } from './floor-metrics';
import type { ExerciseDefinition, TrackerFrame } from './exercise-definition';
import { checkPosition, framingAdvice, missingRequired, viewCue } from './positioning';
import { StartBuffer } from './start-buffer';
import { summarizeSet } from './set-summary';
import { detectView } from './view';
import type {
  CameraView, ExerciseSession, PoseFrame, Posture, SessionOptions, SessionSnapshot, SessionState, SetSummary,
} from './session-types';

/**
 * Keypoints may drop out this long mid-set (a flicker, an arm passing) before the person counts as
 * lost. Pose models lose people lying down more often, in short gaps, so floor work bridges longer ones.
 */
const LOST_GRACE_S: Record<Posture, number> = { standing: 0.7, lying: 1.5, kneeling: 1.5 };
/** One-off cues (a rep ended low, a hold finished) stay candidates this long. */
const EVENT_CUE_S = 2;
/**
 * Seconds of evidence (frames read as another view count up, frames read as the calibrated view
 * count down, part-way frames neither) after which the view-specific checks stop, and after which
 * the new view is taken. A turn takes about half a second; a squat in one view never reads as the
 * other for more than a frame or two.
 */
const VIEW_DOUBT_S = 0.25;
const VIEW_CHANGE_S = 1;
/**
 * Held still means these too where they are seen, not only the keypoints the reps need: a squat's
 * descent shows in the shoulders before the hips, and must end a still stretch there.
 */
const STILLNESS_KEYPOINTS: readonly KeypointName[] = ['left_shoulder', 'right_shoulder', 'left_hip', 'right_hip', 'left_knee', 'right_knee', 'left_ankle', 'right_ankle'];
/** Failures that mean the calibration pose is gone (not merely interrupted by a movement). */
const LOSES_CALIBRATION: ReadonlySet<CueKey> = new Set(['no-person', 'one-person', 'too-close']);

export function createExerciseSession(def: ExerciseDefinition, options: SessionOptions = {}): ExerciseSession {
  const tracker = def.createTracker(options);
  const calibrator = new Calibrator();
  const start = new StartBuffer();
  const selector = new CueSelector();
  const eventCues = new Map<CueKey, number>();
  let state: SessionState = 'no-person';
  let view: CameraView | null = options.view ?? null;
  let positionCue: CueKey | null = null;
  /** Part of the body out of the picture while exercising: said, not required. */
  let adviceCue: CueKey | null = null;
  let lostSince: number | null = null;
  /** The baseline of the last full calibration, and whether the tracker runs on a provisional one. */
  let baseline: Baseline | null = null;
  let doubt: { view: CameraView; evidenceS: number } | null = null;
  let provisional = false;
  let recalibrating = false;
  let lastExerciseT: number | null = null;
  let firstT: number | null = null;
  let lastT = 0;
  let last: TrackerFrame | null = null;
  let summary: SetSummary | null = null;
  let lastSnapshot: SessionSnapshot | null = null;

  const posture = def.info.posture;
  const requirements = {
    views: def.views, forcedView: options.view, posture, requiredKeypoints: (v: CameraView) => def.requiredKeypoints(v),
  };
  const lostGraceS = LOST_GRACE_S[posture];
  /** In the start position: standing tall, lying down for floor work, or the exercise's own. */
  const startPose = def.startPose ?? (posture === 'lying' ? { test: isLying, cue: 'lie-down' as const } : { test: isStanding, cue: 'stand-tall' as const });
  if (posture === 'kneeling' && !def.startPose) throw new Error(`${def.info.id}: a kneeling exercise gives its start pose`);
  const { test: inStartPose, cue: startPoseCue } = startPose;

  /**
   * Out of position. Pauses already held still in the start pose are kept through movements (a
   * person squatting or marching between pauses), and forgotten when the person is lost.
   */
  function goPositioning(person: boolean, key: CueKey): void {
    state = person ? 'positioning' : 'no-person';
    positionCue = key;
    adviceCue = null;
    if (LOSES_CALIBRATION.has(key) || !person) {
      calibrator.reset();
      start.clear();
    } else {
      calibrator.interrupt();
    }
    last = null;
    recalibrating = false;
    provisional = false;
    doubt = null;
  }

  function position(frame: PoseFrame): void {
    const pos = checkPosition(frame, requirements);
    if (!pos.ok) return goPositioning(pos.person, pos.cue);
    if (pos.view !== view) calibrator.reset();
    state = 'calibrating';
    view = pos.view;
    start.push(frame, view);
    calibrate(frame, view);
  }

  /** Feeds a standing frame to the calibrator; the baseline once it has seen enough stillness. */
  function standingBaseline(frame: PoseFrame, v: CameraView): Baseline | null {
    calibrator.update(frame.t, frame.keypoints, [...new Set([...def.requiredKeypoints(v).flat(), ...STILLNESS_KEYPOINTS])], frame.world);
    if (!calibrator.done) return null;
    const b = computeBaseline(calibrator.frames, v, calibrator.turns);
    calibrator.reset();
    return b;
  }

  /**
   * Calibrates on a still moment in the start pose or, for a standing person who keeps moving, on
   * the movement (see StartBuffer); then replays the frames since they came to their spot, so the
   * reps done before the calibration count.
   */
  function calibrate(frame: PoseFrame, v: CameraView): void {
    const ready = inStartPose(frame.keypoints);
    const still = ready ? standingBaseline(frame, v) : null;
    const b = still ?? (posture === 'standing' ? start.movingBaseline() : null);
    if (!b) {
      if (ready) positionCue = 'hold-still';
      else goPositioning(true, startPoseCue);
      return;
    }
    calibrator.reset();
    view = b.view;
    baseline = b;
    doubt = null;
    provisional = false;
    // A baseline from movement stands in until the person's first still moment.
    recalibrating = still === null;
    tracker.start(b);
    for (const f of start.inSpot()) last = tracker.update(f);
    start.clear();
    state = 'exercising';
    positionCue = null;
    lostSince = null;
    lastExerciseT = null;
    eventCues.set('ready', frame.t + EVENT_CUE_S);
  }

  function exercise(frame: PoseFrame, v: CameraView): void {
    const dt = lastExerciseT === null ? 0 : Math.max(0, Math.min(lostGraceS, frame.t - lastExerciseT));
    lastExerciseT = frame.t;
    const missing = missingRequired(frame.keypoints, def.requiredKeypoints(v)).length > 0;
    if (missing) {
      lostSince ??= frame.t;
      if (frame.t - lostSince > lostGraceS) {
        tracker.interrupt();
        const pos = checkPosition(frame, requirements);
        if (pos.ok) goPositioning(true, 'hold-still');
        else goPositioning(pos.person, pos.cue);
        return;
      }
    } else {
      lostSince = null;
    }
    if (!options.view && watchView(frame, dt)) return;
    adviceCue = framingAdvice(frame, posture);
    // Trackers take frames with a keypoint missing (every measure is null-safe), so a keypoint that
    // flickers out for a few frames (a knee passing in front of the other) does not hide the movement.
    last = tracker.update(frame);
    for (const key of last.events) eventCues.set(key, frame.t + EVENT_CUE_S);
    if (recalibrating && !missing) recalibrate(frame);
  }

  /**
   * Follows the view while exercising; returns true when the set left the exercising state (the
   * person turned to a view the exercise cannot use).
   */
  function watchView(frame: PoseFrame, dt: number): boolean {
    const b = baseline;
    if (!b) return false;
    const seen = detectView(frame.keypoints, posture);
    if (seen === null) return false;
    if (seen === view) {
      if (doubt) {
        doubt.evidenceS -= dt;
        if (doubt.evidenceS <= 0) {
          doubt = null;
          if (provisional && b.view === view) {
            provisional = false;
            tracker.rebase(b);
          }
        }
      }
      return false;
    }
    if (!doubt || doubt.view !== seen) doubt = { view: seen, evidenceS: 0 };
    doubt.evidenceS += dt;
    if (!provisional && doubt.evidenceS >= VIEW_DOUBT_S) {
      provisional = true;
      tracker.rebase(provisionalBaseline(b, seen));
    }
    if (doubt.evidenceS < VIEW_CHANGE_S) return false;
    // Another view has held: carry on in it, or ask for the one the exercise needs.
    doubt = null;
    if (!def.views.includes(seen)) {
      tracker.interrupt();
      goPositioning(true, viewCue(requirements));
      return true;
    }
    view = seen;
    calibrator.reset();
    if (seen === b.view) {
      // Turned back to the view of the last full calibration before a new one was made.
      provisional = false;
      recalibrating = false;
      tracker.rebase(b);
    } else {
      recalibrating = true;
    }
    return false;
  }

  /**
   * Calibrates again from the standing pauses between reps, without stopping the set: in a new
   * view, or after a start on the movement.
   */
  function recalibrate(frame: PoseFrame): void {
    const v = view!;
    if (!inStartPose(frame.keypoints)) return calibrator.interrupt();
    const b = standingBaseline(frame, v);
    if (!b) return;
    baseline = b;
    provisional = false;
    recalibrating = false;
    tracker.rebase(b);
  }

  function snapshot(t: number): SessionSnapshot {
    for (const [key, until] of eventCues) if (until < t) eventCues.delete(key);
    const keys: CueKey[] = [...(positionCue ? [positionCue] : []), ...(adviceCue ? [adviceCue] : []), ...(last?.cues ?? []), ...eventCues.keys()];
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

  function summarize(records: ReturnType<typeof tracker.finish>): SetSummary {
    return summarizeSet(def, records, tracker.reps, view, firstT === null ? 0 : lastT - firstT);
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

    progress(): SetSummary {
      return summary ?? summarize(tracker.completed());
    },

    finish(): SetSummary {
      if (summary) return summary;
      summary = summarize(tracker.finish());
      state = 'done';
      positionCue = adviceCue = null;
      last = null;
      eventCues.clear();
      selector.reset();
      lastSnapshot = snapshot(lastT);
      return summary;
    },
  };
}
