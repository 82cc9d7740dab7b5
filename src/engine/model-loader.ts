import * as tf from '@tensorflow/tfjs-core';
import type { ModelId } from '../shared/pose';
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
  // Assigned by tryCandidates: declared this way so the checks below are not narrowed to null.
  let best = null as { candidate: BackendCandidate; model: PoseModel } | null;
  let lastError: unknown = null;

  async function tryCandidates(tries: BackendCandidate[], timedRuns: number): Promise<void> {
    for (const candidate of tries) {
      try {
        await activate(candidate.name);
        const m = await PoseModel.create(id, store);
        candidate.msPerFrame = await timeModel(m, timedRuns);
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
  }

  const viable = list.filter((c) => !c.skipped);
  // With one candidate there is nothing to compare: warming up is enough.
  await tryCandidates(viable, viable.length > 1 ? BENCH_RUNS : 0);
  if (!best) {
    // Nothing fast can run (WebAssembly switched off): a software-emulated GPU still runs the model,
    // a few frames a second, which beats no coaching at all.
    const whyNotFast = list.find((c) => c.name === 'wasm')?.skipped ?? list.filter((c) => c.skipped && !c.softwareGpu).map((c) => c.skipped).join('; ');
    const fastError = lastError;
    for (const c of list.filter((x) => x.softwareGpu)) {
      delete c.skipped;
      await tryCandidates([c], 0);
      if (best) {
        c.lastResort = whyNotFast || 'no other backend could start';
        break;
      }
    }
    // Say why the fast backends failed, not why the emulated one did.
    lastError = fastError ?? lastError;
  }
  if (!best) {
    const reason = lastError instanceof Error ? lastError.message : 'no backend could start';
    throw Object.assign(new Error(`Pose estimation cannot run in this browser: ${reason.replace(/\.?$/, '.')}`), { name: 'BackendError' });
  }
  await activate(best.candidate.name);
  return { model: best.model, backend: best.candidate.name, candidates: list };
}
