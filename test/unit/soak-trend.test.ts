import { describe, expect, it } from 'vitest';
import { medianStep, slope } from '../../scripts/soak/trend';

/**
 * Memory (MB) of the clip page and its workers after each of 10 analyses of the same clip, each
 * once memory had settled after a garbage collection, Chromium 156.0.8078.114
 * (scripts/soak/run.ts): one jump of 10.3 MB at the 4th clip (the page's canvas memory,
 * 10.9 -> 20.3 MB) and otherwise nearly flat.
 */
const CHROMIUM_156 = [627.0, 627.8, 628.4, 638.7, 639.1, 639.2, 639.4, 639.4, 639.7, 639.9];
const clips = CHROMIUM_156.map((_, i) => i + 1);
const withLeak = (mbPerClip: number) => CHROMIUM_156.map((v, i) => v + mbPerClip * i);

describe('memory trend over a soak', () => {
  it('least squares: the slope of a line, 0 for one point', () => {
    expect(slope([1, 2, 3], [10, 12, 14])).toBeCloseTo(2);
    expect(slope([1], [5])).toBe(0);
  });

  it('a one-time jump sets the least-squares slope but not the median step', () => {
    expect(slope(clips.slice(1), CHROMIUM_156.slice(1))).toBeGreaterThan(0.8);
    expect(medianStep(clips.slice(1), CHROMIUM_156.slice(1))).toBeLessThan(0.5);
  });

  it('a leak of 1 MB a clip or more sets the median step', () => {
    for (const leak of [1, 1.42, 3]) expect(medianStep(clips.slice(1), withLeak(leak).slice(1))).toBeGreaterThan(leak);
  });

  it('per unit of x: samples half a minute apart', () => {
    expect(medianStep([0.5, 1, 1.5, 2], [100, 101, 102, 103])).toBeCloseTo(2);
  });
});
