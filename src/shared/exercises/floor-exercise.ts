/**
 * What an exercise done lying on the floor gives the FloorTracker (floor-tracker.ts): its rep
 * signal, thresholds and own checks, and the keypoints it needs.
 */
import type {
  ActiveFault, AdjustableThreshold, Baseline, CameraView, CueKey, FaultDefinition, FloorBaseline,
  Side,
} from '../exercise-core';
import type { KeypointMap, KeypointName } from '../pose';

export interface FloorThresholds {
  /** Movement (share of FloorBaseline.scale) that starts a rep, and the one below which it ends. */
  enter: number;
  exit: number;
  minRepS: number;
  smoothingS: number;
  /** See RepCounterConfig.fromRest: enter and exit measured from where the signal rested. */
  fromRest?: boolean;
}

/** When the working side's hip counts as hiked (either reading past its limit). */
export interface HikeThresholds {
  /** Working-side hip moved toward the head, degrees against the body axis, change from calibration. */
  hikeDeg: number;
  /** Working side's shoulder-to-hip distance shortened against the other side, share, change from calibration. */
  shortening: number;
}

/** The hip-hike limits of a floor exercise, as the settings offer them (none if it does not check hiking). */
export function floorHikeAdjustable({ hike }: FloorExercise): readonly AdjustableThreshold[] {
  if (!hike) return [];
  return [
    { key: 'hikeDeg', fault: 'hip-hike', label: 'Hip hike: the working hip slides toward the head more than', unit: '°', default: hike.hikeDeg, min: 1.5, max: 10, step: 0.5 },
    { key: 'shortening', fault: 'hip-hike', label: 'Hip hike: the working side’s waist shortens by more than (share)', unit: '', default: hike.shortening, min: 0.03, max: 0.2, step: 0.01 },
  ];
}

export interface FloorFrame {
  t: number;
  kps: KeypointMap;
  baseline: Baseline;
  floor: FloorBaseline;
  /** The rep's side (null for a both-sides exercise such as the bridge). */
  side: Side | null;
  /** The rep signal now (smoothed). */
  move: number;
  /** Where the rep signal rested before this rep (0 unless the thresholds are fromRest). */
  restMove: number;
  /** The hip line's angle in the picture, change from calibration, smoothed. Null in a side view. */
  hipLineDeg: number | null;
}

export interface FloorExercise {
  name: string;
  perSide: boolean;
  thresholds: FloorThresholds;
  /** Hip-hike limits, or null where the exercise does not check it (the check needs the view at the feet or overhead). */
  hike: HikeThresholds | null;
  /** The working limb's movement for a side (null side: the whole body), in FloorBaseline.scale units. */
  signal(kps: KeypointMap, floor: FloorBaseline, side: Side | null): number | null;
  /** The exercise's own raw faults for this frame of a rep (debounced by the tracker). */
  frameFaults?(f: FloorFrame): ActiveFault[];
  /** Updates the rep's own measurements each frame (peaks and lows). */
  measure?(f: FloorFrame, metrics: Record<string, number>): void;
  /** Faults found when the rep ends, from its measurements and length. */
  closeFaults?(metrics: Readonly<Record<string, number>>, durationS: number, view: CameraView): string[];
  /** Checks this view cannot make, named by fault id (shown with each rep's verdict). */
  notChecked(view: CameraView): string[];
  /** Every fault it reports (the definition's list). */
  faults: readonly FaultDefinition[];
  /** Shown while set in a view that cannot make one of the checks (said once, below any correction). */
  viewAdvice: Partial<Record<CameraView, CueKey>>;
}

const CHAIN = ['shoulder', 'hip', 'knee', 'ankle'] as const;

/**
 * Keypoints a floor exercise needs: from the feet or above, both sides (the hip line is the point);
 * side-on, the near side's chain is enough, since the far leg hides behind it.
 */
export function floorKeypoints(view: CameraView, parts: ReadonlyArray<(typeof CHAIN)[number] | 'wrist'> = CHAIN): ReadonlyArray<readonly KeypointName[]> {
  const chain = (side: Side) => parts.map((p) => `${side}_${p}` as KeypointName);
  const both = [...chain('left'), ...chain('right')];
  return view === 'front' ? [both] : [both, chain('left'), chain('right')];
}
