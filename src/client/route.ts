import type { BackendChoice } from '../worker/backend';
import { DEFAULT_MODEL, isModelId, type ModelId } from '../shared/models';
import { isExerciseId } from '../shared/exercises';
import type { ExerciseId } from '../shared/session-types';

/** The app's pages live in the query string, so /?exercise=squat opens the live view directly. */
export interface LiveRoute {
  exercise: ExerciseId;
  model: ModelId;
  backend: BackendChoice;
  camera?: string;
}

const BACKENDS: readonly BackendChoice[] = ['auto', 'wasm', 'webgl', 'webgpu'];

export function parseRoute(search: string): LiveRoute | null {
  const q = new URLSearchParams(search);
  const exercise = q.get('exercise');
  if (!isExerciseId(exercise)) return null;
  const model = q.get('model');
  const backend = q.get('backend') as BackendChoice | null;
  return {
    exercise,
    model: isModelId(model) ? model : DEFAULT_MODEL,
    backend: backend && BACKENDS.includes(backend) ? backend : 'auto',
    camera: q.get('camera') ?? undefined,
  };
}

export function routeSearch(route: LiveRoute): string {
  const q = new URLSearchParams({ exercise: route.exercise });
  if (route.model !== DEFAULT_MODEL) q.set('model', route.model);
  if (route.backend !== 'auto') q.set('backend', route.backend);
  if (route.camera) q.set('camera', route.camera);
  return `?${q.toString()}`;
}
