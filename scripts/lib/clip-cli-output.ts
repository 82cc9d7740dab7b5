/**
 * The one JSON object `npm run analyze` prints for a clip: counts for rep exercises, steps and a
 * summary for running. Plain numbers rounded for reading; nulls where nothing could be measured.
 */
import type { ClipAnalysis, ClipExercise } from '../../src/shared/clip/clip-analysis';
import type { RunningReport } from '../../src/shared/gait';
import type { ModelId } from '../../src/shared/pose/models';

const round = (v: number | null | undefined, digits = 2): number | null =>
  v === null || v === undefined || !Number.isFinite(v) ? null : Number(v.toFixed(digits));

export interface CliRunningStep {
  foot: 'left' | 'right';
  contactS: number | null;
  toeOffS: number | null;
  strike: string | null;
  footAngleDeg: number | null;
  kneeFlexionAtContactDeg: number | null;
  shankAngleDeg: number | null;
  overstrideRatio: number | null;
  contactTimeMs: number | null;
}

export interface CliOutput {
  exercise: ClipExercise;
  model: ModelId;
  backend: string;
  frames: number;
  fps: number | null;
  durationS: number | null;
  analysisS: number | null;
  /** Analysis seconds per second of clip (below 1 is faster than real time). */
  realtimeRatio: number | null;
  warnings: string[];
  reps?: { total: number; left: number; right: number; faulty: number; faults: Record<string, number> };
  running?: {
    cadenceSpm: number | null;
    steps: CliRunningStep[];
    summary: Record<string, unknown>;
  };
}

function runningSummary(r: RunningReport): Record<string, unknown> {
  const metrics = Object.fromEntries(
    Object.entries(r.summary.metrics).map(([id, m]) => [id, {
      value: round(m.value), unit: m.unit, reliability: m.reliability.level,
      left: round(m.sides?.left?.mean), right: round(m.sides?.right?.mean), asymmetryPct: round(m.sides?.asymmetryPct, 1),
    }]),
  );
  return {
    steps: r.cadence.steps,
    videoCadenceSpm: round(r.cadence.videoSpm, 1),
    stepTimeCv: round(r.cadence.stepTimeCv, 3),
    strikeCounts: r.summary.strikeCounts,
    rearfootShare: round(r.summary.rearfootShare),
    direction: r.direction.sign === 1 ? 'right' : r.direction.sign === -1 ? 'left' : null,
    view: r.quality.view,
    slowMotionSuspected: r.quality.slowMotionSuspected,
    qualityNotes: r.quality.notes,
    metrics,
  };
}

export function cliOutput(a: ClipAnalysis): CliOutput {
  const out: CliOutput = {
    exercise: a.exercise,
    model: a.model,
    backend: a.backend,
    frames: a.frames.length,
    fps: round(a.source.fps, 3),
    durationS: round(a.source.durationS, 3),
    analysisS: round(a.analysisS),
    realtimeRatio: a.source.durationS > 0 ? round(a.analysisS / a.source.durationS) : null,
    warnings: a.warnings,
  };
  if (a.reps) {
    out.reps = {
      ...a.reps.reps,
      faulty: a.reps.repsDetail.filter((r) => !r.good).length,
      faults: a.reps.faultCounts,
    };
  }
  if (a.running) {
    const r = a.running;
    out.running = {
      cadenceSpm: round(r.cadenceSpm, 1),
      steps: r.steps.map((s) => ({
        foot: s.foot,
        contactS: round(s.contactS, 3),
        toeOffS: round(s.toeOffS, 3),
        strike: s.strike,
        footAngleDeg: round(s.footAngleDeg, 1),
        kneeFlexionAtContactDeg: round(s.kneeFlexionAtContactDeg, 1),
        shankAngleDeg: round(s.shankAngleDeg, 1),
        overstrideRatio: round(s.overstrideRatio, 3),
        contactTimeMs: round(s.contactTimeMs, 0),
      })),
      summary: runningSummary(r),
    };
  }
  return out;
}
