import * as Comlink from 'comlink';
import type { PoseClient, PoseRunner, PoseWorkerApi } from '../contract';
import { startMainThreadPose } from './main-thread-pose';
import { connectWorker } from '../../shared/worker-connection';
import { typedPoseApi } from './pose-errors';

/** Starts the pose worker; onCrash fires if the worker dies outside a call (e.g. out of memory). */
export function startPoseWorker(onCrash: (message: string) => void): PoseClient {
  const worker = new Worker(new URL('../worker/pose.worker.ts', import.meta.url), { type: 'module', name: 'pose' });
  const { remote, guard, terminate } = connectWorker<PoseWorkerApi>(worker, 'The pose worker stopped unexpectedly.', onCrash);
  return {
    api: {
      init: (options) => guard(remote.init(options)),
      startSession: (exercise, options, earlier) => guard(remote.startSession(exercise, options, earlier)),
      processFrame: (frame, meta) => guard(remote.processFrame(Comlink.transfer(frame, [frame]), meta)),
      runFeed: (frames, onResult) => guard(remote.runFeed(frames, Comlink.proxy(onResult))),
      stopFeed: () => guard(remote.stopFeed()),
      benchmarkBare: (frames, durationMs) => guard(remote.benchmarkBare(Comlink.transfer(frames, frames), durationMs)),
      finishSession: () => guard(remote.finishSession()),
      resetTracking: () => guard(remote.resetTracking()),
      memory: () => guard(remote.memory()),
    },
    terminate,
  };
}

/** The engine where it runs; every call's rejection is a PoseEngineError. */
export function startPoseEngine(runner: PoseRunner, onCrash: (message: string) => void): PoseClient {
  const client = runner === 'main' ? startMainThreadPose() : startPoseWorker(onCrash);
  return { ...client, api: typedPoseApi(client.api) };
}
