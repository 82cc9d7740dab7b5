import { describe, expect, it } from 'vitest';
import { connectWorker } from './worker-connection';

/** A worker that takes every message and never answers, and can raise an error event. */
class SilentWorker extends EventTarget {
  terminated = false;
  postMessage(): void {}
  terminate(): void {
    this.terminated = true;
  }
  start(): void {}
}

interface Api {
  memory(): number;
}

describe('connectWorker', () => {
  it('rejects a call in flight when the worker is terminated (comlink alone would wait for ever)', async () => {
    const worker = new SilentWorker();
    const { remote, guard, terminate } = connectWorker<Api>(worker as unknown as Worker, 'It stopped unexpectedly.', () => {});
    const call = guard(remote.memory());
    terminate();
    await expect(call).rejects.toThrow('stopped before it answered');
    expect(worker.terminated).toBe(true);
  });

  it('rejects calls in flight and reports the crash when the worker dies', async () => {
    const worker = new SilentWorker();
    const crashes: string[] = [];
    const { remote, guard } = connectWorker<Api>(worker as unknown as Worker, 'It stopped unexpectedly.', (m) => crashes.push(m));
    const call = guard(remote.memory());
    worker.dispatchEvent(Object.assign(new Event('error'), { message: '' }));
    await expect(call).rejects.toThrow('It stopped unexpectedly.');
    expect(crashes).toEqual(['It stopped unexpectedly.']);
  });
});
