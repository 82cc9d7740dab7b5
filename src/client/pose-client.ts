import * as Comlink from 'comlink';
import type { PoseWorkerApi } from '../worker/pose-worker-api';

export interface PoseClient {
  api: Comlink.Remote<PoseWorkerApi>;
  terminate(): void;
}

/** Starts the pose worker; onCrash fires if the worker dies outside a call (e.g. out of memory). */
export function startPoseWorker(onCrash: (message: string) => void): PoseClient {
  const worker = new Worker(new URL('../worker/pose.worker.ts', import.meta.url), { type: 'module', name: 'pose' });
  worker.addEventListener('error', (e) => onCrash(e.message || 'The pose worker stopped unexpectedly.'));
  const api = Comlink.wrap<PoseWorkerApi>(worker);
  return {
    api,
    terminate() {
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}

export const modelsUrl = (): string => new URL(`${import.meta.env.BASE_URL}models/`, location.href).href;
