import type { PoseEngineApi } from '../contract';

export type PoseEngineErrorKind =
  | 'model-file' // a model file missing or damaged
  | 'backend' // no way to run the model in this browser
  | 'stopped' // the worker died or stopped answering, again and again
  | 'engine'; // anything else the engine threw

/** Every failure of a pose engine call, as the UI receives it. */
export class PoseEngineError extends Error {
  constructor(readonly kind: PoseEngineErrorKind, message: string) {
    super(message);
    this.name = 'PoseEngineError';
  }
}

/**
 * The typed error for anything a pose engine call rejected with. Across the worker boundary comlink
 * keeps an error's name and message but not its class, so the worker's errors are told apart by
 * name (ModelFileError, BackendError).
 */
export function poseEngineError(err: unknown): PoseEngineError {
  if (err instanceof PoseEngineError) return err;
  const name = err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'ModelFileError') return new PoseEngineError('model-file', message);
  if (name === 'BackendError') return new PoseEngineError('backend', message);
  return new PoseEngineError('engine', `The pose engine failed: ${message}`);
}

/** The same API, every rejection a PoseEngineError. */
export function typedPoseApi(api: PoseEngineApi): PoseEngineApi {
  const typed = {} as Record<string, unknown>;
  for (const [key, call] of Object.entries(api) as [string, (...args: unknown[]) => Promise<unknown>][]) {
    // Through a promise, so a call that throws at once (a released worker) rejects typed as well.
    typed[key] = (...args: unknown[]) => Promise.resolve().then(() => call(...args)).catch((err: unknown) => {
      throw poseEngineError(err);
    });
  }
  return typed as PoseEngineApi;
}
