import * as Comlink from 'comlink';
import type { ClipWorkerApi } from '../../worker/clip-worker-api';

export interface ClipClient {
  api: Comlink.Remote<ClipWorkerApi>;
  terminate(): void;
}

/** Starts the clip worker; onCrash fires if it dies outside a call (e.g. out of memory). */
export function startClipWorker(onCrash: (message: string) => void): ClipClient {
  const worker = new Worker(new URL('../../worker/clip.worker.ts', import.meta.url), { type: 'module', name: 'clip' });
  worker.addEventListener('error', (e) => onCrash(e.message || 'The analysis stopped unexpectedly.'));
  const api = Comlink.wrap<ClipWorkerApi>(worker);
  return {
    api,
    terminate() {
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
