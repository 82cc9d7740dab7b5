/**
 * The exercise registry: adding an exercise is one module (its definition, which also adds its id
 * to ExerciseIds) plus one line in BY_ID. A correction no exercise has said before also needs its
 * sentence in exercise-core/cues.ts, where all spoken text is kept together.
 */
import {
  type AdjustableThreshold, createExerciseSession, type ExerciseDefinition, type ExerciseId,
  type ExerciseInfo, type ExerciseOptions, type ExerciseSession, type FaultDefinition,
  type SessionOptions,
} from '../exercise-core';
import { kneesBelowHips, type KeypointMap, DEFAULT_MODEL, type ModelId } from '../pose';
import { hipFlexorTest } from './hip-flexor-test';
import { march } from './march';
import { squat } from './squat';
import { heelSlide } from './heel-slide';
import { straightLegRaise } from './straight-leg-raise';
import { supineMarch } from './supine-march';
import { gluteBridge } from './glute-bridge';
import { deadBug } from './dead-bug';
import { pelvicTilt } from './pelvic-tilt';
import { legCurl } from './leg-curl';
import { kneelingStretch } from './kneeling-stretch';
import { birdDog } from './bird-dog';

/** Every exercise by its id, in display order; each definition must carry the id it is filed under. */
const BY_ID: { readonly [Id in ExerciseId]: ExerciseDefinition<Id> } = {
  march, squat, 'hip-flexor-test': hipFlexorTest, 'leg-curl': legCurl, 'kneeling-stretch': kneelingStretch, 'bird-dog': birdDog, 'pelvic-tilt': pelvicTilt, 'heel-slide': heelSlide,
  'straight-leg-raise': straightLegRaise, 'supine-march': supineMarch, 'glute-bridge': gluteBridge, 'dead-bug': deadBug,
};

const DEFINITIONS: readonly ExerciseDefinition[] = Object.values(BY_ID);

/** The exercises for the UI, in display order. */
export const EXERCISES: readonly ExerciseInfo[] = DEFINITIONS.map((d) => d.info);

export const isExerciseId = (v: unknown): v is ExerciseId => typeof v === 'string' && Object.hasOwn(BY_ID, v);

function definition(id: ExerciseId): ExerciseDefinition {
  const def: ExerciseDefinition | undefined = BY_ID[id];
  if (!def) throw new Error(`Unknown exercise: ${id}`);
  return def;
}

export const exerciseInfo = (id: ExerciseId): ExerciseInfo => definition(id).info;

/**
 * The pose model an exercise runs on unless the person picks one: BlazePose for floor work, lying
 * or kneeling (its detector turns its crop with the body, so a person lying or on hands and knees
 * across the picture is found; MoveNet expects people upright), the fast MoveNet Lightning otherwise.
 */
export const recommendedModel = (id: ExerciseId): ModelId => (definition(id).info.posture === 'standing' ? DEFAULT_MODEL : 'blazepose-lite');

/**
 * See ExerciseDefinition.startPoseLikeness: an exercise with its own start pose likes the frames in
 * it; null: the clip opens in the start position.
 */
export function startPoseLikeness(id: ExerciseId): ((kps: KeypointMap) => number | null) | null {
  const def = definition(id);
  const own = def.startPose;
  if (def.startPoseLikeness) return def.startPoseLikeness;
  if (own) return (kps) => (own.test(kps) ? 1 : 0);
  return def.info.posture === 'standing' ? kneesBelowHips : null;
}

export function createSession(id: ExerciseId, options?: SessionOptions): ExerciseSession {
  return createExerciseSession(definition(id), options);
}

export type { ExerciseInfo };

/** The fault thresholds of an exercise that the settings offer to change. */
export const adjustableThresholds = (id: ExerciseId): readonly AdjustableThreshold[] => definition(id).adjustable ?? [];

/** The set options an exercise offers (holds, tempo, the test's length, a personal reference). */
export const exerciseOptions = (id: ExerciseId): ExerciseOptions => definition(id).options ?? {};

const FAULTS_BY_ID = new Map(DEFINITIONS.flatMap((d) => d.faults.map((f) => [f.id, f] as const)));

/** A fault by its id, whichever exercise reported it (undefined for an id no exercise has). */
export const faultDefinition = (id: string): FaultDefinition | undefined => FAULTS_BY_ID.get(id);

// Used by the rest of the app.
export { MIN_REFERENCE_REPS, REFERENCE_MARGINS, referenceRecords, referenceReps, squatReference } from './squat-reference';
