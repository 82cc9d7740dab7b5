/** The machinery every exercise uses: session, calibration, view, positioning, rep counting, faults, cues. */
export { type Baseline, FACING_TURN_DEG } from './calibration';
export { HIP_HIKE, LIFT_FAULTS, SHORT_HOLD, SIDE_LEAN } from './common-faults';
export type { CueKey } from './cues';
export { type AdjustableThreshold, type ExerciseDefinition, type ExerciseInfo, type ExerciseOptions, type ExerciseTracker, type FaultDefinition, type RepCounts, type TrackerFrame, withAdjustments } from './exercise-definition';
export { FaultCatalog } from './fault-catalog';
export { FaultDebouncer } from './fault-debouncer';
export { angleChangeDeg, type FloorBaseline, hipAngleDeg, hipLineImageDeg, hipLineTiltDeg, hipOverFeet, kneeAngleDeg, legElevationDeg, limbTravelShare, trunkSideRatio } from './floor-metrics';
export { backKneeSide, backThighDeg, belowBodyLineDeg, isHalfKneeling, isOnAllFours, kneelingFacing, kneelingTrunkDeg } from './kneeling-metrics';
export { HOLD_AT_TOP, HoldClock, holdStep, sideHolds } from './hold-clock';
export { FRONTAL_FAULTS, type FrontalChange, frontalChecksHold, FrontalPeaks, FrontalTracker, KneeLifts, type LiftFaultThresholds, liftFaults } from './lift-checks';
export { HysteresisRepCounter, type RepCounterEvent } from './rep-counter';
export { RepLog } from './rep-log';
export type { ActiveFault, CameraView, Cue, Posture, ExerciseId, ExerciseSession, HoldStatus, KeyFrame, PoseFrame, RepRecord, SessionOptions, SessionSnapshot, SetSummary, Side, SquatReference, Tempo } from './session-types';
export { createExerciseSession } from './session';
export { countFaults } from './set-summary';
export { phaseDurations, type PhaseDurations } from './tempo';
export { estimateTurnDeg, TURN_WORLD_KEYPOINTS } from './view';
