/** Following a programme plan: the options a planned set runs with, and when its target is met. */
import type { ExerciseId, SessionOptions, SessionSnapshot } from './session-types';

export interface PlanTarget {
  sets: number;
  /** Reps per set; per side where the exercise counts sides. */
  reps: number;
  holdSeconds: number;
  tempo: [number, number, number] | null;
}

/** The exercises that hold at the top of each rep when asked to (SessionOptions.holdSeconds). */
const HOLD_AT_TOP: ReadonlySet<ExerciseId> = new Set(['march', 'supine-march', 'glute-bridge']);

/** The set options that carry out the plan (holds, tempo, the hip-flexor test's seconds). */
export function planOptions(exercise: ExerciseId, plan: PlanTarget): SessionOptions {
  if (exercise === 'hip-flexor-test') return { testSeconds: plan.holdSeconds || 30 };
  return {
    ...(plan.holdSeconds > 0 && HOLD_AT_TOP.has(exercise) ? { holdSeconds: plan.holdSeconds } : {}),
    ...(exercise === 'squat' && plan.tempo ? { tempo: plan.tempo } : {}),
  };
}

/** Reps the set asks for on each side (or in all); the hip-flexor test is one hold per side. */
export function repsTarget(exercise: ExerciseId, plan: PlanTarget): number {
  return exercise === 'hip-flexor-test' ? 1 : plan.reps;
}

/** The set's target is met: every side reached it (or the total, for exercises without sides). */
export function targetMet(reps: SessionSnapshot['reps'], target: number, perSide: boolean): boolean {
  return perSide ? reps.left >= target && reps.right >= target : reps.total >= target;
}
