import * as tf from '@tensorflow/tfjs-core';
import { createSession } from '../../shared/exercises';
import { FrameExchange } from '../../shared/frames';
import { LightMeter, meanLuma } from './light-level';
import type { ExerciseSession } from '../../shared/exercise-core';
import { continueSet } from './set-continuation';
import { rgbThumbnail, type Thumbnail } from './thumbnail';
import { BitmapLightMeter } from './bitmap-light-meter';
import type { DetectorInput, PoseModel } from '../../engine/detector';
import { bitmapThumbnail, KeyFrameKeeper } from './key-frame-keeper';
import { loadFastestModel } from '../../engine/model-loader';
import { PEOPLE_INTERVAL_S, PeopleCounter } from '../../engine/people-counter';
import type { BareBenchmark, FrameMeta, FrameResult, InitOptions, InitResult, PoseWorkerApi } from '../contract';
import { VerifiedModelStore } from '../../engine/verified-model';
import { workerMemory } from '../../engine/worker-memory';
import { yieldToMessages } from './yield-to-messages';
import { ProgressGate } from './progress-gate';

export interface PoseEngine extends PoseWorkerApi {
  dispose(): void;
}

/** Media-time step between benchmark frames, so the smoothing filters see a steady 30 fps. */
const BENCH_FRAME_MS = 1000 / 30;

const notReady = () => Object.assign(new Error('The pose model is not loaded yet.'), { name: 'NotReady' });

/**
 * Pose model, people counter and exercise scoring for one live session. The pose worker exposes
 * it; the main-thread baseline (?runner=main) calls it directly.
 */
export function createPoseEngine(): PoseEngine {
  let model: PoseModel | null = null;
  let people: PeopleCounter | null = null;
  let session: ExerciseSession | null = null;
  let exercising = false;
  let keyFrames = new KeyFrameKeeper();
  /** When the page is sent the set so far. */
  let gate = new ProgressGate(keyFrames);
  let feed: FrameExchange | null = null;
  const light = new LightMeter();
  const bitmapLight = new BitmapLightMeter(light);

  /** `grab`: a small picture of the frame, for the set's key frame. */
  async function estimateFrame(frame: DetectorInput, meta: FrameMeta, { width, height }: { width: number; height: number }, grab: () => Thumbnail): Promise<FrameResult> {
    const start = performance.now();
    if (!model) throw notReady();
    const detection = await model.estimate(frame, meta.t * 1000);
    const inferMs = performance.now() - start;
    const count = await people?.update(frame, meta.t, exercising ? PEOPLE_INTERVAL_S.exercising : PEOPLE_INTERVAL_S.setup);
    const snapshot = session?.update({ t: meta.t, keypoints: detection.keypoints, world: detection.world, width, height, people: count }) ?? null;
    exercising = snapshot?.state === 'exercising';
    if (snapshot) keyFrames.frame(snapshot, detection.keypoints, width, grab);
    const current = session;
    const progress = snapshot && current ? gate.next(snapshot.reps.total, () => current.progress()) : undefined;
    return { keypoints: detection.keypoints, width, height, people: count, snapshot, ...(progress ? { progress } : {}), inferMs, workerMs: performance.now() - start };
  }

  async function processFrame(frame: ImageBitmap, meta: FrameMeta): Promise<FrameResult> {
    try {
      const start = performance.now();
      const lowLight = bitmapLight.update(frame, meta.t);
      const lightMs = performance.now() - start;
      const result = await estimateFrame(frame, meta, frame, () => bitmapThumbnail(frame));
      return { ...result, workerMs: result.workerMs + lightMs, ...(lowLight === undefined ? {} : { lowLight }) };
    } finally {
      frame.close();
    }
  }

  return {
    async init(options: InitOptions): Promise<InitResult> {
      const start = performance.now();
      model?.dispose();
      model = null;
      const store = new VerifiedModelStore(options.modelsUrl);
      const loaded = await loadFastestModel(options.model, options.backend, store);
      model = loaded.model;
      // Loaded after the pose model so it never delays the first pose; without it, people go uncounted.
      if (!people) {
        PeopleCounter.create(store).then(
          (counter) => (people = counter),
          (err: unknown) => console.warn('People counter unavailable:', err),
        );
      }
      return {
        model: options.model,
        backend: loaded.backend,
        candidates: loaded.candidates,
        loadMs: performance.now() - start,
        crossOriginIsolated: globalThis.crossOriginIsolated,
      };
    },

    startSession(exercise, options, earlier) {
      session = earlier ? continueSet(createSession(exercise, options), earlier) : createSession(exercise, options);
      keyFrames = new KeyFrameKeeper(earlier?.keyFrame);
      gate = new ProgressGate(keyFrames, earlier);
      model?.reset();
    },

    processFrame,

    async runFeed(frames, onResult) {
      feed?.close();
      const current = new FrameExchange(frames);
      feed = current;
      try {
        for (let frame = await current.take(); frame; frame = await current.take()) {
          const pixels = tf.tensor3d(frame.rgb, [frame.height, frame.width, 3], 'int32');
          const result = await estimateFrame(pixels, { t: frame.t }, frame, () => rgbThumbnail(frame.rgb, frame.width, frame.height)).finally(() => pixels.dispose());
          const lowLight = light.update(frame.t, meanLuma(frame.rgb, frame.width, frame.height));
          onResult({ ...result, lowLight, frameAvailableAt: frame.availableAt, prepMs: frame.prepMs });
          await yieldToMessages();
        }
      } finally {
        current.close();
        if (feed === current) feed = null;
      }
    },

    stopFeed() {
      feed?.close();
    },

    async benchmarkBare(frames: ImageBitmap[], durationMs: number): Promise<BareBenchmark> {
      // The model gets the frames as the live feed gives them, RGB tensors made beforehand.
      const pixels = frames.map((f) => tf.browser.fromPixels(f));
      for (const f of frames) f.close();
      try {
        if (!model) throw notReady();
        if (pixels.length === 0) throw new Error('benchmarkBare needs at least one frame.');
        model.reset();
        const msPerCall: number[] = [];
        const start = performance.now();
        while (performance.now() - start < durationMs) {
          const callStart = performance.now();
          await model.estimate(pixels[msPerCall.length % pixels.length]!, msPerCall.length * BENCH_FRAME_MS);
          msPerCall.push(performance.now() - callStart);
        }
        return { msPerCall, totalMs: performance.now() - start };
      } finally {
        for (const p of pixels) p.dispose();
        model?.reset();
      }
    },

    async finishSession() {
      const summary = session?.finish() ?? null;
      session = null;
      if (!summary) return null;
      const keeper = keyFrames;
      gate.finish(summary);
      await keeper.settled();
      return keeper.attach(summary);
    },

    resetTracking() {
      model?.reset();
      light.reset();
    },

    memory: workerMemory,

    dispose() {
      feed?.close();
      model?.dispose();
      people?.dispose();
      model = people = session = null;
    },
  };
}
