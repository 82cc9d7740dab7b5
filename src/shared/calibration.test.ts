import { describe, expect, it } from 'vitest';
import { bodyKeypoints, render, still } from '../../test/unit/synthetic-body';
import { Calibrator, computeBaseline } from './calibration';
import type { KeypointName } from './keypoints';

const TRACKED: KeypointName[] = ['left_shoulder', 'right_shoulder', 'left_hip', 'right_hip', 'left_knee', 'right_knee'];

describe('Calibrator', () => {
  it('completes after 1.5 s of stillness despite pixel jitter', () => {
    const c = new Calibrator();
    const frames = render([still(2)], { view: 'front', noisePx: 1.5 });
    const done = frames.find((f) => {
      c.update(f.t, f.keypoints, TRACKED);
      return c.done;
    });
    expect(done?.t).toBeCloseTo(1.5, 1);
  });

  it('restarts when the person moves', () => {
    const c = new Calibrator();
    for (const f of render([still(1)], { view: 'front' })) c.update(f.t, f.keypoints, TRACKED);
    expect(c.progress).toBeGreaterThan(0.6);
    expect(c.update(1.05, bodyKeypoints({ liftLeft: 0.4 }, { view: 'front' }), TRACKED)).toBe(false);
    expect(c.progress).toBe(0);
  });
});

describe('computeBaseline', () => {
  it('takes the person’s standing measures, a rolled camera included', () => {
    const frames = render([still(1.5)], { view: 'front', rollDeg: 4 }).map((f) => f.keypoints);
    const b = computeBaseline(frames, 'front')!;
    expect(b.lateral).toBe(1);
    expect(b.thigh).toBeCloseTo(44 * 2.2, 0);
    expect(Math.abs(b.sideLeanDeg!)).toBeCloseTo(4, 3);
    expect(b.obliquityDeg).toBeCloseTo(-b.sideLeanDeg!, 3);
    expect(b.pelvisToTrunkDeg).toBeCloseTo(0, 3);
    expect(b.kneeY.left).toBeGreaterThan(0);
    expect(b.heelY.left).toBeNull();
    expect(b.trunkForwardDeg).toBeNull();
  });

  it('records facing, trunk angle and heels from the side', () => {
    const frames = render([still(1.5)], { view: 'side', model: 'blazepose' }).map((f) => f.keypoints);
    const b = computeBaseline(frames, 'side')!;
    expect(b.facing).toBe(-1);
    expect(b.trunkForwardDeg).toBeCloseTo(0, 3);
    expect(b.heelY.right).not.toBeNull();
    expect(b.lateral).toBeNull();
  });

  it('gives nothing without legs to scale by', () => {
    expect(computeBaseline([{}], 'front')).toBeNull();
  });
});
