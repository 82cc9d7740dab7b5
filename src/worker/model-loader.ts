import * as tf from '@tensorflow/tfjs-core';
import type { ModelId } from '../shared/models';
import { activate, candidates, type BackendCandidate, type BackendChoice, type BackendName } from './backend';
import { PoseModel } from './detector';
import type { VerifiedModelStore } from './verified-model';

const BENCH_RUNS = 5;

/** Warms the model up (the first call compiles kernels and uploads weights), then times `runs` calls. */
async function timeModel(m: PoseModel, runs: number): Promise<number | undefined> {
  const frame = tf.zeros([360, 640, 3], 'int32') as tf.Tensor3D;
  try {
    await m.estimate(frame, 0);
    if (runs === 0) {
      m.reset();
      return undefined;
    }
    const times: number[] = [];
    for (let i = 1; i <= runs; i++) {
      const start = performance.now();
      await m.estimate(frame, i * 33);
      times.push(performance.now() - start);
    }
    m.reset();
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)] ?? Infinity;
  } finally {
    frame.dispose();
  }
}

export interface LoadedModel {
  model: PoseModel;
  backend: BackendName;
  candidates: BackendCandidate[];
}

/**
 * Loads the model on every candidate backend, times a few inferences on each and keeps the
 * fastest, leaving that backend active. Model file errors (missing, corrupt) end the search.
 */
export async function loadFastestModel(id: ModelId, choice: BackendChoice, store: VerifiedModelStore): Promise<LoadedModel> {
  const list = await candidates(choice);
  const viable = list.filter((c) => !c.skipped);
  let best: { candidate: BackendCandidate; model: PoseModel } | null = null;
  let lastError: unknown = null;
  for (const candidate of viable) {
    try {
      await activate(candidate.name);
      const m = await PoseModel.create(id, store);
      // With one candidate there is nothing to compare: warming up is enough.
      candidate.msPerFrame = await timeModel(m, viable.length > 1 ? BENCH_RUNS : 0);
      if (!best || (candidate.msPerFrame ?? Infinity) < (best.candidate.msPerFrame ?? Infinity)) {
        best?.model.dispose();
        best = { candidate, model: m };
      } else {
        m.dispose();
      }
    } catch (err) {
      if (err instanceof Error && err.name === 'ModelFileError') throw err;
      candidate.skipped = err instanceof Error ? err.message : String(err);
      lastError = err;
    }
  }
  if (!best) {
    const reason = lastError instanceof Error ? lastError.message : 'no backend could start';
    throw Object.assign(new Error(`Pose estimation cannot run in this browser: ${reason}`), { name: 'BackendError' });
  }
  await activate(best.candidate.name);
  return { model: best.model, backend: best.candidate.name, candidates: list };
}
