/** Following a programme plan: the options a planned set runs with, and when its target is met. */
import type { ExerciseId, SessionOptions, SessionSnapshot } from '../shared/exercise-core/session-types';

/** A programme for one exercise, as the person sets it in the settings. */
export interface Plan {
  sets: number;
  /** Reps per set; per side for exercises counted per side. */
  reps: number;
  /** Hold at the top (march, supine march, bridge) or per side (hip-flexor test), seconds; 0 for none. */
  holdSeconds: number;
  /** Squat tempo: down, pause, up, seconds. */
  tempo: Tempo | null;
  /** Rest between sets, seconds. */
  restS: number;
}

export type Tempo = [number, number, number];

/** The squat tempos (down, pause, up, seconds) a person can pick. */
export const TEMPOS: readonly Tempo[] = [[3, 2, 1], [2, 1, 1], [4, 1, 1], [3, 0, 1]];

/** A tempo picked in a list whose option values are `tempo.join('-')`; null for "own pace" (''). */
export const tempoFromValue = (value: string): Tempo | null => (value ? (value.split('-').map(Number) as Tempo) : null);

/** The exercises that hold at the top of each rep when asked to (SessionOptions.holdSeconds). */
const HOLD_AT_TOP: ReadonlySet<ExerciseId> = new Set(['march', 'supine-march', 'glute-bridge']);

/** The set options that carry out the plan (holds, tempo, the hip-flexor test's seconds). */
export function planOptions(exercise: ExerciseId, plan: Pick<Plan, 'holdSeconds' | 'tempo'>): SessionOptions {
  if (exercise === 'hip-flexor-test') return { testSeconds: plan.holdSeconds || 30 };
  return {
    ...(plan.holdSeconds > 0 && HOLD_AT_TOP.has(exercise) ? { holdSeconds: plan.holdSeconds } : {}),
    ...(exercise === 'squat' && plan.tempo ? { tempo: plan.tempo } : {}),
  };
}

/** Reps the set asks for on each side (or in all); the hip-flexor test is one hold per side. */
export function repsTarget(exercise: ExerciseId, plan: Pick<Plan, 'reps'>): number {
  return exercise === 'hip-flexor-test' ? 1 : plan.reps;
}

/** The set's target is met: every side reached it (or the total, for exercises without sides). */
export function targetMet(reps: SessionSnapshot['reps'], target: number, perSide: boolean): boolean {
  return perSide ? reps.left >= target && reps.right >= target : reps.total >= target;
}
