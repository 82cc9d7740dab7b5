import { describe, expect, it } from 'vitest';
import { trunkLean, trunkLeanSeries, verticalOscillation } from './clip-metrics';
import { syntheticRun } from '../../../test/support/synthetic-runner';

describe('clip metrics', () => {
  it('measures trunk lean with its range', () => {
    const run = syntheticRun({ durationS: 2, trunkLeanDeg: 9, direction: -1 });
    const lean = trunkLean(trunkLeanSeries(run.frames, -1))!;
    expect(lean.mean).toBeCloseTo(9, 1);
    expect(lean.low).toBeLessThanOrEqual(lean.high);
    expect(trunkLean([null, null])).toBeNull();
  });

  it('measures the pelvis bounce per step over leg length', () => {
    const run = syntheticRun({ fps: 60, durationS: 3, verticalOscillation: 0.08 });
    const contacts = [...run.contacts.left.map((t) => ({ foot: 'left' as const, t })), ...run.contacts.right.map((t) => ({ foot: 'right' as const, t }))]
      .sort((a, b) => a.t - b.t)
      .map((c) => ({ foot: c.foot, index: c.t * 60 }));
    const steps = verticalOscillation(run.frames, contacts, run.legPx, 60);
    expect(steps.length).toBe(contacts.length - 1);
    for (const s of steps) expect(s.value).toBeCloseTo(0.08, 2);
  });
});
