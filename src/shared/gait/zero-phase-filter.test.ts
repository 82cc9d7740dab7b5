import { describe, expect, it } from 'vitest';
import { bridgeGaps, finiteRuns, lowPassWithGaps, lowPassZeroPhase } from './zero-phase-filter';

const sine = (hz: number, fs: number, n: number, phase = 0): number[] => Array.from({ length: n }, (_, i) => Math.sin(2 * Math.PI * hz * (i / fs) + phase));

describe('zero-phase low-pass', () => {
  it('keeps a slow wave and its timing, and removes fast jitter', () => {
    const fs = 60;
    const slow = sine(1.4, fs, 360);
    const noisy = slow.map((v, i) => v + 0.3 * Math.sin(2 * Math.PI * 25 * (i / fs)));
    const out = lowPassZeroPhase(noisy, 7, fs);
    const inner = (x: number[]): number[] => x.slice(30, -30);
    const err = Math.max(...inner(out).map((v, i) => Math.abs(v - inner(slow)[i]!)));
    expect(err).toBeLessThan(0.05);
    // No phase lag: the peak stays on its sample.
    const peakAt = (x: number[]): number => {
      let best = 100;
      for (let i = 100; i < 160; i++) if (x[i]! > x[best]!) best = i;
      return best;
    };
    expect(peakAt(out)).toBe(peakAt(slow));
  });

  it('has no start-up transient on a constant or a ramp', () => {
    expect(lowPassZeroPhase(new Array(50).fill(3), 6, 30).every((v) => Math.abs(v - 3) < 1e-9)).toBe(true);
    const ramp = Array.from({ length: 50 }, (_, i) => 2 * i);
    expect(Math.max(...lowPassZeroPhase(ramp, 6, 30).map((v, i) => Math.abs(v - ramp[i]!)))).toBeLessThan(1e-3);
  });

  it('filters each run between gaps on its own and bridges short gaps only', () => {
    const x = [1, 2, 3, Number.NaN, 5, 6, Number.NaN, Number.NaN, Number.NaN, 10];
    expect(finiteRuns(x)).toEqual([[0, 3], [4, 6], [9, 10]]);
    const filtered = lowPassWithGaps(x, 5, 30);
    expect(Number.isNaN(filtered[3])).toBe(true);
    const bridged = bridgeGaps(x, 2);
    expect(bridged[3]).toBe(4);
    expect(bridged.slice(6, 9).every(Number.isNaN)).toBe(true);
    expect(bridgeGaps([Number.NaN, 1, 2], 3)[0]).toBeNaN();
  });
});
