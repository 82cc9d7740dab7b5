import * as Comlink from 'comlink';

export interface WorkerConnection<T> {
  remote: Comlink.Remote<T>;
  terminate(): void;
}

/**
 * Wraps a started module worker with comlink; onCrash fires if the worker dies outside a call
 * (e.g. out of memory). The worker is created by the caller: Vite bundles a worker only from a
 * literal `new Worker(new URL(...))` at the call site.
 */
export function connectWorker<T>(worker: Worker, crashMessage: string, onCrash: (message: string) => void): WorkerConnection<T> {
  worker.addEventListener('error', (e) => onCrash(e.message || crashMessage));
  const remote = Comlink.wrap<T>(worker);
  return {
    remote,
    terminate() {
      remote[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
