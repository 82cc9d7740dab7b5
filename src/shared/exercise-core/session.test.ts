import { describe, expect, it } from 'vitest';
import { kneeLift, play, ramp, render, squatRep, still, type BodyPose, type Camera, type Segment } from '../../../test/support/synthetic-body';
import { createSession } from '../exercises';
import type { PoseFrame } from './session-types';

const cam: Camera = { view: 'front', noisePx: 1 };
const empty = (from: number, seconds: number, fps = 30): PoseFrame[] =>
  Array.from({ length: Math.round(seconds * fps) }, (_, i) => ({ t: from + i / fps, keypoints: {}, width: 640, height: 480 }));
const shift = (frames: PoseFrame[], by: number) => frames.map((f) => ({ ...f, t: f.t + by }));

describe('session state machine', () => {
  it('goes no-person -> positioning -> calibrating -> exercising; a lift before the calibration counts once it is made', () => {
    const s = createSession('march');
    const nobody = play(s, empty(0, 0.5));
    expect(nobody.at(-1)).toMatchObject({ state: 'no-person', cue: { key: 'no-person' } });

    // A lift, then a still stand, with the feet out of the picture (they are not required): out of
    // the start position during the lift, nothing counted before the calibration, the lift counted at it.
    const feetOut = { ...cam, floorY: 560 };
    const before = play(s, shift(render([...kneeLift('left', 1), still(2)], feetOut), 0.5));
    expect(before.some((x) => x.state === 'positioning')).toBe(true);
    const startedAt = before.findIndex((x) => x.state === 'exercising');
    expect(startedAt).toBeGreaterThan(0);
    expect(before.slice(0, startedAt).every((x) => x.reps.total === 0)).toBe(true);
    expect(before.filter((x) => x.state === 'calibrating').length).toBeGreaterThan(10);
    expect(before[startedAt]).toMatchObject({ calibrationProgress: 1, cue: { key: 'ready' }, reps: { total: 1, left: 1, right: 0 } });

    const reps = play(s, shift(render([...kneeLift('left', 1), ...kneeLift('right', 1)], feetOut), 4.2));
    expect(reps.at(-1)?.reps).toEqual({ total: 3, left: 2, right: 1 });
  });

  it('keeps the reps already counted when the person is lost, and re-calibrates on return', () => {
    const s = createSession('march');
    play(s, render([still(2), ...kneeLift('left', 1), ...kneeLift('right', 1)], cam));
    const lost = play(s, empty(3.7, 2));
    expect(lost.at(-1)).toMatchObject({ state: 'no-person', reps: { total: 2 } });
    const back = play(s, shift(render([still(2), ...kneeLift('left', 1)], cam), 5.7));
    expect(back.at(-1)).toMatchObject({ state: 'exercising', reps: { total: 3, left: 2, right: 1 } });
  });

  it('rides over a brief keypoint dropout without leaving the set', () => {
    const s = createSession('march');
    play(s, render([still(2)], cam));
    const dropout = play(s, empty(2.05, 0.4));
    expect(dropout.every((x) => x.state === 'exercising')).toBe(true);
  });

  it('never refuses a standing exercise for its view: the hip-flexor test starts side-on', () => {
    const s = createSession('hip-flexor-test');
    const snaps = play(s, render([still(2)], { view: 'side' }));
    expect(snaps.some((x) => x.cue?.key === 'face-camera')).toBe(false);
    expect(snaps.at(-1)).toMatchObject({ state: 'exercising', view: 'side' });
  });

  it('ends on finish() with a summary, and stays done', () => {
    const s = createSession('march');
    play(s, render([still(2), ...kneeLift('right', 1, { extra: { hikeDeg: 14, hikeSide: 'right' } })], cam));
    const summary = s.finish();
    expect(summary).toMatchObject({ exercise: 'march', view: 'front', reps: { total: 1, right: 1 } });
    expect(summary.durationS).toBeCloseTo(3.6, 1);
    expect(summary.faultCounts['hip-hike']).toBe(1);
    expect(s.finish()).toBe(summary);
    expect(s.update(render([still(0.1)], cam)[0]!)).toMatchObject({ state: 'done', cue: null, reps: { total: 1 } });
  });

  it('finishes cleanly before anything was seen', () => {
    const s = createSession('squat');
    expect(s.finish()).toMatchObject({ view: null, durationS: 0, reps: { total: 0 }, repsDetail: [] });
  });

  const squats = (n: number, pauseS: number, extra?: BodyPose): Segment[] =>
    Array.from({ length: n }, () => [...squatRep(0, { downS: 0.7, bottomS: 0.2, upS: 0.7, extra }), still(pauseS)]).flat();

  it('keeps counting when the person turns side-on, and re-calibrates in the new view from the pauses between reps', () => {
    const s = createSession('squat');
    play(s, render([still(2)], cam));
    const front = play(s, shift(render(squats(1, 0.6), cam), 2));
    expect(front.at(-1)).toMatchObject({ state: 'exercising', view: 'front', reps: { total: 1 } });
    // Turned side-on (and tipping the trunk far forward, which only a side view can judge).
    const side = play(s, shift(render([still(0.3), ...squats(6, 0.6, { forwardLeanDeg: 35 })], { view: 'side', noisePx: 1 }), 4.3));
    expect(side.every((x) => x.state === 'exercising')).toBe(true);
    expect(side.at(-1)).toMatchObject({ view: 'side', reps: { total: 7 } });
    const summary = s.finish();
    expect(summary.view).toBe('side');
    // No front check ever judged a side-on rep, and once re-calibrated the side checks run.
    expect(summary.repsDetail.flatMap((r) => r.faults).filter((f) => f === 'knees-in' || f === 'hip-shift' || f === 'side-lean')).toEqual([]);
    expect(summary.repsDetail.at(-1)!.faults).toEqual(['forward-lean']);
  });

  it('keeps counting a march that turns side-on, saying the pelvis cannot be checked from there', () => {
    const s = createSession('march');
    play(s, render([still(2), ...kneeLift('left', 1), ...kneeLift('right', 1)], cam));
    const side = { view: 'side' as const, noisePx: 1 };
    const turned = play(s, shift(render([still(2), ...kneeLift('left', 1), ...kneeLift('right', 1), still(0.5)], side), 3.7));
    expect(turned.at(-1)).toMatchObject({ state: 'exercising', view: 'side', reps: { total: 4, left: 2, right: 2 } });
    expect(turned.some((x) => x.cue?.key === 'march-side-no-pelvis')).toBe(true);
  });

  it('starts a person who squats at once, and counts the reps done before the calibration', () => {
    const s = createSession('squat');
    const snaps = play(s, render(squats(6, 0.6), cam));
    const startedAt = snaps.findIndex((x) => x.state === 'exercising');
    expect(startedAt).toBeGreaterThan(0);
    expect(snaps.slice(0, startedAt).every((x) => x.reps.total === 0)).toBe(true);
    expect(snaps[startedAt]!.reps.total).toBeGreaterThan(0);
    expect(snaps.at(-1)!.reps.total).toBe(6);
  });

  it('does not count going down to the floor as a squat, even after getting up again', () => {
    const s = createSession('squat');
    play(s, render([still(2), ...squats(1, 0.6)], cam));
    // Down to the floor: the legs fold like a squat, then the trunk goes level (push-up position)
    // while the hips and knees read almost as standing; then up through a crouch to standing.
    const down = render([
      ramp(0.7, {}, { depth: 0 }), still(0.2, { depth: 0 }), ramp(0.5, { depth: 0 }, { depth: 0.8 }), still(1, { depth: 0.8 }),
      ramp(0.4, { depth: 0.8 }, { depth: 0.2 }), ramp(0.7, { depth: 0.2 }, {}), still(1),
    ], cam);
    const onFloorFrom = 0.9, onFloorTo = 2.6;
    const frames = down.map((f) => {
      if (f.t < onFloorFrom || f.t > onFloorTo) return f;
      const k = { ...f.keypoints };
      const hipY = (k.left_hip!.y + k.right_hip!.y) / 2;
      for (const n of ['left_shoulder', 'right_shoulder', 'nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear', 'left_elbow', 'right_elbow', 'left_wrist', 'right_wrist'] as const) {
        k[n] = { ...k[n]!, y: hipY + 20 + (k[n]!.y - hipY) * 0.1 };
      }
      return { ...f, keypoints: k };
    });
    const snaps = play(s, shift(frames, 3.3));
    expect(snaps.at(-1)?.reps.total).toBe(1);
  });

  it('lets a keypoint flicker out mid-lift without losing the lift', () => {
    const s = createSession('march');
    play(s, render([still(2)], cam));
    const lift = shift(render([...kneeLift('right', 1), still(0.3)], cam), 2.05).map((f, i) => {
      if (i % 3 !== 0) return f;
      // The other knee drops below the score threshold every third frame.
      return { ...f, keypoints: { ...f.keypoints, left_knee: { ...f.keypoints.left_knee!, score: 0.1 } } };
    });
    expect(play(s, lift).at(-1)?.reps).toEqual({ total: 1, left: 0, right: 1 });
  });
});
