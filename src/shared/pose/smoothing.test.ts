import { describe, expect, it } from 'vitest';
import { Ema } from './smoothing';

describe('Ema', () => {
  it('starts at the first sample and moves 63% of a step per time constant', () => {
    const ema = new Ema(0.1);
    expect(ema.value).toBeNull();
    expect(ema.update(0, 0)).toBe(0);
    expect(ema.update(0.1, 1)).toBeCloseTo(1 - Math.exp(-1), 9);
  });

  it('gives the same result at different frame rates', () => {
    const run = (fps: number) => {
      const ema = new Ema(0.08);
      let v = 0;
      for (let i = 0; i <= fps; i++) v = ema.update(i / fps, i === 0 ? 0 : 1);
      return v;
    };
    expect(run(15)).toBeCloseTo(run(60), 6);
  });

  it('restarts when time goes backwards or on reset', () => {
    const ema = new Ema(1);
    ema.update(5, 10);
    expect(ema.update(1, 2)).toBe(2);
    ema.reset();
    expect(ema.update(2, 7)).toBe(7);
  });

  it('passes values through with a zero time constant', () => {
    const ema = new Ema(0);
    ema.update(0, 1);
    expect(ema.update(0.01, 5)).toBe(5);
  });
});
