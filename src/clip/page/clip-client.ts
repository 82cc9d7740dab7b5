import type * as Comlink from 'comlink';
import type { ClipWorkerApi } from '../contract';
import { connectWorker } from '../../shared/worker-connection';

export interface ClipClient {
  api: Comlink.Remote<ClipWorkerApi>;
  terminate(): void;
}

/** Starts the clip worker; onCrash fires if it dies outside a call (e.g. out of memory). */
export function startClipWorker(onCrash: (message: string) => void): ClipClient {
  const worker = new Worker(new URL('../worker/clip.worker.ts', import.meta.url), { type: 'module', name: 'clip' });
  const { remote, terminate } = connectWorker<ClipWorkerApi>(worker, 'The analysis stopped unexpectedly.', onCrash);
  return { api: remote, terminate };
}
