import * as Comlink from 'comlink';
import * as tf from '@tensorflow/tfjs-core';
import { createSession } from '../shared/exercises';
import type { ExerciseSession } from '../shared/session-types';
import { activate, candidates, type BackendCandidate } from './backend';
import { PoseModel } from './detector';
import { PeopleCounter } from './people-counter';
import type { FrameMeta, FrameResult, InitOptions, InitResult, PoseWorkerApi } from './pose-worker-api';
import { VerifiedModelStore } from './verified-model';

let model: PoseModel | null = null;
let people: PeopleCounter | null = null;
let session: ExerciseSession | null = null;

const BENCH_RUNS = 5;

async function timeModel(m: PoseModel): Promise<number> {
  const frame = tf.zeros([360, 640, 3], 'int32') as tf.Tensor3D;
  try {
    await m.estimate(frame, 0); // first call compiles kernels / uploads weights
    const times: number[] = [];
    for (let i = 1; i <= BENCH_RUNS; i++) {
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

const api: PoseWorkerApi = {
  async init(options: InitOptions): Promise<InitResult> {
    const start = performance.now();
    model?.dispose();
    model = null;
    const store = new VerifiedModelStore(options.modelsUrl);
    const list = await candidates(options.backend);
    let best: { candidate: BackendCandidate; model: PoseModel } | null = null;
    let lastError: unknown = null;
    for (const candidate of list.filter((c) => !c.skipped)) {
      try {
        await activate(candidate.name);
        const m = await PoseModel.create(options.model, store);
        candidate.msPerFrame = await timeModel(m);
        if (!best || candidate.msPerFrame < (best.candidate.msPerFrame ?? Infinity)) {
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
    model = best.model;
    // Loaded after the pose model so it never delays the first pose; without it, people go uncounted.
    if (!people) {
      PeopleCounter.create(store).then(
        (counter) => (people = counter),
        (err: unknown) => console.warn('People counter unavailable:', err),
      );
    }
    return {
      model: options.model,
      backend: best.candidate.name,
      candidates: list,
      loadMs: performance.now() - start,
      crossOriginIsolated: self.crossOriginIsolated,
    };
  },

  startSession(exercise, options) {
    session = createSession(exercise, options);
    model?.reset();
  },

  async processFrame(frame: ImageBitmap, meta: FrameMeta): Promise<FrameResult> {
    const start = performance.now();
    const { width, height } = frame;
    try {
      if (!model) throw Object.assign(new Error('The pose model is not loaded yet.'), { name: 'NotReady' });
      const detection = await model.estimate(frame, meta.t * 1000);
      const inferMs = performance.now() - start;
      const count = await people?.update(frame, meta.t);
      const snapshot = session?.update({ t: meta.t, keypoints: detection.keypoints, width, height, people: count }) ?? null;
      return { keypoints: detection.keypoints, width, height, people: count, snapshot, inferMs, workerMs: performance.now() - start };
    } finally {
      frame.close();
    }
  },

  finishSession() {
    const summary = session?.finish() ?? null;
    session = null;
    return summary;
  },

  resetTracking() {
    model?.reset();
  },
};

Comlink.expose(api);
