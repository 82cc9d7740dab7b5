import { describe, expect, it } from 'vitest';
import { benchLive, type LiveMeasurer, type WorkerMeasurement } from '../../scripts/bench/live';
import type { LiveRow } from '../../scripts/bench/report';
import { StepTimeout } from '../../scripts/lib/bounded';

const liveRow = (model: string, backend: string, mode: LiveRow['mode']): LiveRow => ({
  model, backend, mode, feed: 'track', offered: 0, processed: 0, dropped: 0, fps: 30, cameraFps: 30, inferMsMedian: 0, inferMsP90: 0,
  latencyMsMedian: 0, latencyMsP90: 0, rafFps: 60, rafGapMaxMs: 0, longTasks: 0, firstPoseMs: null, firstPoseCachedMs: null,
});

const worker = (model: string, backend: string): WorkerMeasurement => ({
  camera: { width: 1280 }, live: liveRow(model, backend, 'worker'), bare: { model, backend, fps: 40, inferMsMedian: 25, calls: 10 },
});

describe('benchLive', () => {
  it('records a configuration that hangs as failed with the step it waited for, and goes on to the next', async () => {
    const measured: string[] = [];
    const measurer: LiveMeasurer = {
      auto: async () => ({ ok: 'picks wasm here' }),
      worker: async (model, backend) => {
        measured.push(`${model} ${backend} worker`);
        if (model === 'movenet-lightning' && backend === 'wasm') throw new StepTimeout('the bare model benchmark', 67_500);
        if (backend === 'webgpu') return { unavailable: 'WebGPU is not available' };
        return { ok: worker(model, backend) };
      },
      main: async (model, backend) => {
        measured.push(`${model} ${backend} main`);
        return { ok: liveRow(model, backend, 'main') };
      },
    };
    const log: string[] = [];
    const section = await benchLive(['movenet-lightning', 'blazepose-lite'], ['auto', 'wasm', 'webgpu'], measurer, (line) => log.push(line));

    expect(section.failed).toEqual([{ config: 'movenet-lightning wasm worker', reason: 'the bare model benchmark: no answer after 68 s' }]);
    expect(measured).toEqual([
      'movenet-lightning wasm worker', 'movenet-lightning webgpu worker',
      'blazepose-lite wasm worker', 'blazepose-lite wasm main', 'blazepose-lite webgpu worker',
    ]);
    expect(section.live.map((r) => `${r.model} ${r.backend} ${r.mode}`)).toEqual(['blazepose-lite wasm worker', 'blazepose-lite wasm main']);
    expect(section.skipped).toEqual([
      { model: 'movenet-lightning', backend: 'auto', reason: 'picks wasm here' },
      { model: 'movenet-lightning', backend: 'webgpu', reason: 'WebGPU is not available' },
      { model: 'blazepose-lite', backend: 'auto', reason: 'picks wasm here' },
      { model: 'blazepose-lite', backend: 'webgpu', reason: 'WebGPU is not available' },
    ]);
    expect(log).toContain('movenet-lightning wasm worker FAILED: the bare model benchmark: no answer after 68 s');
  });

  it('records a main-thread run that throws as failed, keeping the worker rows', async () => {
    const measurer: LiveMeasurer = {
      auto: async () => ({ ok: '' }),
      worker: async (model, backend) => ({ ok: worker(model, backend) }),
      main: async () => {
        throw new Error('page.evaluate: Target crashed\n  at ...');
      },
    };
    const section = await benchLive(['movenet-lightning'], ['wasm'], measurer, () => {});
    expect(section.failed).toEqual([{ config: 'movenet-lightning wasm main thread', reason: 'page.evaluate: Target crashed' }]);
    expect(section.live.map((r) => r.mode)).toEqual(['worker']);
    expect(section.bare).toHaveLength(1);
  });
});
