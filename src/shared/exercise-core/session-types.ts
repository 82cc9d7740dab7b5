import type { KeypointMap, Side, WorldKeypointMap } from '../pose';

export type { Side };

/** Contract between the pure exercise logic, the worker and the UI. */

/**
 * The exercises there are. Each exercise module adds its own id here (declaration merging, so this
 * folder never imports the exercises), and the registry (exercises/index.ts) is keyed by ExerciseId,
 * so the compiler refuses an id without a definition or a definition without its id.
 */
export interface ExerciseIds {}
export type ExerciseId = keyof ExerciseIds & string;
/** Squat tempo: down, pause at the bottom, up, seconds. */
export type Tempo = [number, number, number];
export type SessionState = 'no-person' | 'positioning' | 'calibrating' | 'exercising' | 'done';
export type CameraView = 'front' | 'side';
/**
 * Done standing, lying on the floor, or kneeling (on one knee or on hands and knees): for lying and
 * kneeling the camera sits on the floor too.
 */
export type Posture = 'standing' | 'lying' | 'kneeling';

/** One frame of pose output, in the source frame's pixels. */
export interface PoseFrame {
  /** Seconds, monotonic (the video frame's media time). */
  t: number;
  keypoints: KeypointMap;
  /** The model's 3D keypoints, where it gives them (BlazePose); the body's turn is read from them. */
  world?: WorldKeypointMap;
  width: number;
  height: number;
  /** People detected in the frame when the model can tell (multi-person check); undefined if unknown. */
  people?: number;
}

export interface ActiveFault {
  /** Stable id, e.g. 'hip-hike', 'shallow', 'knees-in'. */
  id: string;
  side?: Side;
  /** Measured value that tripped it (degrees, ratio...) for display. */
  value?: number;
}

export interface Cue {
  /** Key into the cue strings table (one place for all user-facing cue text). */
  key: string;
  text: string;
  /** Lower is more important. */
  priority: number;
  /** Should be spoken (corrections and milestones), or shown only (status hints). */
  speak: boolean;
}

export interface RepRecord {
  index: number;
  side?: Side;
  startS: number;
  endS: number;
  /** Fault ids seen (debounced) during this rep. */
  faults: string[];
  /** Per-rep measurements, e.g. depth, peak lift, peak obliquity change. */
  metrics: Record<string, number>;
  /** Squat tempo phases in seconds. */
  tempo?: { downS: number; bottomS: number; upS: number };
  /** Good-form hold seconds reached at the top (march with holds, hip-flexor test). */
  holdS?: number;
  /** Checks this camera view could not make during the rep (fault ids), so "good" does not claim them. */
  notChecked?: string[];
  /** The keypoints the rep needs were mostly not seen: counted, but no verdict on form. */
  uncertain?: boolean;
  good: boolean;
}

export interface HoldStatus {
  /** The held side (none for a both-sides hold such as the bridge). */
  side?: Side;
  /** Seconds held with good form so far in this hold. */
  seconds: number;
  target: number;
}

export interface SessionSnapshot {
  exercise: ExerciseId;
  state: SessionState;
  view: CameraView | null;
  /** 0..1 while calibrating. */
  calibrationProgress: number;
  /** Named metric values of this frame (null when the keypoints for it are not seen). */
  metrics: Record<string, number | null>;
  faults: ActiveFault[];
  /** The one cue to show now (null for none). */
  cue: Cue | null;
  reps: { total: number; left: number; right: number };
  hold: HoldStatus | null;
  /** Keypoints judged faulty this frame, so the skeleton can colour them. */
  faultyKeypoints: string[];
}

/** The moment the set's worst rep looked worst, as a small picture with its skeleton. */
export interface KeyFrame {
  /** The rep it shows, numbered as in repsDetail. */
  repIndex: number;
  /** The faults that rep showed. */
  faults: string[];
  /** A JPEG data URL, width x height pixels. */
  image: string;
  width: number;
  height: number;
  /** In the picture's pixels. */
  keypoints: KeypointMap;
  /** Keypoints judged faulty in that frame, drawn red. */
  faultyKeypoints: string[];
}

export interface SetSummary {
  exercise: ExerciseId;
  view: CameraView | null;
  durationS: number;
  reps: { total: number; left: number; right: number };
  repsDetail: RepRecord[];
  /** Hip-flexor test: good-form seconds per side and the difference. */
  holds?: { left: number; right: number; differenceS: number; brokeAt?: { left?: string; right?: string } };
  /** Counts of reps with each fault id. */
  faultCounts: Record<string, number>;
  /**
   * The checks (fault ids) each rep was judged on. Sets stored before 2026-12-07 lack it: their
   * summaries name only the faults seen and the checks the view could not make.
   */
  checks?: string[];
  /** The worst rep's key frame (live sets with a faulty rep). */
  keyFrame?: KeyFrame;
}

export interface SessionOptions {
  /** March, supine march, bridge: hold at the top, seconds (3-5); 0 = no holds. */
  holdSeconds?: number;
  /** Squat tempo prescription in seconds: down, pause, up (e.g. [3, 2, 1]). */
  tempo?: Tempo;
  /** Hip-flexor test: seconds per side (default 30). */
  testSeconds?: number;
  /** Force the view instead of detecting it. */
  view?: CameraView;
  /** Changed fault thresholds, by key (the exercise's `adjustable` list); the rest keep their defaults. */
  thresholds?: Record<string, number>;
  /** Squat: the person's own good set, which depth, forward lean and knee width are judged against. */
  squatReference?: SquatReference;
}

export interface ExerciseSession {
  update(frame: PoseFrame): SessionSnapshot;
  /** The reps completed so far, the set going on (what a reload or a worker restart must keep). */
  progress(): SetSummary;
  /** Ends the set and returns its summary (also valid mid-set: reps so far). */
  finish(): SetSummary;
}

export interface SquatReference {
  /** Reps it was made from. */
  reps: number;
  /** The shallowest bottom (d, thigh lengths: higher is shallower). */
  depth: number;
  /** The most the trunk leaned ahead of the shins, degrees; null where the view never showed it. */
  leanDeg: number | null;
  /** The narrowest knee width over ankle width; null where the view never showed it. */
  kneeRatio: number | null;
  /** When it was made (ms since 1970). */
  createdAt: number;
}
