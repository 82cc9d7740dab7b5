/**
 * Progress over weeks: one point per stored set (or running clip) for the progress charts. Pure:
 * the history page reads the stored entries and hands them here.
 */
import type { RunningReport } from '../../shared/gait';
import { median, SIDES } from '../../shared/pose';
import type { SetSummary, Side } from '../../shared/exercise-core';

type Series = Array<number | null>;
export type Sided = Record<Side, Series>;

export interface SetPoint {
  /** Epoch ms the set was done. */
  at: number;
  summary: SetSummary;
}

export interface ExerciseProgress {
  /** Epoch seconds, oldest first. */
  t: number[];
  goodReps: number[];
  /** Reps with a fault (uncertain reps, with no verdict, are in neither). */
  faultyReps: number[];
  /** Worst hip hike of each set's reps on each side, degrees; null where the view could not measure it. */
  worstHikeDeg: Sided | null;
  /** Squat: median depth of the set's reps, hip height above the knee in thigh lengths (0 = thigh level, below 0 = deeper). */
  depth: Series | null;
  /** Longest good-form hold per side, seconds (hip-flexor test, holds at the top). */
  holdS: Sided | null;
  /** Longest good-form hold of exercises without sides (the bridge), seconds. */
  holdBothS: Series | null;
}


const max = (values: number[]): number | null => (values.length ? Math.max(...values) : null);
const anyValue = (series: Series[]): boolean => series.some((s) => s.some((v) => v !== null));

/** Per set of one exercise: good and faulty reps, worst hike per side, depth, holds per side. */
export function exerciseProgress(points: readonly SetPoint[]): ExerciseProgress {
  const sorted = [...points].sort((a, b) => a.at - b.at);
  const hike: Sided = { left: [], right: [] };
  const hold: Sided = { left: [], right: [] };
  const depth: Series = [];
  const holdBoth: Series = [];
  for (const { summary } of sorted) {
    const reps = summary.repsDetail;
    for (const side of SIDES) {
      const own = reps.filter((r) => r.side === side);
      hike[side].push(max(own.map((r) => r.metrics.peakHikeDeg).filter((v): v is number => v !== undefined)));
      const holds = summary.holds ? [summary.holds[side]] : own.map((r) => r.holdS).filter((v): v is number => v !== undefined);
      hold[side].push(max(holds));
    }
    depth.push(median(reps.map((r) => r.metrics.depth).filter((v): v is number => v !== undefined)));
    holdBoth.push(max(reps.filter((r) => !r.side).map((r) => r.holdS).filter((v): v is number => v !== undefined)));
  }
  return {
    t: sorted.map((p) => p.at / 1000),
    goodReps: sorted.map((p) => p.summary.repsDetail.filter((r) => r.good).length),
    faultyReps: sorted.map((p) => p.summary.repsDetail.filter((r) => !r.good && !r.uncertain).length),
    worstHikeDeg: anyValue([hike.left, hike.right]) ? hike : null,
    depth: anyValue([depth]) ? depth : null,
    holdS: anyValue([hold.left, hold.right]) ? hold : null,
    holdBothS: anyValue([holdBoth]) ? holdBoth : null,
  };
}

export interface RunningPoint {
  at: number;
  report: RunningReport;
}

export interface RunningProgress {
  t: number[];
  cadenceSpm: Series;
  /** Foot ahead of the hips at contact, percent of leg length, per foot. */
  overstridePct: Sided;
  /** Share of classified landings that were heel first, percent. */
  rearfootPct: Series;
}

export function runningProgress(points: readonly RunningPoint[]): RunningProgress {
  const sorted = [...points].sort((a, b) => a.at - b.at);
  const side = (r: RunningReport, s: Side): number | null => {
    const v = r.summary.metrics.overstride?.sides?.[s]?.mean;
    return v === undefined || v === null ? null : 100 * v;
  };
  return {
    t: sorted.map((p) => p.at / 1000),
    cadenceSpm: sorted.map((p) => p.report.cadenceSpm),
    overstridePct: { left: sorted.map((p) => side(p.report, 'left')), right: sorted.map((p) => side(p.report, 'right')) },
    rearfootPct: sorted.map((p) => (p.report.summary.rearfootShare === null ? null : 100 * p.report.summary.rearfootShare)),
  };
}

/** The narrowest stretch of time a progress chart shows, seconds: one session sits in a two-hour window. */
const MIN_WINDOW_S = 2 * 3600;
/** Room left either side of the first and last session, as a share of the time they span. */
const EDGE_SHARE = 0.05;

/**
 * The time axis of a progress chart (epoch seconds): the sessions with a margin either side, and at
 * least MIN_WINDOW_S wide around their middle. Left to itself, the chart library spreads a single
 * session over years (one session showed an axis from Feb 2027 to Aug 2029). Null with no sessions.
 */
export function progressTimeRange(t: readonly number[]): [number, number] | null {
  if (t.length === 0) return null;
  const first = Math.min(...t), last = Math.max(...t);
  const margin = (last - first) * EDGE_SHARE;
  const lo = first - margin, hi = last + margin;
  if (hi - lo >= MIN_WINDOW_S) return [lo, hi];
  const mid = (first + last) / 2;
  return [mid - MIN_WINDOW_S / 2, mid + MIN_WINDOW_S / 2];
}
