import { errors, type Browser, type Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeBrowser, evaluateWithin, launchWithin, StepTimeout, stepWithin, within } from '../../scripts/lib/bounded';

const never = <T>(): Promise<T> => new Promise<T>(() => {});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('within', () => {
  it('resolves with the promise and clears its timer', async () => {
    await expect(within('a step', 1000, Promise.resolve(42))).resolves.toBe(42);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('passes a rejection on and clears its timer', async () => {
    await expect(within('a step', 1000, Promise.reject(new Error('page crashed')))).rejects.toThrow('page crashed');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects with a StepTimeout naming what it waited for once ms have passed', async () => {
    const result = within('the first pose', 30_000, never());
    const outcome = expect(result).rejects.toThrow(new StepTimeout('the first pose', 30_000));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
    await expect(result).rejects.toThrow('the first pose: no answer after 30 s');
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('evaluateWithin', () => {
  it('names the evaluate that never answered', async () => {
    const page = { evaluate: () => never() } as unknown as Page;
    const result = evaluateWithin(page, 'reading the live stats', 5000, () => 1);
    const outcome = expect(result).rejects.toThrow('reading the live stats: no answer after 5 s');
    await vi.advanceTimersByTimeAsync(5000);
    await outcome;
  });
});

describe('stepWithin', () => {
  it("gives the step its timeout and turns playwright's TimeoutError into a StepTimeout naming the step", async () => {
    const step = vi.fn((timeout: number) => Promise.reject(new errors.TimeoutError(`Timeout ${timeout}ms exceeded.`)));
    await expect(stepWithin('the first pose or the error screen', 180_000, step)).rejects.toThrow(new StepTimeout('the first pose or the error screen', 180_000));
    expect(step).toHaveBeenCalledWith(180_000);
  });

  it('passes other errors on as they are', async () => {
    await expect(stepWithin('loading the app', 1000, () => Promise.reject(new Error('net::ERR_CONNECTION_REFUSED')))).rejects.toThrow('net::ERR_CONNECTION_REFUSED');
  });
});

describe('launchWithin', () => {
  it('closes a browser that starts after the limit', async () => {
    let started!: (b: Browser) => void;
    const browser = { close: vi.fn(() => Promise.resolve()) } as unknown as Browser;
    const result = launchWithin('starting Chromium', 60_000, new Promise<Browser>((resolve) => (started = resolve)));
    const outcome = expect(result).rejects.toThrow('starting Chromium: no answer after 60 s');
    await vi.advanceTimersByTimeAsync(60_000);
    await outcome;
    started(browser);
    await vi.advanceTimersByTimeAsync(0);
    expect(browser.close).toHaveBeenCalledOnce();
  });
});

describe('closeBrowser', () => {
  it('warns and goes on when the browser will not close', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const done = closeBrowser({ close: () => never() } as unknown as Browser);
    await vi.advanceTimersByTimeAsync(15_000);
    await expect(done).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith('closing Chromium: no answer after 15 s; left to be killed on exit');
  });
});
