/** What each exercise module provides to the shared session state machine. */
import type { Baseline } from './calibration';
import type { CueKey } from './cues';
import type { KeypointMap, KeypointName, SidedPart } from '../pose';
import type {
  ActiveFault, CameraView, ExerciseId, HoldStatus, PoseFrame, Posture, RepRecord, SessionOptions, SetSummary, Tempo,
} from './session-types';


/** What the UI lists for each exercise. */
export interface ExerciseInfo<Id extends ExerciseId = ExerciseId> {
  id: Id;
  name: string;
  view: CameraView | 'front-or-side';
  /** Done standing, or lying on the floor (where 'front' means the camera looks along the body, from the feet or above). */
  posture: Posture;
  /** One line on where to put the camera. */
  setupHint: string;
  description: string;
  /** Reps are counted per side (left / right). */
  perSide: boolean;
}

export interface RepCounts {
  total: number;
  left: number;
  right: number;
}

export interface TrackerFrame {
  metrics: Record<string, number | null>;
  /** Debounced faults showing now. */
  faults: ActiveFault[];
  faultyKeypoints: KeypointName[];
  /** Cues that apply for as long as they are returned (active faults, hold status). */
  cues: CueKey[];
  /** One-off cues raised by this frame (a rep just ended low, a hold finished). */
  events: CueKey[];
  hold: HoldStatus | null;
}

/** The exercise logic proper; lives for the whole set, across re-calibrations. */
export interface ExerciseTracker {
  readonly reps: RepCounts;
  /** Called after each calibration with the person's fresh baseline. */
  start(baseline: Baseline): void;
  /**
   * Swaps in a new baseline mid-set (the person turned to another view, or a fresh calibration in
   * it completed) without dropping the rep in progress; checks made so far under the old baseline
   * for a rep still in progress are discarded.
   */
  rebase(baseline: Baseline): void;
  update(frame: PoseFrame): TrackerFrame;
  /** The person was lost: drop the rep in progress, keep the reps already counted. */
  interrupt(): void;
  /** The reps closed so far, leaving the one in progress alone (the set goes on). */
  completed(): { repsDetail: RepRecord[]; holds?: SetSummary['holds'] };
  /** Closes the set (idempotent). */
  finish(): { repsDetail: RepRecord[]; holds?: SetSummary['holds'] };
}

/** A fault threshold the person (or their therapist) may change in the settings. */
export interface AdjustableThreshold {
  /** The key in the exercise's thresholds object. */
  key: string;
  /** The fault it decides. */
  fault: string;
  label: string;
  unit: string;
  /** The exercise's default (from FORM-SPEC, calibrated on UI-PRMD; see the thresholds object). */
  default: number;
  min: number;
  max: number;
  step: number;
}

/** The defaults with the person's changes to the adjustable ones, each kept within its range. */
export function withAdjustments<T extends object>(
  defaults: T, adjustable: readonly AdjustableThreshold[], changes: Readonly<Record<string, number>> | undefined,
): T {
  if (!changes) return defaults;
  const out = { ...defaults } as Record<string, unknown>;
  for (const a of adjustable) {
    const v = changes[a.key];
    if (typeof v === 'number' && Number.isFinite(v)) out[a.key] = Math.min(a.max, Math.max(a.min, v));
  }
  return out as T;
}

/** Seconds a person picks from a short list. */
export interface SecondsChoice {
  choices: readonly number[];
  default: number;
}

/** The set options an exercise offers; the start page, the settings and programme plans read them. */
export interface ExerciseOptions {
  /** A hold at the top of each rep (SessionOptions.holdSeconds); 0 among the choices means none. */
  holdAtTop?: SecondsChoice;
  /** A timed hold per side instead of reps (SessionOptions.testSeconds). */
  testLength?: SecondsChoice;
  /** Tempo prescriptions, down : pause : up seconds (SessionOptions.tempo); none means the person's own pace. */
  tempo?: readonly Tempo[];
  /** Can be judged against the person's own reference set (SessionOptions.squatReference). */
  ownReference?: boolean;
}

/** A fault an exercise checks: how lists name it, what it says, which keypoints turn red. */
export interface FaultDefinition {
  id: string;
  /** Short name for lists and summaries. */
  label: string;
  /** The correction it speaks (the sentence lives in cues.ts); for a fault that can go either way, the one for too quick. */
  cue: CueKey;
  /** For a fault that can go either way (a tempo phase too quick or too slow): the correction for too slow. */
  slowCue?: CueKey;
  keypoints: readonly KeypointName[];
  /** For a fault that names its side: that side's part is coloured instead of `keypoints`. */
  sidedPart?: SidedPart;
}

export interface ExerciseDefinition<Id extends ExerciseId = ExerciseId> {
  info: ExerciseInfo<Id>;
  options?: ExerciseOptions;
  /** Every fault the exercise can report. */
  faults: readonly FaultDefinition[];
  /** Fault thresholds offered in the settings (SessionOptions.thresholds changes them). */
  adjustable?: readonly AdjustableThreshold[];
  /** Views accepted when the view is detected rather than forced by options.view. */
  views: readonly CameraView[];
  /** Keypoint sets that must all be seen for the checks; any one alternative suffices. */
  requiredKeypoints(view: CameraView): ReadonlyArray<readonly KeypointName[]>;
  createTracker(options: SessionOptions): ExerciseTracker;
  /**
   * How much a frame looks like the start position (higher = more; null = cannot tell), for clips
   * that start mid-movement. Default: in the exercise's own startPose (1) or not (0), else standing
   * tall for standing exercises; floor ones take the clip's opening as the start position.
   */
  startPoseLikeness?(kps: KeypointMap): number | null;
  /**
   * The start position the set calibrates in, and the cue asking for it. Default: standing tall,
   * or lying down for floor work; a kneeling exercise must give its own.
   */
  startPose?: { test(kps: KeypointMap): boolean; cue: CueKey };
}
