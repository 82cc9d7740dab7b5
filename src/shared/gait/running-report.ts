/** The result of analysing a side-view running clip. */
import type { Side } from '../exercise-core';
import type { Cadence } from './cadence';
import type { CaptureQuality, Verdict } from './capture-quality';
import type { FootStrike } from './foot-strike';
import type { RunningDirection } from './running-direction';
import type { RunningMetricId, RunningReference } from './running-references';
import type { SideStats } from './side-stats';
import type { RunningStep } from './step-metrics';

export interface MetricSummary {
  /** The clip's value (mean over steps, or the clip-wide value); null when it could not be measured. */
  value: number | null;
  unit: string;
  /** Per-step values split by foot; null for clip-wide measures without sides. */
  sides: SideStats | null;
  reference: RunningReference;
  reliability: Verdict;
}

export interface RunningSummary {
  metrics: Record<RunningMetricId, MetricSummary>;
  strikeCounts: Record<FootStrike, number> & { unknown: number };
  /** The two-class split: heel-first landings versus the rest. */
  rearfootShare: number | null;
  trunkLeanRangeDeg: { low: number; high: number } | null;
  /** What the pelvic-tilt proxy is, for the report text. */
  tiltProxyExplanation: string;
  /** Left/right comparisons as a whole. */
  leftRight: Verdict;
}

export type GaitEventKind = 'contact' | 'toe-off';

export interface PerFrameSeries {
  /** Video seconds. */
  t: number[];
  /** Knee flexion per leg (by the repaired left/right labels), degrees. */
  kneeFlexionDeg: Record<Side, Array<number | null>>;
  /** Lowest foot point above the clip's ground line, leg lengths. */
  footHeight: Record<Side, Array<number | null>>;
  /** Heel (else ankle) ahead of the pelvis, leg lengths: the coordinate method's signal. */
  footForward: Record<Side, Array<number | null>>;
  trunkLeanDeg: Array<number | null>;
  /** Pelvis height relative to its clip mean, leg lengths (up positive). */
  pelvisHeight: Array<number | null>;
  /** Frames where the model's leg labels were exchanged by the swap repair. */
  legsSwapped: boolean[];
  events: Array<{ kind: GaitEventKind; foot: Side; t: number; frame: number }>;
}

export interface RunningReport {
  /** Real-time steps per minute (null when unknown, e.g. too few steps). */
  cadenceSpm: number | null;
  cadence: Cadence & { videoSpm: number | null };
  steps: RunningStep[];
  summary: RunningSummary;
  quality: CaptureQuality & { metrics: Record<RunningMetricId | 'leftRight', Verdict> };
  direction: RunningDirection;
  perFrame: PerFrameSeries;
  legLengthPx: number | null;
  /** Step time in video seconds found in the clip. */
  stepVideoS: number | null;
}
