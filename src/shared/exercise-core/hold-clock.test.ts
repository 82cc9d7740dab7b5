import { describe, expect, it } from 'vitest';
import { HoldClock, holdStep } from './hold-clock';

describe('HoldClock', () => {
  it('counts only good seconds and says once when the target is reached', () => {
    const clock = new HoldClock(1);
    const reached = [0.4, 0.4, 0.4, 0.4].map((dt, i) => clock.tick(dt, i !== 1));
    expect(reached).toEqual([false, false, false, true]);
    expect(clock.done).toBe(true);
    expect(clock.seconds).toBeCloseTo(1);
    expect(clock.tick(0.4, true)).toBe(false);
  });

  it('reports its seconds capped at the target, with the side if there is one', () => {
    const clock = new HoldClock(0.5);
    clock.tick(0.2, true);
    expect(clock.status('left')).toEqual({ side: 'left', seconds: 0.2, target: 0.5 });
    clock.tick(0.4, true);
    expect(clock.status(null)).toEqual({ seconds: 0.5, target: 0.5 });
  });

  it('is made only for a set that asks for holds', () => {
    expect(HoldClock.forTarget(0)).toBeNull();
    expect(HoldClock.forTarget(3)?.target).toBe(3);
  });
});

describe('holdStep', () => {
  it('credits the time since the last frame, none at the first, at most 0.2 s', () => {
    expect(holdStep(null, 5)).toBe(0);
    expect(holdStep(1, 1.1)).toBeCloseTo(0.1);
    expect(holdStep(1, 3)).toBe(0.2);
    expect(holdStep(2, 1)).toBe(0);
  });
});
