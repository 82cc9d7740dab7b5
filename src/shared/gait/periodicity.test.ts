import { describe, expect, it } from 'vitest';
import { autocorrelation, estimatePeriodS } from './periodicity';

describe('periodicity', () => {
  it('finds the period of a noisy wave with gaps, not a multiple of it', () => {
    const fs = 30;
    const x = Array.from({ length: 300 }, (_, i) => Math.sin((2 * Math.PI * i) / (0.36 * fs)) + 0.2 * Math.sin(i * 1.7));
    for (let i = 50; i < 56; i++) x[i] = Number.NaN;
    expect(estimatePeriodS([x], fs, 0.15, 2.5)!).toBeCloseTo(0.36, 2);
    expect(autocorrelation(x, 0)).toBeCloseTo(1, 6);
  });

  it('gives null for a signal that does not repeat', () => {
    const ramp = Array.from({ length: 100 }, (_, i) => i);
    expect(estimatePeriodS([ramp], 30, 0.2, 1.5)).toBeNull();
  });
});
