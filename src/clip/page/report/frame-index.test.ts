import { describe, expect, it } from 'vitest';
import { frameAtTime } from './frame-index';

describe('frameAtTime', () => {
  const times = [0, 1 / 30, 2 / 30, 3 / 30];
  it('finds the nearest frame and clamps times outside the clip', () => {
    expect(frameAtTime(times, 0.04)).toBe(1);
    expect(frameAtTime(times, 0.06)).toBe(2);
    expect(frameAtTime(times, -2)).toBe(0);
    expect(frameAtTime(times, 9)).toBe(3);
    expect(frameAtTime([0.5], 0)).toBe(0);
    expect(frameAtTime([], 1)).toBe(0);
  });
});
