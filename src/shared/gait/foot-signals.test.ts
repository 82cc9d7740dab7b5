import { describe, expect, it } from 'vitest';
import { footSignals } from './foot-signals';
import { tracksFromFrames } from './keypoint-tracks';
import { syntheticRun } from '../../../test/support/synthetic-runner';

describe('foot signals', () => {
  it('measures heels and toes along the running direction from the pelvis, and foot height', () => {
    for (const direction of [1, -1] as const) {
      const run = syntheticRun({ direction, durationS: 2, heelCentre: -0.05, heelAmplitude: 0.42 });
      const s = footSignals(tracksFromFrames(run.frames), direction, run.legPx);
      const heel = s.heelForward.left;
      expect(Math.max(...heel)).toBeCloseTo(0.37, 1);
      expect(Math.min(...heel)).toBeCloseTo(-0.47, 1);
      expect(s.toeForward.left[0]!).toBeGreaterThan(heel[0]!);
      expect(Math.min(...s.footHeight.right)).toBeCloseTo(0, 1);
      expect(Math.max(...s.footHeight.right)).toBeGreaterThan(0.2);
      expect(s.hasHeelAndToe).toBe(true);
    }
  });

  it('falls back to the ankle without heel and toe points', () => {
    const run = syntheticRun({ durationS: 1, withoutFeet: true });
    const s = footSignals(tracksFromFrames(run.frames), 1, run.legPx);
    expect(s.hasHeelAndToe).toBe(false);
    expect(s.heelForward.left).toEqual(s.toeForward.left);
    expect(s.heelForward.left.every(Number.isFinite)).toBe(true);
  });
});
