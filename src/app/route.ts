import type { BackendChoice } from '../engine/backend';
import { isModelId } from '../shared/pose';
import type { SessionOptions } from '../shared/exercise-core';
import { clipModel, isClipExercise } from '../shared/clip';
import { isExerciseId, recommendedModel } from '../shared/exercises';
import type { ClipRoute } from '../clip/page/ClipPage';
import type { LiveRoute } from '../live/page/live-route';

const BACKENDS: readonly BackendChoice[] = ['auto', 'wasm', 'webgl', 'webgpu'];

/** Clip mode: /?exercise=running, or /?clip&exercise=<id> for a rep exercise filmed beforehand. */
export function parseClipRoute(search: string): ClipRoute | null {
  const q = new URLSearchParams(search);
  const exercise = q.get('exercise');
  if (!isClipExercise(exercise) || (exercise !== 'running' && !q.has('clip'))) return null;
  const model = q.get('model');
  const workers = Number(q.get('workers'));
  return { exercise, model: isModelId(model) ? model : clipModel(exercise), ...(Number.isInteger(workers) && workers >= 1 ? { workers } : {}) };
}

export function clipRouteSearch(route: ClipRoute): string {
  const q = new URLSearchParams({ exercise: route.exercise });
  if (route.exercise !== 'running') q.set('clip', '');
  q.set('model', route.model);
  if (route.workers) q.set('workers', String(route.workers));
  return `?${q.toString()}`;
}

export function parseRoute(search: string): LiveRoute | null {
  const q = new URLSearchParams(search);
  const exercise = q.get('exercise');
  if (!isExerciseId(exercise) || q.has('clip')) return null;
  const model = q.get('model');
  const backend = q.get('backend') as BackendChoice | null;
  return {
    exercise,
    model: isModelId(model) ? model : recommendedModel(exercise),
    backend: backend && BACKENDS.includes(backend) ? backend : 'auto',
    camera: q.get('camera') ?? undefined,
    runner: q.get('runner') === 'main' ? 'main' : 'worker',
    feed: q.get('feed') === 'video' ? 'video' : undefined,
    options: parseOptions(q),
    ...(Number(q.get('set')) >= 1 && Number.isInteger(Number(q.get('set'))) ? { set: Number(q.get('set')) } : {}),
  };
}

function parseOptions(q: URLSearchParams): SessionOptions {
  const options: SessionOptions = {};
  const hold = Number(q.get('hold'));
  if (hold > 0 && hold <= 30) options.holdSeconds = hold;
  const seconds = Number(q.get('seconds'));
  if (seconds > 0 && seconds <= 120) options.testSeconds = seconds;
  const tempo = q.get('tempo')?.split('-').map(Number);
  if (tempo?.length === 3 && tempo.every((n) => n >= 0 && n <= 10)) options.tempo = tempo as [number, number, number];
  const view = q.get('view');
  if (view === 'front' || view === 'side') options.view = view;
  return options;
}

export function routeSearch(route: LiveRoute): string {
  const q = new URLSearchParams({ exercise: route.exercise });
  if (route.model !== recommendedModel(route.exercise)) q.set('model', route.model);
  if (route.backend !== 'auto') q.set('backend', route.backend);
  if (route.camera) q.set('camera', route.camera);
  if (route.runner === 'main') q.set('runner', 'main');
  if (route.feed) q.set('feed', route.feed);
  const o = route.options;
  if (o.holdSeconds) q.set('hold', String(o.holdSeconds));
  if (o.testSeconds) q.set('seconds', String(o.testSeconds));
  if (o.tempo) q.set('tempo', o.tempo.join('-'));
  if (o.view) q.set('view', o.view);
  if (route.set) q.set('set', String(route.set));
  return `?${q.toString()}`;
}

/** The pages beside the exercises: ?history (?history=<id> for one entry), ?progress, ?settings, ?privacy. */
export type OtherPage =
  | { kind: 'history'; id?: string }
  | { kind: 'progress' }
  | { kind: 'settings' }
  | { kind: 'privacy' };

export function parseOtherPage(search: string): OtherPage | null {
  const q = new URLSearchParams(search);
  if (q.has('history')) return q.get('history') ? { kind: 'history', id: q.get('history')! } : { kind: 'history' };
  for (const kind of ['progress', 'settings', 'privacy'] as const) if (q.has(kind)) return { kind };
  return null;
}

export function otherPageSearch(page: OtherPage): string {
  return page.kind === 'history' && page.id ? `?history=${encodeURIComponent(page.id)}` : `?${page.kind}`;
}
