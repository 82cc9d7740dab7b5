/** Following a programme plan: the options a planned set runs with, and when its target is met. */
import { exerciseOptions } from '../shared/exercises';
import type { ExerciseId, SessionOptions, SessionSnapshot, Tempo } from '../shared/exercise-core';

/** A programme for one exercise, as the person sets it in the settings. */
export interface Plan {
  sets: number;
  /** Reps per set; per side for exercises counted per side. */
  reps: number;
  /** Hold at the top (exercises with holdAtTop) or per side (with testLength), seconds; 0 for none. */
  holdSeconds: number;
  /** Squat tempo: down, pause, up, seconds. */
  tempo: Tempo | null;
  /** Rest between sets, seconds. */
  restS: number;
}

/** A tempo picked in a list whose option values are `tempo.join('-')`; null for "own pace" (''). */
export const tempoFromValue = (value: string): Tempo | null => (value ? (value.split('-').map(Number) as Tempo) : null);

/** The set options that carry out the plan (holds, tempo, a timed test's seconds), as far as the exercise offers them. */
export function planOptions(exercise: ExerciseId, plan: Pick<Plan, 'holdSeconds' | 'tempo'>): SessionOptions {
  const offers = exerciseOptions(exercise);
  if (offers.testLength) return { testSeconds: plan.holdSeconds || offers.testLength.default };
  return {
    ...(plan.holdSeconds > 0 && offers.holdAtTop ? { holdSeconds: plan.holdSeconds } : {}),
    ...(offers.tempo && plan.tempo ? { tempo: plan.tempo } : {}),
  };
}

/** Reps the set asks for on each side (or in all); a timed test is one hold per side. */
export function repsTarget(exercise: ExerciseId, plan: Pick<Plan, 'reps'>): number {
  return exerciseOptions(exercise).testLength ? 1 : plan.reps;
}

/** The plan a person starts from when they switch one on for the exercise. */
export function defaultPlan(exercise: ExerciseId, base: Plan): Plan {
  return { ...base, holdSeconds: exerciseOptions(exercise).testLength?.default ?? 0 };
}

/** The set's target is met: every side reached it (or the total, for exercises without sides). */
export function targetMet(reps: SessionSnapshot['reps'], target: number, perSide: boolean): boolean {
  return perSide ? reps.left >= target && reps.right >= target : reps.total >= target;
}
