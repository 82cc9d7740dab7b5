import { describe, expect, it } from 'vitest';
import { CrashWatch } from './crash-watch';

describe('CrashWatch', () => {
  it('passes a call through and forgets it once settled', async () => {
    const watch = new CrashWatch();
    const calls = [watch.guard(Promise.resolve(1)), watch.guard(Promise.reject(new Error('no')))];
    expect(watch.inFlight).toBe(2);
    await expect(calls[0]).resolves.toBe(1);
    await expect(calls[1]).rejects.toThrow('no');
    expect(watch.inFlight).toBe(0);
  });

  it('rejects calls in flight when the helper dies, and every later call', async () => {
    const watch = new CrashWatch();
    const hanging = watch.guard(new Promise<number>(() => {}));
    watch.fail(new Error('out of memory'));
    await expect(hanging).rejects.toThrow('out of memory');
    expect(watch.inFlight).toBe(0);
    await expect(watch.guard(Promise.resolve(2))).rejects.toThrow('out of memory');
  });

  it('keeps the first cause when the helper is reported dead twice', async () => {
    const watch = new CrashWatch();
    watch.fail(new Error('first'));
    watch.fail(new Error('second'));
    await expect(watch.guard(Promise.resolve(0))).rejects.toThrow('first');
  });
});
