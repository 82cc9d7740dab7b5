import { describe, expect, it } from 'vitest';
import { kneeLift, play, render, still, type Camera } from '../../test/unit/synthetic-body';
import { createSession } from './exercises';
import type { PoseFrame } from './session-types';

const cam: Camera = { view: 'front', noisePx: 1 };
const empty = (from: number, seconds: number, fps = 30): PoseFrame[] =>
  Array.from({ length: Math.round(seconds * fps) }, (_, i) => ({ t: from + i / fps, keypoints: {}, width: 640, height: 480 }));
const shift = (frames: PoseFrame[], by: number) => frames.map((f) => ({ ...f, t: f.t + by }));

describe('session state machine', () => {
  it('goes no-person -> positioning -> calibrating -> exercising, counting nothing before', () => {
    const s = createSession('march');
    const nobody = play(s, empty(0, 0.5));
    expect(nobody.at(-1)).toMatchObject({ state: 'no-person', cue: { key: 'no-person' } });

    // Marching in place with the feet out of frame: told to step back, nothing counted.
    const cut = play(s, shift(render([...kneeLift('left', 1), ...kneeLift('right', 1)], { ...cam, floorY: 560 }), 0.5));
    expect(cut.every((x) => x.state === 'positioning' && x.reps.total === 0)).toBe(true);
    expect(cut.at(-1)?.cue?.key).toBe('show-feet');

    // In frame but still moving: still not counted, asked to stand tall.
    const moving = play(s, shift(render([...kneeLift('left', 1), ...kneeLift('right', 1)], cam), 3.5));
    expect(moving.every((x) => x.reps.total === 0 && x.state !== 'exercising')).toBe(true);
    expect(moving.some((x) => x.cue?.key === 'stand-tall')).toBe(true);

    const calibrating = play(s, shift(render([still(2)], cam), 6.5));
    const progress = calibrating.filter((x) => x.state === 'calibrating').map((x) => x.calibrationProgress);
    expect(progress.length).toBeGreaterThan(30);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(calibrating.at(-1)).toMatchObject({ state: 'exercising', calibrationProgress: 1, cue: { key: 'ready' } });

    const reps = play(s, shift(render([...kneeLift('left', 1), ...kneeLift('right', 1)], cam), 8.6));
    expect(reps.at(-1)?.reps).toEqual({ total: 2, left: 1, right: 1 });
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

  it('asks for the view the exercise needs', () => {
    const s = createSession('march');
    expect(play(s, render([still(1)], { view: 'side' })).at(-1)).toMatchObject({ state: 'positioning', cue: { key: 'face-camera' } });
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
});
