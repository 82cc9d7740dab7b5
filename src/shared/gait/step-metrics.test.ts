import { describe, expect, it } from 'vitest';
import type { Stance } from './gait-events';
import { stepMetrics } from './step-metrics';
import { syntheticRun } from '../../../test/support/synthetic-runner';

describe('step metrics', () => {
  const fps = 60;
  const run = syntheticRun({ fps, durationS: 3, footAngleAtContactDeg: 14, trunkLeanDeg: 6 });
  const stances: Stance[] = run.contacts.left.filter((t) => t > 0.1).map((t) => ({
    contact: { foot: 'left', t, index: t * fps, method: 'coordinate' },
    toeOff: { foot: 'left', t: t + 0.38 * run.strideS, index: (t + 0.38 * run.strideS) * fps, method: 'coordinate' },
  }));
  const steps = stepMetrics({ frames: run.frames, stances, dir: 1, legPx: run.legPx, slowMotionFactor: 1 });

  it('measures each step at contact, over stance and at toe-off', () => {
    expect(steps.length).toBe(stances.length);
    for (const s of steps) {
      expect(s.contactTimeMs!).toBeCloseTo(0.38 * run.strideS * 1000, 0);
      expect(s.footStrikeAngleDeg!).toBeCloseTo(14, -1);
      expect(s.strike).toBe('rearfoot');
      expect(s.overstrideRatio!).toBeCloseTo(0.37, 1);
      expect(s.trunkLeanAtContactDeg!).toBeCloseTo(6, 1);
      expect(s.peakKneeFlexionStanceDeg!).toBeGreaterThanOrEqual(s.kneeFlexionAtContactDeg!);
      expect(s.trunkThighExtensionAtToeOffDeg!).toBeCloseTo(s.hipExtensionAtToeOffDeg! - 6, 0);
    }
  });

  it('reports contact times in real time for slow motion', () => {
    const slow = stepMetrics({ frames: run.frames, stances, dir: 1, legPx: run.legPx, slowMotionFactor: 2 });
    expect(slow[0]!.contactTimeMs!).toBeCloseTo(steps[0]!.contactTimeMs! / 2, 6);
  });
});
