import * as Comlink from 'comlink';
import { CrashWatch } from './crash-watch';

export interface WorkerConnection<T> {
  remote: Comlink.Remote<T>;
  /**
   * Settles as the call does, or rejects once the worker has died or been terminated: comlink
   * forgets a released proxy's calls in flight, and they would wait for ever.
   */
  guard<P extends Promise<unknown>>(call: P): Promise<Awaited<P>>;
  terminate(): void;
}

/**
 * Wraps a started module worker with comlink; onCrash fires if the worker dies outside a call
 * (e.g. out of memory). The worker is created by the caller: Vite bundles a worker only from a
 * literal `new Worker(new URL(...))` at the call site.
 */
export function connectWorker<T>(worker: Worker, crashMessage: string, onCrash: (message: string) => void): WorkerConnection<T> {
  const watch = new CrashWatch();
  worker.addEventListener('error', (e) => {
    const message = e.message || crashMessage;
    watch.fail(new Error(message));
    onCrash(message);
  });
  const remote = Comlink.wrap<T>(worker);
  return {
    remote,
    guard: (call) => watch.guard(call),
    terminate() {
      watch.fail(new Error('The worker was stopped before it answered.'));
      remote[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
