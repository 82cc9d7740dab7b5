import { describe, expect, it } from 'vitest';
import { kneeLift, play, ramp, render, still, type BodyPose, type Camera, type Segment } from '../../../test/support/synthetic-body';
import type { SessionOptions, Side } from '../exercise-core/session-types';
import { createSession } from '.';
import { MARCH_THRESHOLDS } from './march';

const cam: Camera = { view: 'front', noisePx: 1.5 };

function run(segments: Segment[], camera: Camera = cam, options: SessionOptions = {}, fps = 30, stance: BodyPose = {}) {
  const session = createSession('march', options);
  const snaps = play(session, render([still(2, stance), ...segments, still(0.5, stance)], camera, fps));
  return { snaps, summary: session.finish() };
}

const lifts = (sides: Side[], k = 1, extra?: BodyPose) => sides.flatMap((s) => kneeLift(s, k, { extra }));

describe('march', () => {
  it.each([25, 30])('counts each knee lift once per side with noisy keypoints at %i fps', (fps) => {
    const { summary } = run(lifts(['left', 'right', 'left', 'right', 'left', 'right']), { ...cam, noisePx: 3, seed: fps }, {}, fps);
    expect(summary.reps).toEqual({ total: 6, left: 3, right: 3 });
    expect(summary.repsDetail.map((r) => r.side)).toEqual(['left', 'right', 'left', 'right', 'left', 'right']);
    expect(summary.repsDetail.every((r) => r.good)).toBe(true);
    expect(summary.repsDetail[0]!.metrics.peakLift).toBeCloseTo(1, 1);
  });

  it.each([25, 12])('counts fast high knees done bouncing on the balls of the feet, one raise every 0.36 s (%i fps)', (fps) => {
    // The whole body rises and falls 0.4 thigh lengths with each raise, as on the real high-knees
    // clip; the model also puts the standing knee's point on the raised knee now and then.
    const raise = (side: Side) => kneeLift(side, 1.1, { upS: 0.14, topS: 0.06, downS: 0.16 });
    const sides: Side[] = Array.from({ length: 12 }, (_, i) => (i % 2 ? 'right' : 'left'));
    const frames = render([still(2), ...sides.flatMap(raise), still(0.6)], { ...cam, noisePx: 2 }, fps).map((f, i) => {
      const phase = f.t < 2 || f.t > 2 + 12 * 0.36 ? 0 : Math.abs(Math.sin((Math.PI * (f.t - 2)) / 0.36));
      const bounce = -0.4 * 44 * 2.2 * phase;
      const k = Object.fromEntries(Object.entries(f.keypoints).map(([n, p]) => [n, { ...p!, y: p!.y + bounce }]));
      if (i % 4 === 0 && k.right_knee!.y < k.left_knee!.y - 20) k.left_knee = { ...k.right_knee!, score: k.right_knee!.score - 0.3 };
      return { ...f, keypoints: k };
    });
    const session = createSession('march');
    play(session, frames);
    const summary = session.finish();
    expect(summary.reps).toEqual({ total: 12, left: 6, right: 6 });
    expect(summary.faultCounts['low-lift'] ?? 0).toBe(0);
  });

  it('counts a lift still at hip height when the set ends, and not a low one', () => {
    const session = createSession('march');
    play(session, render([still(2), ...lifts(['left']), ...kneeLift('right', 1).slice(0, 2)], cam));
    expect(session.finish().reps).toEqual({ total: 2, left: 1, right: 1 });
    const low = createSession('march');
    play(low, render([still(2), ...lifts(['left']), ...kneeLift('right', 0.6).slice(0, 2)], cam));
    expect(low.finish().reps).toEqual({ total: 1, left: 1, right: 0 });
  });

  it('counts a lift that wobbles around the rep threshold once', () => {
    const wobble: Segment = { durationS: 2, pose: (u) => ({ liftLeft: 0.4 + 0.06 * Math.sin(u * 40) }) };
    const { summary } = run([...kneeLift('left', 0.4, { topS: 0 }).slice(0, 1), wobble, ...kneeLift('left', 0.4).slice(2)]);
    expect(summary.reps.total).toBe(1);
  });

  it(`flags a ${MARCH_THRESHOLDS.hikeDeg + 4} degree hip hike on the right, and not the 6 degrees healthy lifts show`, () => {
    const hiked = run(lifts(['right'], 1, { hikeDeg: MARCH_THRESHOLDS.hikeDeg + 4, hikeSide: 'right' }));
    expect(hiked.summary.repsDetail[0]!.faults).toEqual(['hip-hike']);
    const live = hiked.snaps.find((x) => x.faults.length > 0)!;
    expect(live.faults[0]).toMatchObject({ id: 'hip-hike', side: 'right' });
    expect(live.faultyKeypoints).toEqual(['left_hip', 'right_hip']);
    expect(hiked.snaps.some((x) => x.cue?.key === 'hip-hike')).toBe(true);

    for (const hikeDeg of [2, 6]) {
      expect(run(lifts(['right'], 1, { hikeDeg, hikeSide: 'right' })).summary.repsDetail[0]!.faults).toEqual([]);
    }
  });

  it('flags the lifting-side hip dropping', () => {
    const dropped = run(lifts(['left'], 1, { hikeDeg: -8, hikeSide: 'left' }));
    expect(dropped.summary.repsDetail[0]!.faults).toEqual(['hip-drop']);
    expect(dropped.snaps.find((x) => x.faults.length)?.faults[0]).toMatchObject({ id: 'hip-drop', side: 'left' });
    expect(run(lifts(['left'], 1, { hikeDeg: -3, hikeSide: 'left' })).summary.repsDetail[0]!.faults).toEqual([]);
  });

  it('flags the trunk leaning over the standing leg, as lean and not as a hip fault', () => {
    const leaning = run(lifts(['right'], 1, { sideLeanDeg: 10 }));
    expect(leaning.summary.repsDetail[0]!.faults).toEqual(['side-lean']);
    expect(leaning.snaps.find((x) => x.faults.length)?.faults[0]).toMatchObject({ id: 'side-lean', side: 'left' });
    expect(run(lifts(['right'], 1, { sideLeanDeg: 4 })).summary.repsDetail[0]!.faults).toEqual([]);
  });

  it('ignores a constant camera roll and the person’s own standing asymmetry', () => {
    const rolled = run(lifts(['left', 'right', 'left', 'right']), { ...cam, rollDeg: 4 });
    expect(rolled.summary.reps.total).toBe(4);
    expect(rolled.summary.faultCounts).toEqual({});
    expect(rolled.snaps.every((x) => x.faults.length === 0)).toBe(true);

    const stance: BodyPose = { hikeDeg: 5, hikeSide: 'left', sideLeanDeg: 3 };
    const top = { ...stance, liftRight: 1 };
    const asym = run([ramp(0.6, stance, top), still(0.4, top), ramp(0.6, top, stance)], cam, {}, 30, stance);
    expect(asym.summary.reps.total).toBe(1);
    expect(asym.summary.faultCounts).toEqual({});
  });

  it('flags a lift short of hip height once the rep ends', () => {
    const { snaps, summary } = run(lifts(['left'], 0.6));
    expect(summary.repsDetail[0]).toMatchObject({ faults: ['low-lift'], good: false });
    expect(snaps.at(-1)?.cue?.key).toBe('low-lift');
  });

  it('runs the hold clock only while form is good', () => {
    const good = run([...kneeLift('left', 1, { topS: 3.5 })], cam, { holdSeconds: 3 });
    expect(good.summary.repsDetail[0]).toMatchObject({ holdS: 3, good: true, faults: [] });
    expect(good.snaps.some((x) => x.hold?.side === 'left' && x.hold.target === 3)).toBe(true);

    const hike: BodyPose = { liftRight: 1, hikeDeg: 14, hikeSide: 'right' };
    const broken = run([...kneeLift('right', 1, { topS: 1.5 }).slice(0, 2), { durationS: 2, pose: () => hike }, ...kneeLift('right', 1).slice(2)], cam, { holdSeconds: 3 });
    const rep = broken.summary.repsDetail[0]!;
    expect(rep.holdS).toBeGreaterThan(1.2);
    expect(rep.holdS).toBeLessThan(2.2);
    expect(rep.faults).toEqual(['hip-hike', 'short-hold']);
  });

  it('counts reps from a forced side view, without the frontal checks', () => {
    const { snaps, summary } = run(lifts(['left', 'right'], 1, { hikeDeg: 14, hikeSide: 'left' }), { view: 'side' }, { view: 'side' });
    expect(summary).toMatchObject({ view: 'side', reps: { total: 2, left: 1, right: 1 }, faultCounts: {} });
    expect(snaps.at(-1)?.metrics.pelvicTilt).toBeNull();
  });
});

describe('march in the framings people film', () => {
  it('counts per leg from the side and judges knee height; pelvis and lean say they were not checked, with where to put the camera', () => {
    const { summary, snaps } = run([...lifts(['left', 'right', 'left', 'right']), ...lifts(['left'], 0.6)], { ...cam, view: 'side' });
    expect(summary.reps).toEqual({ total: 5, left: 3, right: 2 });
    expect(summary.repsDetail.map((r) => r.faults)).toEqual([[], [], [], [], ['low-lift']]);
    expect(summary.repsDetail.every((r) => r.notChecked?.join() === 'hip-hike,hip-drop,side-lean')).toBe(true);
    expect(snaps.some((s) => s.cue?.key === 'march-side-no-pelvis')).toBe(true);
    expect(snaps.some((s) => s.cue?.key === 'face-camera')).toBe(false);
  });

  it('counts knee lifts with the feet out of the picture', () => {
    const { summary, snaps } = run(lifts(['left', 'right', 'left', 'right']), { ...cam, floorY: 560 });
    expect(summary.reps).toEqual({ total: 4, left: 2, right: 2 });
    expect(snaps.some((s) => s.cue?.key === 'feet-out-of-view')).toBe(true);
  });

  it('judges a hip hike from the front but not turned 45 degrees, where it cannot be told from the turn', () => {
    const hiked = lifts(['left', 'right'], 1, { hikeDeg: 14, hikeSide: 'left' });
    expect(run(hiked).summary.faultCounts['hip-hike']).toBeGreaterThan(0);
    const turned = run(hiked, { ...cam, yawDeg: 45 }).summary;
    expect(turned.reps.total).toBe(2);
    expect(turned.faultCounts['hip-hike']).toBeUndefined();
    expect(turned.repsDetail.every((r) => r.notChecked?.includes('hip-hike'))).toBe(true);
  });
});
