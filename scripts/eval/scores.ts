/**
 * Accuracy measures of the evaluation, as rep-counting papers report them (RepCount / TransRAC):
 * exact-count rate, off-by-one rate (share of clips within one rep, exact included), and mean
 * absolute error, in reps and relative to the true count. Cadence error in percent for running.
 */
import type { ClipExercise } from '../../src/shared/clip-analysis';
import type { ModelId } from '../../src/shared/models';

export interface ClipResult {
  file: string;
  exercise: ClipExercise;
  model: ModelId;
  expected: number;
  approximate: boolean;
  /** Reps counted, or steps a minute; null when the analysis refused the clip (see error). */
  measured: number | null;
  error?: string;
  durationS: number;
  analysisS: number;
  /** Per counted rep: its faults joined with '+', or 'ok'. */
  repVerdicts?: string[];
  clean?: boolean;
}

export interface Totals {
  /** Scored rep-exercise clips (labels not approximate). */
  clips: number;
  exactCountRate: number | null;
  offByOneRate: number | null;
  /** Mean |measured - expected| in reps. */
  meanAbsError: number | null;
  /** Mean |measured - expected| / expected (the "MAE" of rep-counting papers). */
  meanRelError: number | null;
  /** Running clips: mean |cadence error| in percent (their references are all approximate, so shown apart). */
  cadenceErrorPct: number | null;
  /** Reps flagged with any fault on clips whose form notes call them clean, as a share of their reps. */
  cleanFlaggedShare: number | null;
  /** Analysis time over clip duration, median over the clips (lower is faster; 1 = real time). */
  medianRealtimeRatio: number | null;
}

const mean = (xs: readonly number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

function median(xs: readonly number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function totals(results: readonly ClipResult[]): Totals {
  const scored = results.filter((r) => r.exercise !== 'running' && !r.approximate);
  const errors = scored.map((r) => (r.measured === null ? r.expected : Math.abs(r.measured - r.expected)));
  const running = results.filter((r) => r.exercise === 'running' && r.measured !== null);
  const clean = results.filter((r) => r.clean && r.repVerdicts);
  const cleanReps = clean.reduce((a, r) => a + r.repVerdicts!.length, 0);
  const cleanFlagged = clean.reduce((a, r) => a + r.repVerdicts!.filter((v) => v !== 'ok').length, 0);
  return {
    clips: scored.length,
    exactCountRate: scored.length ? errors.filter((e) => e === 0).length / scored.length : null,
    offByOneRate: scored.length ? errors.filter((e) => e <= 1).length / scored.length : null,
    meanAbsError: mean(errors),
    meanRelError: mean(scored.map((r, i) => errors[i]! / Math.max(1, r.expected))),
    cadenceErrorPct: mean(running.map((r) => (100 * Math.abs(r.measured! - r.expected)) / r.expected)),
    cleanFlaggedShare: cleanReps ? cleanFlagged / cleanReps : null,
    medianRealtimeRatio: median(results.filter((r) => r.durationS > 0).map((r) => r.analysisS / r.durationS)),
  };
}
