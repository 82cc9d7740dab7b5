import { describe, expect, it } from 'vitest';
import { removeSpikes2D } from './spike-removal';

describe('spike removal', () => {
  it('drops isolated wild points and pairs of them, not a smooth fast curve', () => {
    const t = Array.from({ length: 40 }, (_, i) => i / 25);
    const x = t.map((s) => 100 * Math.sin(2 * Math.PI * 1.4 * s));
    const y = t.map(() => 0);
    const clean = [...x];
    x[10]! += 60;
    x[20]! -= 80;
    x[21]! -= 80;
    const removed = removeSpikes2D(t, x, y, 25);
    expect(removed).toBe(3);
    expect([10, 20, 21].every((i) => Number.isNaN(x[i]))).toBe(true);
    expect(x.filter((v, i) => Number.isFinite(v) && v !== clean[i]).length).toBe(0);
    expect(removeSpikes2D(t, [...clean], [...y], 25)).toBe(0);
  });
});
