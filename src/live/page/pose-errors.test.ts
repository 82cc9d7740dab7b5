import { describe, expect, it } from 'vitest';
import type { PoseEngineApi } from '../contract';
import { PoseEngineError, poseEngineError, typedPoseApi } from './pose-errors';

const named = (name: string, message: string) => Object.assign(new Error(message), { name });

describe('pose engine errors', () => {
  it('keeps the kind of the worker errors comlink passes on by name', () => {
    expect(poseEngineError(named('ModelFileError', 'Model file models/x.bin is missing.'))).toMatchObject({ kind: 'model-file', message: 'Model file models/x.bin is missing.' });
    expect(poseEngineError(named('BackendError', 'no backend'))).toMatchObject({ kind: 'backend' });
    expect(poseEngineError(new TypeError('x is undefined'))).toMatchObject({ kind: 'engine', message: 'The pose engine failed: x is undefined' });
    expect(poseEngineError('plain string')).toMatchObject({ kind: 'engine', message: 'The pose engine failed: plain string' });
  });

  it('makes every rejection of the API a PoseEngineError, and leaves results alone', async () => {
    const api = typedPoseApi({
      finishSession: async () => null,
      init: async () => { throw named('ModelFileError', 'gone'); },
    } as unknown as PoseEngineApi);
    await expect(api.finishSession()).resolves.toBeNull();
    const err = await api.init({ model: 'movenet-lightning', backend: 'auto', modelsUrl: '/' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PoseEngineError);
    expect(err).toMatchObject({ kind: 'model-file', message: 'gone' });
  });
});
