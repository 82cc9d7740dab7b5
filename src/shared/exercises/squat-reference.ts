/**
 * The person's own reference for the squat: a set they (or their therapist) call good form, kept
 * as the furthest each measure went over its reps. Later sets judge depth, forward lean and knee
 * width against it, a margin past it, instead of against limits the same for everyone: people's
 * good squats differ more from each other than one person's faulty squats differ from their own
 * good ones (UI-PRMD: one subject's good reps stop shallower than most people's faulty ones), so a
 * limit for everyone either misses faults or flags good reps. Hip shift, side lean and heel lift
 * keep the shared limits. Margins and their held-out figures: scripts/eval/squat-reference.ts.
 */
import type { RepRecord, SquatReference } from '../exercise-core';
import type { SquatThresholds } from './squat-thresholds';



/** What one rep of a reference set read at its bottom. */
export interface ReferenceRep {
  depth: number;
  leanDeg: number | null;
  kneeRatio: number | null;
}

/** Fewer good reps than this make no reference: one odd rep would set it. */
export const MIN_REFERENCE_REPS = 3;

/** A reference is the set's first reps, before tiredness changes them: the eval judges this many. */
export const REFERENCE_REPS = 5;

/**
 * How far past the reference a rep may go: depth in thigh lengths, lean in degrees, and knee width
 * as a share of the reference's own ratio (knees 10% closer than its narrowest rep): the ratio
 * a person's good squats read runs from 0.5 to 1.1 of ankle width with the person and the camera's
 * angle (UI-PRMD turned 30 degrees), and one fixed step was a fifth of the narrowest and under a tenth
 * of the widest. Chosen on all eight UI-PRMD subjects by the search of
 * scripts/eval/squat-reference.ts (held out, each subject judged by margins chosen without them:
 * README, accuracy section).
 */
export const REFERENCE_MARGINS = { depth: 0.1, leanDeg: 3, kneeRatio: 0.1 } as const;
export type ReferenceMargins = { [K in keyof typeof REFERENCE_MARGINS]: number | null };

const max = (xs: readonly number[]) => (xs.length ? Math.max(...xs) : null);
const min = (xs: readonly number[]) => (xs.length ? Math.min(...xs) : null);
const seen = (xs: ReadonlyArray<number | null>) => xs.filter((x): x is number => x !== null && Number.isFinite(x));

export function squatReference(reps: readonly ReferenceRep[], createdAt: number): SquatReference | null {
  if (reps.length < MIN_REFERENCE_REPS) return null;
  return {
    reps: reps.length,
    depth: max(reps.map((r) => r.depth))!,
    leanDeg: max(seen(reps.map((r) => r.leanDeg))),
    kneeRatio: min(seen(reps.map((r) => r.kneeRatio))),
    createdAt,
  };
}

/** The reps of a squat set a reference is made of: its first REFERENCE_REPS with a depth, bar those whose keypoints were lost. */
export function referenceRecords(reps: readonly RepRecord[]): RepRecord[] {
  return reps.filter((r) => !r.uncertain && typeof r.metrics.depth === 'number').slice(0, REFERENCE_REPS);
}

export function referenceReps(reps: readonly RepRecord[]): ReferenceRep[] {
  return referenceRecords(reps)
    .map((r) => ({ depth: r.metrics.depth!, leanDeg: r.metrics.forwardLeanDeg ?? null, kneeRatio: r.metrics.kneeWidthRatio ?? null }));
}

/** The limits a reference sets (a null margin leaves that check on the shared limit). */
export function referenceLimits(ref: SquatReference, margins: ReferenceMargins = REFERENCE_MARGINS): Partial<SquatThresholds> {
  return {
    ...(margins.depth !== null ? { shallowD: ref.depth + margins.depth } : {}),
    ...(margins.leanDeg !== null && ref.leanDeg !== null ? { forwardLeanDeg: ref.leanDeg + margins.leanDeg } : {}),
    ...(margins.kneeRatio !== null && ref.kneeRatio !== null ? { kneeWidthRatioMin: ref.kneeRatio * (1 - margins.kneeRatio) } : {}),
  };
}
