import { describe, expect, it } from 'vitest';
import { findPeaks, refineExtremum, timeAt } from './peaks';

describe('peaks', () => {
  it('finds peaks with a minimum spacing and prominence, refined between samples', () => {
    const x = Array.from({ length: 200 }, (_, i) => Math.sin((2 * Math.PI * i) / 40) + 0.05 * Math.sin(i * 2.1));
    const peaks = findPeaks(x, { minDistance: 20, minProminence: 0.5 });
    expect(peaks.length).toBe(5);
    const y = [0, 1, 3, 4, 3.5, 1];
    expect(refineExtremum(y, 3)).toBeGreaterThan(3);
    expect(refineExtremum(y, 3)).toBeLessThan(3.5);
  });

  it('reads times at fractional indices', () => {
    expect(timeAt([0, 0.1, 0.2], 1.5)).toBeCloseTo(0.15, 9);
    expect(timeAt([0, 0.1, 0.2], 5)).toBe(0.2);
  });
});
