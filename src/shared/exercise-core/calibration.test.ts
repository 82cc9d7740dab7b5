import { describe, expect, it } from 'vitest';
import { bodyKeypoints, render, still } from '../../../test/support/synthetic-body';
import { Calibrator, computeBaseline, provisionalBaseline } from './calibration';
import type { KeypointName } from '../pose/keypoints';

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

  it('stops counting while the person moves, and adds up pauses in the same pose', () => {
    const c = new Calibrator();
    for (const f of render([still(1)], { view: 'front' })) c.update(f.t, f.keypoints, TRACKED);
    expect(c.progress).toBeCloseTo(2 / 3, 1);
    expect(c.update(1.05, bodyKeypoints({ liftLeft: 0.4 }, { view: 'front' }), TRACKED)).toBe(false);
    expect(c.progress).toBeCloseTo(2 / 3, 1);
    expect(c.update(1.1, bodyKeypoints({ liftLeft: 0.8 }, { view: 'front' }), TRACKED)).toBe(false);
    expect(c.progress).toBeCloseTo(2 / 3, 1);
    // Back in the start pose: the second pause completes the 1.5 s.
    let doneAt: number | null = null;
    for (const f of render([still(1)], { view: 'front' })) {
      c.update(1.2 + f.t, f.keypoints, TRACKED);
      if (c.done && doneAt === null) doneAt = f.t;
    }
    expect(doneAt).toBeCloseTo(0.5, 1);
    expect(c.frames.length).toBeGreaterThan(40);
  });

  it('does not pool a pass through the pose, a pause in another spot, or a pause long ago', () => {
    const front = { view: 'front' as const };
    const brief = new Calibrator();
    for (let i = 0; i < 6; i++) {
      // 0.2 s of standing between lifts, never a pause.
      for (const f of render([still(0.2)], front)) brief.update(i + f.t, f.keypoints, TRACKED);
      brief.update(i + 0.5, bodyKeypoints({ liftLeft: 1 }, front), TRACKED);
    }
    expect(brief.progress).toBeLessThan(0.2);

    const moved = new Calibrator();
    for (const f of render([still(1)], front)) moved.update(f.t, f.keypoints, TRACKED);
    moved.update(1.05, bodyKeypoints({ liftLeft: 1 }, front), TRACKED);
    for (const f of render([still(1)], { ...front, width: 900 })) moved.update(1.1 + f.t, f.keypoints, TRACKED);
    expect(moved.done).toBe(false);

    const stale = new Calibrator();
    for (const f of render([still(1)], front)) stale.update(f.t, f.keypoints, TRACKED);
    stale.interrupt();
    for (const f of render([still(0.6)], front)) stale.update(20 + f.t, f.keypoints, TRACKED);
    expect(stale.done).toBe(false);
  });

  it('forgets everything on reset', () => {
    const c = new Calibrator();
    for (const f of render([still(1)], { view: 'front' })) c.update(f.t, f.keypoints, TRACKED);
    c.interrupt();
    c.reset();
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
    expect(b.hipY.left).toBeLessThan(b.kneeY.left!);
    expect(b.ankleY.left).toBeGreaterThan(b.kneeY.left!);
  });

  it('picks the near leg of a side view by its keypoint scores', () => {
    const frames = render([still(0.5)], { view: 'side', model: 'blazepose' }).map((f) => {
      const k = { ...f.keypoints };
      for (const n of ['right_hip', 'right_knee', 'right_ankle', 'right_heel'] as const) k[n] = { ...k[n]!, score: 0.5 };
      return k;
    });
    expect(computeBaseline(frames, 'side')!.nearSide).toBe('left');
    expect(computeBaseline(frames, 'front')!.nearSide).toBeNull();
  });

  it('carries lengths, not view-specific baselines, over to another view', () => {
    const b = computeBaseline(render([still(1)], { view: 'front' }).map((f) => f.keypoints), 'front')!;
    const p = provisionalBaseline(b, 'side');
    expect(p).toMatchObject({ view: 'side', provisional: true, thigh: b.thigh, torso: b.torso, kneeY: b.kneeY, lateral: null });
    expect([p.obliquityDeg, p.sideLeanDeg, p.pelvisToTrunkDeg, p.hipShift, p.trunkForwardDeg, p.heelY.left]).toEqual([null, null, null, null, null, null]);
  });

  it('gives nothing without legs to scale by', () => {
    expect(computeBaseline([{}], 'front')).toBeNull();
  });
});
