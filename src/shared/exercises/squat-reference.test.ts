import { describe, expect, it } from 'vitest';
import { render, squatRep, still, type Camera } from '../../../test/support/synthetic-body';
import type { RepRecord } from '../exercise-core/session-types';
import { createSession } from '.';
import { SQUAT_THRESHOLDS } from './squat-thresholds';
import { MIN_REFERENCE_REPS, REFERENCE_MARGINS, referenceLimits, referenceReps, squatReference } from './squat-reference';

const rep = (index: number, metrics: Record<string, number>, extra: Partial<RepRecord> = {}): RepRecord =>
  ({ index, startS: index, endS: index + 1, faults: [], metrics, good: true, ...extra });

describe('squat reference', () => {
  it('keeps the furthest each measure went over the reference reps', () => {
    const ref = squatReference([
      { depth: -0.1, leanDeg: 12, kneeRatio: 1.05 },
      { depth: 0.05, leanDeg: null, kneeRatio: 0.98 },
      { depth: -0.2, leanDeg: 15, kneeRatio: null },
    ], 7);
    expect(ref).toEqual({ reps: 3, depth: 0.05, leanDeg: 15, kneeRatio: 0.98, createdAt: 7 });
  });

  it('needs a few reps, and leaves out reps whose keypoints were lost', () => {
    const reps = [rep(1, { depth: 0 }), rep(2, { depth: 0.1, kneeWidthRatio: 1 }), rep(3, { depth: 0.4 }, { uncertain: true }), rep(4, {})];
    expect(referenceReps(reps)).toEqual([{ depth: 0, leanDeg: null, kneeRatio: null }, { depth: 0.1, leanDeg: null, kneeRatio: 1 }]);
    expect(squatReference(referenceReps(reps), 0)).toBeNull();
    expect(MIN_REFERENCE_REPS).toBe(3);
  });

  it('sets depth, lean and knee limits a margin past the reference, and leaves a check it never saw alone', () => {
    const limits = referenceLimits({ reps: 5, depth: 0.2, leanDeg: 10, kneeRatio: null, createdAt: 0 });
    expect(limits.shallowD).toBeCloseTo(0.2 + REFERENCE_MARGINS.depth);
    expect(limits.forwardLeanDeg).toBeCloseTo(10 + REFERENCE_MARGINS.leanDeg);
    expect(limits).not.toHaveProperty('kneeWidthRatioMin');
  });

  it('sets the knee limit a share of the reference\'s own knee width in, so narrow and wide stances get the same leeway', () => {
    const knees = (kneeRatio: number) => referenceLimits({ reps: 5, depth: 0, leanDeg: null, kneeRatio, createdAt: 0 }).kneeWidthRatioMin!;
    expect(knees(1.2)).toBeCloseTo(1.2 * (1 - REFERENCE_MARGINS.kneeRatio));
    expect(knees(0.5) / 0.5).toBeCloseTo(knees(1.2) / 1.2);
  });

  it('judges a set against it: a squat as deep as the shared limit allows is shallow for someone who goes deeper', () => {
    const cam: Camera = { view: 'side', noisePx: 1 };
    const set = (d: number) => render([still(2), ...Array.from({ length: 3 }, () => [...squatRep(d), still(0.3)]).flat(), still(1)], cam);
    const play = (options = {}) => {
      const s = createSession('squat', options);
      for (const f of set(0.15)) s.update(f);
      return s.finish().repsDetail.map((r) => r.faults.includes('shallow'));
    };
    expect(0.15).toBeLessThan(SQUAT_THRESHOLDS.shallowD);
    expect(play()).toEqual([false, false, false]);
    const deep = squatReference([-0.2, -0.15, -0.18].map((depth) => ({ depth, leanDeg: null, kneeRatio: null })), 0)!;
    expect(play({ squatReference: deep })).toEqual([true, true, true]);
  });
});
