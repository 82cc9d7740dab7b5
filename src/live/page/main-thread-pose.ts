import type { PoseClient } from '../contract';

/**
 * The pose engine on the main thread, as the pose-detection demos run it: the baseline the worker
 * pipeline is benchmarked against (?runner=main). Loaded on demand, so the app's main bundle
 * carries no tfjs.
 */
export function startMainThreadPose(): PoseClient {
  const engine = import('../worker/pose-engine').then((m) => m.createPoseEngine());
  return {
    api: {
      init: async (options) => (await engine).init(options),
      startSession: async (exercise, options, earlier) => (await engine).startSession(exercise, options, earlier),
      processFrame: async (frame, meta) => (await engine).processFrame(frame, meta),
      runFeed: async (frames, onResult) => (await engine).runFeed(frames, onResult),
      stopFeed: async () => (await engine).stopFeed(),
      benchmarkBare: async (frames, durationMs) => (await engine).benchmarkBare(frames, durationMs),
      finishSession: async () => (await engine).finishSession(),
      resetTracking: async () => (await engine).resetTracking(),
      memory: async () => (await engine).memory(),
    },
    terminate() {
      void engine.then((e) => e.dispose());
    },
  };
}
