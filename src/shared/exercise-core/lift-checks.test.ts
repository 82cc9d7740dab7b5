import { describe, expect, it } from 'vitest';
import { bodyKeypoints, kneeLift, render, still } from '../../../test/support/synthetic-body';
import { computeBaseline, provisionalBaseline } from './calibration';
import { FrontalTracker, KneeLifts, liftFaults } from './lift-checks';

const TH = { hikeDeg: 10, dropDeg: 5, leanAwayDeg: 7, leanTowardDeg: 12 };

describe('liftFaults', () => {
  it('flags the lifting-side hip rising or sinking against the trunk', () => {
    expect(liftFaults('right', { pelvisDeg: -12, leanDeg: 0 }, TH)).toEqual([{ id: 'hip-hike', side: 'right', value: 12 }]);
    expect(liftFaults('left', { pelvisDeg: -6, leanDeg: 0 }, TH)).toEqual([{ id: 'hip-drop', side: 'left', value: 6 }]);
    expect(liftFaults('left', { pelvisDeg: 9, leanDeg: 0 }, TH)).toEqual([]);
  });

  it('allows more lean toward the lifted leg than away from it', () => {
    expect(liftFaults('right', { pelvisDeg: 0, leanDeg: 8 }, TH)).toEqual([{ id: 'side-lean', side: 'left', value: 8 }]);
    expect(liftFaults('right', { pelvisDeg: 0, leanDeg: -8 }, TH)).toEqual([]);
    expect(liftFaults('right', { pelvisDeg: 0, leanDeg: -13 }, TH)).toEqual([{ id: 'side-lean', side: 'right', value: 13 }]);
  });

  it('checks nothing it cannot measure', () => {
    expect(liftFaults('left', { pelvisDeg: null, leanDeg: null }, TH)).toEqual([]);
  });
});

describe('KneeLifts and FrontalTracker', () => {
  const cam = { view: 'front' as const, noisePx: 1 };
  const baseline = computeBaseline(render([still(1.5)], cam).map((f) => f.keypoints), 'front')!;
  const baseFrame = render([still(0.1)], { ...cam, noisePx: 0 })[0]!.keypoints;

  it('counts one rep per knee lift on the right side', () => {
    const lifts = new KneeLifts({ enterK: 0.35, exitK: 0.15, minRepS: 0.2, smoothingS: 0.08 });
    const ends: string[] = [];
    let peak = 0;
    for (const f of render([still(0.5), ...kneeLift('right', 1), ...kneeLift('left', 0.8), still(0.5)], cam)) {
      const { k, events } = lifts.update(f.t, f.keypoints, baseline);
      peak = Math.max(peak, k.right ?? 0);
      for (const side of ['left', 'right'] as const) if (events[side]?.type === 'end') ends.push(side);
    }
    expect(ends).toEqual(['right', 'left']);
    expect(peak).toBeCloseTo(1, 1);
  });

  it('counts on the rise against the hip, so the whole body bobbing up is no lift', () => {
    const lifts = new KneeLifts({ enterK: 0.35, exitK: 0.15, minRepS: 0.2, smoothingS: 0.08 });
    let starts = 0;
    for (const f of render([still(0.5), still(1, { depth: 0.7 }), still(0.5)], cam)) {
      // Rising 0.5 thigh lengths on the toes, then sinking: knees and hips move together.
      const rise = f.t > 0.5 && f.t < 1.5 ? 0.5 * 44 * 2.2 : 0;
      const kps = Object.fromEntries(Object.entries(f.keypoints).map(([n, p]) => [n, { ...p!, y: p!.y - rise }]));
      const { events } = lifts.update(f.t, kps, baseline);
      for (const side of ['left', 'right'] as const) if (events[side]?.type === 'start') starts++;
    }
    expect(starts).toBe(0);
  });

  it('drops the lower-scored copy when both knee points sit on the lifted knee', () => {
    const lifts = new KneeLifts({ enterK: 0.35, exitK: 0.15, minRepS: 0.2, smoothingS: 0.08 });
    const ends: string[] = [];
    for (const f of render([still(0.5), ...kneeLift('right', 1), still(0.5)], cam)) {
      const kps = { ...f.keypoints };
      if (kps.right_knee!.y < kps.left_knee!.y - 20) kps.left_knee = { ...kps.right_knee!, score: 0.5 };
      const { events } = lifts.update(f.t, kps, baseline);
      for (const side of ['left', 'right'] as const) if (events[side]?.type === 'end') ends.push(side);
    }
    expect(ends).toEqual(['right']);
  });

  it('drops a lift of the standing knee that peaks under the lifted one', () => {
    const lifts = new KneeLifts({ enterK: 0.25, exitK: 0.15, minRepS: 0.2, smoothingS: 0.08 });
    const ends: string[] = [];
    for (const f of render([still(0.5), ...kneeLift('right', 1), still(0.5)], cam)) {
      // The standing (left) knee reads 0.4 of the right knee's rise above its hip, as a bending
      // standing leg or a pelvis tipping under the lifted leg makes it.
      const rightRise = Math.max(0, (baseline.kneeY.right! - f.keypoints.right_knee!.y) / baseline.thigh);
      const kps = { ...f.keypoints, left_knee: { ...f.keypoints.left_knee!, y: f.keypoints.left_knee!.y - 0.4 * rightRise * baseline.thigh } };
      const { events } = lifts.update(f.t, kps, baseline);
      for (const side of ['left', 'right'] as const) {
        if (events[side]?.type === 'end') ends.push(side);
        if (events[side]?.type === 'discard') ends.push(`${side} dropped`);
      }
    }
    expect(ends).toEqual(['left dropped', 'right']);
  });

  it('counts a low lift that starts while the other knee is still coming down and outlasts it', () => {
    const lifts = new KneeLifts({ enterK: 0.25, exitK: 0.15, minRepS: 0.2, smoothingS: 0.08 });
    // Fast, uneven alternation: the right knee to 1 thigh length, then a weak left one to 0.35 that
    // starts and peaks while the right is still on its way down.
    const rise = (t: number, from: number, peak: number) => Math.max(0, peak * Math.sin((Math.PI * (t - from)) / 0.6));
    const ends: string[] = [];
    for (let i = 0; i <= 60; i++) {
      const t = i / 30;
      const r = t >= 0.2 && t <= 0.8 ? rise(t, 0.2, 1) : 0, l = t >= 0.4 && t <= 1 ? rise(t, 0.4, 0.35) : 0;
      const kps = { ...baseFrame };
      kps.right_knee = { ...baseFrame.right_knee!, y: baseline.kneeY.right! - r * baseline.thigh };
      kps.left_knee = { ...baseFrame.left_knee!, y: baseline.kneeY.left! - l * baseline.thigh };
      const { events } = lifts.update(t, kps, baseline);
      for (const side of ['left', 'right'] as const) if (events[side]?.type === 'end') ends.push(side);
    }
    expect(ends).toEqual(['right', 'left']);
  });

  it('reports pelvis and lean as change from the standing baseline', () => {
    const tracker = new FrontalTracker(0);
    const change = tracker.update(0, bodyKeypoints({ sideLeanDeg: 3, hikeDeg: 6, hikeSide: 'left', liftLeft: 0.5 }, { view: 'front' }), baseline);
    expect(change.leanDeg).toBeCloseTo(3, 0);
    expect(change.pelvisDeg).toBeCloseTo(6, 0);
    expect(tracker.update(0, {}, { ...baseline, view: 'side' })).toEqual({ pelvisDeg: null, leanDeg: null });
    expect(tracker.update(0, bodyKeypoints({ sideLeanDeg: 3 }, { view: 'front' }), provisionalBaseline(baseline, 'front'))).toEqual({ pelvisDeg: null, leanDeg: null });
  });
});
