/**
 * Accuracy measures of the evaluation, as rep-counting papers report them (RepCount / TransRAC):
 * exact-count rate, off-by-one rate (share of clips within one rep, exact included), and mean
 * absolute error, in reps and relative to the true count, over the clips whose manifest count is
 * exact. Besides those, every clip is scored against its label's tolerance (scripts/eval/clip-labels.ts:
 * 0 for exact counts, a rule of the manifest's words for approximate ones), so approximate clips
 * count in the totals instead of being dropped. Cadence error in percent for running.
 */
import type { ClipExercise } from '../../src/shared/clip/clip-analysis';
import type { ModelId } from '../../src/shared/pose/models';

export interface ClipResult {
  file: string;
  exercise: ClipExercise;
  model: ModelId;
  expected: number;
  approximate: boolean;
  /**
   * How far measured may be from expected and still be right (the label's tolerance; absent = 0,
   * exact).
   */
  tolerance?: number;
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
  /** Rep-exercise clips with an exact label: exactCountRate, offByOneRate and the errors are over these. */
  clips: number;
  exactCountRate: number | null;
  offByOneRate: number | null;
  /** Mean |measured - expected| in reps. */
  meanAbsError: number | null;
  /** Mean |measured - expected| / expected (the "MAE" of rep-counting papers). */
  meanRelError: number | null;
  /** Every rep-exercise clip, approximate labels included. */
  repClips: number;
  /** Of repClips, how many are within tolerance (exact labels: the exact count; refused: never). */
  repWithin: number;
  /** repWithin / repClips. */
  repWithinRate: number | null;
  /** Of repClips, those with an approximate label, and how many of them are within tolerance. */
  approxClips: number;
  approxWithin: number;
  /** Running clips, and how many cadences are within tolerance (refused: never). */
  cadenceClips: number;
  cadenceWithin: number;
  /** Running clips: mean |cadence error| in percent over those measured (refused ones left out). */
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

/** Measured within the label's tolerance: |measured - expected| <= tolerance; a refused clip never is. */
export function withinTolerance(r: ClipResult): boolean {
  return r.measured !== null && Math.abs(r.measured - r.expected) <= (r.tolerance ?? 0) + 1e-9;
}

export function totals(results: readonly ClipResult[]): Totals {
  const reps = results.filter((r) => r.exercise !== 'running');
  const approx = reps.filter((r) => r.approximate);
  const runs = results.filter((r) => r.exercise === 'running');
  const scored = reps.filter((r) => !r.approximate);
  const repWithin = reps.filter(withinTolerance).length;
  const errors = scored.map((r) => (r.measured === null ? r.expected : Math.abs(r.measured - r.expected)));
  const measuredRuns = runs.filter((r) => r.measured !== null);
  const clean = results.filter((r) => r.clean && r.repVerdicts);
  const cleanReps = clean.reduce((a, r) => a + r.repVerdicts!.length, 0);
  const cleanFlagged = clean.reduce((a, r) => a + r.repVerdicts!.filter((v) => v !== 'ok').length, 0);
  return {
    clips: scored.length,
    exactCountRate: scored.length ? errors.filter((e) => e === 0).length / scored.length : null,
    offByOneRate: scored.length ? errors.filter((e) => e <= 1).length / scored.length : null,
    meanAbsError: mean(errors),
    meanRelError: mean(scored.map((r, i) => errors[i]! / Math.max(1, r.expected))),
    repClips: reps.length,
    repWithin,
    repWithinRate: reps.length ? repWithin / reps.length : null,
    approxClips: approx.length,
    approxWithin: approx.filter(withinTolerance).length,
    cadenceClips: runs.length,
    cadenceWithin: runs.filter(withinTolerance).length,
    cadenceErrorPct: mean(measuredRuns.map((r) => (100 * Math.abs(r.measured! - r.expected)) / r.expected)),
    cleanFlaggedShare: cleanReps ? cleanFlagged / cleanReps : null,
    medianRealtimeRatio: median(results.filter((r) => r.durationS > 0).map((r) => r.analysisS / r.durationS)),
  };
}
