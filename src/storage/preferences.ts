import { z } from 'zod';
import { isExerciseId, MIN_REFERENCE_REPS } from '../shared/exercises';
import type { SquatReference, ExerciseId } from '../shared/exercise-core';
import { isModelId, type ModelId } from '../shared/pose';
import type { Plan } from '../ui/programme';
import { database } from './db';

/** What a person sets once and the app remembers, on this device. */
export interface Preferences {
  /** The pose model for every exercise, or each exercise's recommended one. */
  model: ModelId | 'recommended';
  /** Camera device id; '' for the default camera. */
  camera: string;
  /** Show the camera picture mirrored, as in a mirror (the default for a front camera). */
  mirror: boolean;
  voice: { enabled: boolean; /** A speechSynthesis voice name; null for the browser's default. */ name: string | null; rate: number };
  /** Changed fault thresholds per exercise, by key (ExerciseDefinition.adjustable). */
  thresholds: Partial<Record<ExerciseId, Record<string, number>>>;
  /** The person's own good squat set, later squats' depth, lean and knees are judged against; null for none. */
  squatReference: SquatReference | null;
}

/** A programme for one exercise: what the live view follows. */
export type Plans = Partial<Record<ExerciseId, Plan>>;

export const DEFAULT_PREFERENCES: Preferences = {
  model: 'recommended', camera: '', mirror: true, voice: { enabled: true, name: null, rate: 1.05 }, thresholds: {}, squatReference: null,
};

export const DEFAULT_PLAN: Plan = { sets: 3, reps: 10, holdSeconds: 0, tempo: null, restS: 60 };

const PREFERENCES_KEY = 'preferences';
const PLANS_KEY = 'plans';

const seconds = z.number().min(0).max(600);
// zod 4 numbers are finite (no NaN or Infinity).
const squatReferenceSchema = z.object({
  reps: z.number().int().min(MIN_REFERENCE_REPS),
  depth: z.number(),
  leanDeg: z.number().nullable(),
  kneeRatio: z.number().nullable(),
  createdAt: z.number(),
});
const planSchema = z.object({
  sets: z.number().int().min(1).max(20),
  reps: z.number().int().min(1).max(100),
  holdSeconds: seconds,
  tempo: z.tuple([seconds, seconds, seconds]).nullable(),
  restS: seconds,
});

/** Stored preferences, each field checked on its own: a bad field falls back to its default, not the rest. */
export function readPreferences(raw: unknown): Preferences {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const voice = (r.voice && typeof r.voice === 'object' ? r.voice : {}) as Record<string, unknown>;
  const thresholds: Preferences['thresholds'] = {};
  if (r.thresholds && typeof r.thresholds === 'object') {
    for (const [id, values] of Object.entries(r.thresholds as Record<string, unknown>)) {
      if (!isExerciseId(id) || !values || typeof values !== 'object') continue;
      const numbers = Object.entries(values as Record<string, unknown>).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]));
      if (numbers.length) thresholds[id] = Object.fromEntries(numbers);
    }
  }
  const d = DEFAULT_PREFERENCES;
  return {
    model: r.model === 'recommended' || isModelId(r.model) ? r.model : d.model,
    camera: typeof r.camera === 'string' ? r.camera : d.camera,
    mirror: typeof r.mirror === 'boolean' ? r.mirror : d.mirror,
    voice: {
      enabled: typeof voice.enabled === 'boolean' ? voice.enabled : d.voice.enabled,
      name: typeof voice.name === 'string' ? voice.name : null,
      rate: typeof voice.rate === 'number' && voice.rate >= 0.5 && voice.rate <= 2 ? voice.rate : d.voice.rate,
    },
    thresholds,
    squatReference: squatReferenceSchema.safeParse(r.squatReference).data ?? null,
  };
}

export function readPlans(raw: unknown): Plans {
  const plans: Plans = {};
  if (!raw || typeof raw !== 'object') return plans;
  for (const [id, plan] of Object.entries(raw as Record<string, unknown>)) {
    const parsed = planSchema.safeParse(plan);
    if (isExerciseId(id) && parsed.success) plans[id] = parsed.data;
  }
  return plans;
}

export async function loadPreferences(): Promise<Preferences> {
  return readPreferences(await (await database()).get('settings', PREFERENCES_KEY));
}

export async function savePreferences(p: Preferences): Promise<void> {
  await (await database()).put('settings', p, PREFERENCES_KEY);
}

export async function loadPlans(): Promise<Plans> {
  return readPlans(await (await database()).get('settings', PLANS_KEY));
}

export async function savePlans(plans: Plans): Promise<void> {
  await (await database()).put('settings', plans, PLANS_KEY);
}
