/**
 * Leave-subjects-out evaluation of the squat's fault thresholds on UI-PRMD deep squats (m01), seen
 * from the front, from the side and turned 30, 45 and 60 degrees: the thresholds are chosen on six
 * subjects and judged on the two left out, four times over, so that every subject is judged once
 * by thresholds that never saw them. Reps are counted once, with the shipped thresholds (counting
 * does not depend on the fault limits); each fold then re-judges the recorded bottom measures.
 *
 * Choosing: every combination of the tuned limits on the squat's own settings grid (the values a
 * person can pick in Settings), keeping those that flag at most FALSE_FLAG_BUDGET of the training
 * subjects' correct reps in every view and no rep of the real clips whose form notes call them
 * clean (people squatting as people do, with more forward lean than UI-PRMD's correct takes), and
 * of those the one that flags the most incorrect reps; ties go to fewer false flags, then to the
 * first found, the grids running loosest first.
 */
import { squat } from '../../src/shared/exercises/squat';
import { isShallowRep, judgeSquatBottom, squatBottomOf, type SquatBottom } from '../../src/shared/exercises/squat-bottom';
import { SQUAT_THRESHOLDS, type SquatThresholds } from '../../src/shared/exercises/squat-thresholds';
import type { PoseFrame } from '../../src/shared/exercise-core/session-types';
import { listFixtures, loadFixture } from '../../test/fixtures/load';
import { CLIP_LABELS } from './clip-labels';
import { listObliqueTakes, listTakes, readTake, runKeypointFrames, settingsGrid, type FaultRates, type Tally, type Take } from './uiprmd';

/** A counted rep with what the fault checks read at its bottom. */
export interface JudgedRep {
  /** UI-PRMD subject, or the clip for a clean real clip. */
  subject: string;
  view: SquatView;
  correct: boolean;
  depth: number;
  bottom: SquatBottom;
}

export const SQUAT_VIEWS = ['front', 'turned 30', 'turned 45', 'turned 60', 'side'] as const;
export type SquatView = (typeof SQUAT_VIEWS)[number];
const viewOf = (take: Take): SquatView => (take.yawDeg === undefined ? take.view : (`turned ${take.yawDeg}` as SquatView));

/** The squat checks UI-PRMD can judge (it has no heel points), each tuned in this direction. */
const TUNED = [
  { key: 'shallowD', fault: 'shallow', looser: 'higher' },
  { key: 'kneeWidthRatioMin', fault: 'knees-in', looser: 'lower' },
  { key: 'hipShift', fault: 'hip-shift', looser: 'higher' },
  { key: 'forwardLeanDeg', fault: 'forward-lean', looser: 'higher' },
  { key: 'sideLeanDeg', fault: 'side-lean', looser: 'higher' },
] as const satisfies ReadonlyArray<{ key: keyof SquatThresholds; fault: string; looser: 'higher' | 'lower' }>;
export const TUNED_FAULTS = TUNED.map((t) => t.fault);
type TunedKey = (typeof TUNED)[number]['key'];
export type TunedLimits = Record<TunedKey, number>;

export const FALSE_FLAG_BUDGET = 0.025;
export const FOLDS: ReadonlyArray<readonly string[]> = [['s01', 's02'], ['s03', 's04'], ['s05', 's06'], ['s07', 's08']];

/** Every subject must fall in a fold, or its reps would be judged by no held-out limits. */
export function assertInFolds(subjects: Iterable<string>): void {
  const outside = [...new Set(subjects)].filter((s) => !FOLDS.some((f) => f.includes(s)));
  if (outside.length) throw new Error(`subjects in no fold: ${outside.join(', ')} (add them to FOLDS)`);
}

/** The fault ids a rep gets under these limits (the squat's own judging, see judgeSquatBottom). */
export function faultsUnder(rep: JudgedRep, limits: TunedLimits): string[] {
  const th = { ...SQUAT_THRESHOLDS, ...limits };
  const ids = judgeSquatBottom(rep.bottom, th).map((f) => f.id);
  return isShallowRep(rep.depth, th) ? [...ids, 'shallow'] : ids;
}

function judged(subject: string, view: SquatView, correct: boolean, frames: readonly PoseFrame[]): JudgedRep[] {
  return runKeypointFrames(frames, 'squat').repsDetail.map((rep) => ({
    subject, view, correct, depth: rep.metrics.depth!, bottom: squatBottomOf(rep.metrics),
  }));
}

/** Every counted rep of the UI-PRMD deep squats, front and side takes and their oblique views. */
export function uiprmdSquatReps(): JudgedRep[] {
  return [...listTakes('m01'), ...listObliqueTakes('m01')].flatMap((take) => {
    return judged(take.subject, viewOf(take), take.correct, readTake(take).frames);
  });
}

/**
 * The counted reps of the recorded keypoints (test/fixtures, every model recorded) of the real
 * squat clips whose form notes call them clean.
 */
export function cleanClipReps(): JudgedRep[] {
  const clean = new Set(CLIP_LABELS.filter((l) => l.clean && l.exercise === 'squat').map((l) => l.file));
  return listFixtures().filter((f) => clean.has(f.clip + '.mp4'))
    .flatMap((f) => judged(f.name, f.clip.includes('_side_') ? 'side' : 'front', true, loadFixture(f.name).frames));
}

/** The grid of one tuned limit: the squat's Settings range and step, loosest first. */
function grid(key: TunedKey, looser: 'higher' | 'lower'): number[] {
  const values = settingsGrid(squat, key);
  return looser === 'higher' ? values.reverse() : values;
}

/**
 * The limits chosen on `train` (see the file comment): per tuned check and grid value, which reps
 * it flags, then every combination.
 */
export function chooseLimits(train: readonly JudgedRep[], clean: readonly JudgedRep[]): TunedLimits {
  const reps = [...train, ...clean];
  const cleanFrom = train.length;
  const viewIndex = reps.map((r) => SQUAT_VIEWS.indexOf(r.view));
  const grids = TUNED.map((t) => grid(t.key, t.looser));
  const flags = TUNED.map((t, c) => grids[c]!.map((v) => {
    const limits = { ...currentLimits(), [t.key]: v };
    return Uint8Array.from(reps, (r) => Number(faultsUnder(r, limits).includes(t.fault)));
  }));
  const correctOf = SQUAT_VIEWS.map((_, v) => train.filter((r, i) => r.correct && viewIndex[i] === v).length);
  const budget = correctOf.map((n) => Math.floor(FALSE_FLAG_BUDGET * n));
  let best: { detections: number; falseFlags: number; pick: number[] } | null = null;
  const falseFlags = new Array<number>(SQUAT_VIEWS.length);
  // One loop per tuned check, written out: the inner loop runs 4.9M times per fold.
  if (TUNED.length !== 5) throw new Error('chooseLimits loops over exactly five tuned checks');
  const [g0, g1, g2, g3, g4] = grids.map((g) => g.length) as [number, number, number, number, number];
  for (let a = 0; a < g0; a++) for (let b = 0; b < g1; b++) for (let c = 0; c < g2; c++) for (let d = 0; d < g3; d++) for (let e = 0; e < g4; e++) {
    const fa = flags[0]![a]!, fb = flags[1]![b]!, fc = flags[2]![c]!, fd = flags[3]![d]!, fe = flags[4]![e]!;
    falseFlags.fill(0);
    let detections = 0, ok = true;
    for (let i = 0; i < reps.length; i++) {
      if (!(fa[i]! | fb[i]! | fc[i]! | fd[i]! | fe[i]!)) continue;
      if (i >= cleanFrom) { ok = false; break; }
      if (!reps[i]!.correct) detections++;
      else if (++falseFlags[viewIndex[i]!]! > budget[viewIndex[i]!]!) { ok = false; break; }
    }
    // The grids run loosest first, so a tighter limit of the innermost check only flags more.
    if (!ok) break;
    const ff = falseFlags.reduce((x, y) => x + y, 0);
    if (!best || detections > best.detections || (detections === best.detections && ff < best.falseFlags)) best = { detections, falseFlags: ff, pick: [a, b, c, d, e] };
  }
  if (!best) throw new Error('no limits keep the clean clips clean');
  return Object.fromEntries(TUNED.map((t, c) => [t.key, grids[c]![best!.pick[c]!]!])) as TunedLimits;
}

export const currentLimits = (): TunedLimits => Object.fromEntries(TUNED.map((t) => [t.key, SQUAT_THRESHOLDS[t.key]])) as TunedLimits;

export interface ViewRates {
  /** Any tuned check: correct reps flagged, incorrect reps flagged. */
  any: FaultRates;
  byFault: Record<string, FaultRates>;
}

export function ratesByView(reps: readonly JudgedRep[], limitsOf: (rep: JudgedRep) => TunedLimits): Record<SquatView, ViewRates> {
  const out = {} as Record<SquatView, ViewRates>;
  for (const view of SQUAT_VIEWS) {
    const rates: ViewRates = { any: { falseFlags: { flagged: 0, of: 0 }, detections: { flagged: 0, of: 0 } }, byFault: {} };
    for (const f of TUNED_FAULTS) rates.byFault[f] = { falseFlags: { flagged: 0, of: 0 }, detections: { flagged: 0, of: 0 } };
    for (const rep of reps.filter((r) => r.view === view)) {
      const faults = faultsUnder(rep, limitsOf(rep));
      const bucket = (r: FaultRates) => (rep.correct ? r.falseFlags : r.detections);
      bucket(rates.any).of++;
      if (faults.length) bucket(rates.any).flagged++;
      for (const f of TUNED_FAULTS) {
        bucket(rates.byFault[f]!).of++;
        if (faults.includes(f)) bucket(rates.byFault[f]!).flagged++;
      }
    }
    out[view] = rates;
  }
  return out;
}

export interface FoldReport {
  folds: Array<{ heldOut: readonly string[]; limits: TunedLimits }>;
  /** Every subject judged by the limits of the fold that left them out. */
  heldOut: Record<SquatView, ViewRates>;
  /** The limits chosen on all eight subjects (what the app ships) and their rates on those same subjects: a fit. */
  all: { limits: TunedLimits; fit: Record<SquatView, ViewRates> };
  /** The clean real clips' reps flagged by the shipped limits. */
  clean: Tally;
}

export function squatFoldReport(reps: readonly JudgedRep[], clean: readonly JudgedRep[]): FoldReport {
  assertInFolds(reps.map((r) => r.subject));
  const folds = FOLDS.map((heldOut) => ({ heldOut, limits: chooseLimits(reps.filter((r) => !heldOut.includes(r.subject)), clean) }));
  const foldOf = (rep: JudgedRep) => folds.find((f) => f.heldOut.includes(rep.subject))!.limits;
  const all = chooseLimits(reps, clean);
  return {
    folds,
    heldOut: ratesByView(reps, foldOf),
    all: { limits: all, fit: ratesByView(reps, () => all) },
    clean: { flagged: clean.filter((r) => faultsUnder(r, currentLimits()).length > 0).length, of: clean.length },
  };
}
