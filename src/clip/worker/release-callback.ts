import * as Comlink from 'comlink';

/**
 * Closes the message channel of a callback passed in with Comlink.proxy once a call is over.
 * Left to garbage collection, every analysis kept one channel open on each side.
 */
export function releaseCallback(callback: unknown): void {
  (callback as Partial<Comlink.Remote<unknown>>)[Comlink.releaseProxy]?.();
}
