/**
 * The squat judged against the person's own reference (src/shared/exercises/squat-reference.ts)
 * on UI-PRMD deep squats: each subject's first REFERENCE_REPS correct reps in a view are their
 * reference set (what a person records once, in good form); their other correct reps and all their
 * incorrect reps in that view are judged against it, never the reference reps themselves. The
 * margins are chosen leave-two-subjects-out as the shared limits are (scripts/eval/squat-folds.ts):
 * on six subjects, judged on the other two, four times over; choosing keeps the margins (on the
 * Settings grid's steps, or "no personal limit" for a check) that flag the most incorrect reps
 * while flagging at most REFERENCE_FALSE_FLAG_BUDGET of the training subjects' correct reps in every view
 * and no rep of the clean real clips' recorded keypoints, each clip its own reference (real video
 * is noisier than UI-PRMD's Kinect, and people tire: one clip's squats get 0.08 thigh lengths
 * shallower over 20 reps).
 * Hip shift and side lean, and a check a choice leaves on the shared limit, use the shared limits
 * chosen without the held-out subjects (each fold's of scripts/eval/squat-folds.ts).
 */
import { squat } from '../../src/shared/exercises/squat';
import type { SquatThresholds } from '../../src/shared/exercises/squat-thresholds';
import {
  REFERENCE_REPS, referenceLimits, type ReferenceMargins, type ReferenceRep, squatReference,
} from '../../src/shared/exercises/squat-reference';
import type { SquatReference } from '../../src/shared/exercise-core';
import {
  assertInFolds, currentLimits, faultsUnder, type FoldReport, FOLDS, type JudgedRep, ratesByView,
  SQUAT_VIEWS, type SquatView, type TunedLimits, type ViewRates,
} from './squat-folds';
import type { Tally } from './uiprmd';


/** A judged rep with the reference of its person and view. */
export interface RepWithReference {
  rep: JudgedRep;
  reference: SquatReference;
}

const asReferenceRep = (r: JudgedRep): ReferenceRep => ({ depth: r.depth, leanDeg: r.bottom.lean, kneeRatio: r.bottom.kneeRatio });

/**
 * Per person (or clip) and view, in rep order: the first REFERENCE_REPS correct reps make the
 * reference, the rest are judged. Groups without enough correct reps are left out.
 */
export function withReferences(reps: readonly JudgedRep[]): RepWithReference[] {
  const out: RepWithReference[] = [];
  const keys = [...new Set(reps.map((r) => `${r.subject}|${r.view}`))];
  for (const key of keys) {
    const mine = reps.filter((r) => `${r.subject}|${r.view}` === key);
    const correct = mine.filter((r) => r.correct);
    const reference = squatReference(correct.slice(0, REFERENCE_REPS).map(asReferenceRep), 0);
    if (!reference || correct.length <= REFERENCE_REPS) continue;
    const refs = new Set(correct.slice(0, REFERENCE_REPS));
    for (const rep of mine) if (!refs.has(rep)) out.push({ rep, reference });
  }
  return out;
}

/**
 * Correct reps a choice may flag, per view: 5%, one of the 30 a view's six training subjects have
 * past their reference (the shared limits' 2.5% of 60 is one rep too; at 2.5% of 30 no choice
 * passes, the shared hip-shift limit alone flagging one).
 */
export const REFERENCE_FALSE_FLAG_BUDGET = 0.05;

/** A rep's limits: the shared ones (`shared`: chosen without the rep's subject where it is judged held out) overridden by its reference's. */
const limitsUnder = (x: RepWithReference, margins: ReferenceMargins, shared: TunedLimits = currentLimits()) => ({ ...shared, ...referenceLimits(x.reference, margins) });

/**
 * A check's margins: "none" (the shared limit), then the Settings grid's steps, tightest first
 * (for the knees, the steps of the knee-width setting taken as shares of the reference's ratio).
 */
function marginGrid(key: keyof SquatThresholds, steps: number): Array<number | null> {
  const step = squat.adjustable!.find((a) => a.key === key)!.step;
  return [null, ...Array.from({ length: steps + 1 }, (_, i) => i * step)];
}
const GRIDS = { depth: marginGrid('shallowD', 8), leanDeg: marginGrid('forwardLeanDeg', 30), kneeRatio: marginGrid('kneeWidthRatioMin', 6) };

export function chooseMargins(train: readonly RepWithReference[], clean: readonly RepWithReference[], shared: TunedLimits = currentLimits()): ReferenceMargins {
  const viewIndex = train.map((x) => SQUAT_VIEWS.indexOf(x.rep.view));
  const budget = SQUAT_VIEWS.map((_, v) => Math.floor(REFERENCE_FALSE_FLAG_BUDGET * train.filter((x, i) => x.rep.correct && viewIndex[i] === v).length));
  let best: { detections: number; falseFlags: number; margins: ReferenceMargins } | null = null;
  for (const depth of GRIDS.depth) for (const leanDeg of GRIDS.leanDeg) for (const kneeRatio of GRIDS.kneeRatio) {
    const margins = { depth, leanDeg, kneeRatio };
    const falseFlags = SQUAT_VIEWS.map(() => 0);
    let detections = 0, ok = true;
    for (let i = 0; i < train.length && ok; i++) {
      const x = train[i]!;
      if (!faultsUnder(x.rep, limitsUnder(x, margins, shared)).length) continue;
      if (!x.rep.correct) detections++;
      else if (++falseFlags[viewIndex[i]!]! > budget[viewIndex[i]!]!) ok = false;
    }
    if (!ok || clean.some((x) => faultsUnder(x.rep, limitsUnder(x, margins, shared)).length)) continue;
    const ff = falseFlags.reduce((a, b) => a + b, 0);
    if (!best || detections > best.detections || (detections === best.detections && ff < best.falseFlags)) best = { detections, falseFlags: ff, margins };
  }
  if (!best) throw new Error('no margins keep the correct reps within the budget');
  return best.margins;
}

export interface ReferenceReport {
  folds: Array<{ heldOut: readonly string[]; margins: ReferenceMargins }>;
  /** Every subject judged against their own reference with margins chosen without them. */
  heldOut: Record<SquatView, ViewRates>;
  /** Margins chosen on all eight (what the app ships) and their rates on the same subjects: a fit. */
  all: { margins: ReferenceMargins; fit: Record<SquatView, ViewRates> };
  /** Clean real clips, each its own reference (its first reps), the rest judged with the shipped margins. */
  clean: Tally;
}

function rates(judged: readonly RepWithReference[], limitsOf: (x: RepWithReference) => TunedLimits): Record<SquatView, ViewRates> {
  const limits = new Map(judged.map((x) => [x.rep, limitsOf(x)]));
  return ratesByView(judged.map((x) => x.rep), (rep) => limits.get(rep)!);
}

/**
 * `sharedFolds`: the shared limits each fold of scripts/eval/squat-folds.ts chose without its
 * held-out subjects (FoldReport.folds), used for the checks a reference leaves on them.
 */
export function squatReferenceReport(
  reps: readonly JudgedRep[], clean: readonly JudgedRep[], shipped: ReferenceMargins, sharedFolds: FoldReport['folds'],
): ReferenceReport {
  assertInFolds(reps.map((r) => r.subject));
  const judged = withReferences(reps);
  const cleanJudged = withReferences(clean);
  const sharedOf = (heldOut: readonly string[]) => sharedFolds.find((f) => f.heldOut.join() === heldOut.join())!.limits;
  const folds = FOLDS.map((heldOut) => ({
    heldOut, shared: sharedOf(heldOut), margins: chooseMargins(judged.filter((x) => !heldOut.includes(x.rep.subject)), cleanJudged, sharedOf(heldOut)),
  }));
  const foldOf = (x: RepWithReference) => folds.find((f) => f.heldOut.includes(x.rep.subject))!;
  const all = chooseMargins(judged, cleanJudged);
  return {
    folds: folds.map(({ heldOut, margins }) => ({ heldOut, margins })),
    heldOut: rates(judged, (x) => limitsUnder(x, foldOf(x).margins, foldOf(x).shared)),
    all: { margins: all, fit: rates(judged, (x) => limitsUnder(x, all)) },
    clean: { flagged: cleanJudged.filter((x) => faultsUnder(x.rep, limitsUnder(x, shipped)).length > 0).length, of: cleanJudged.length },
  };
}
