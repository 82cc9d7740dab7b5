import { describe, expect, it } from 'vitest';
import { kneeLift, play, render, still, type Camera } from '../../../test/support/synthetic-body';
import { createSession } from '../../shared/exercises';
import { continueSet, joinSetParts } from './set-continuation';
import type { SetSummary } from '../../shared/exercise-core/session-types';

const cam: Camera = { view: 'front', noisePx: 1 };
const march = (lifts: number) => [still(2), ...Array.from({ length: lifts }, (_, i) => kneeLift(i % 2 ? 'right' : 'left', 1)).flat()];

describe('a set carried on in a fresh session', () => {
  it('progress() reads the reps done so far without ending the set', () => {
    const s = createSession('march');
    const frames = render(march(2), cam);
    play(s, frames);
    const mid = s.progress();
    expect(mid.reps).toEqual({ total: 2, left: 1, right: 1 });
    expect(mid.repsDetail).toHaveLength(2);
    const more = play(s, render(kneeLift('left', 1), cam, 30, (frames.at(-1)?.t ?? 0) + 1 / 30));
    expect(more.at(-1)?.state).toBe('exercising');
    expect(s.finish().reps.total).toBe(3);
  });

  it('counts on from the earlier part and joins both into one summary', () => {
    const first = createSession('march');
    play(first, render(march(3), cam));
    const earlier = first.progress();
    expect(earlier.reps.total).toBe(3);

    // After a reload the camera clock starts again from zero.
    const s = continueSet(createSession('march'), earlier);
    const snaps = play(s, render(march(2), cam));
    expect(snaps[0]?.reps.total).toBe(3);
    expect(snaps.at(-1)?.reps).toEqual({ total: 5, left: 3, right: 2 });
    const summary = s.finish();
    expect(summary.reps).toEqual({ total: 5, left: 3, right: 2 });
    expect(summary.repsDetail.map((r) => r.index)).toEqual([1, 2, 3, 4, 5]);
    expect(summary.durationS).toBeGreaterThan(earlier.durationS * 1.5);
  });

  it('keeps fault counts and the best hold per side across the parts', () => {
    const rep = (index: number, side: 'left' | 'right', faults: string[], holdS: number) =>
      ({ index, side, startS: index, endS: index + 1, faults, metrics: {}, holdS, good: faults.length === 0 });
    const part = (reps: ReturnType<typeof rep>[], left: number, right: number, broke?: 'left' | 'right'): SetSummary => ({
      exercise: 'hip-flexor-test', view: 'front', durationS: 40,
      reps: { total: reps.length, left: reps.filter((r) => r.side === 'left').length, right: reps.filter((r) => r.side === 'right').length },
      repsDetail: reps, holds: { left, right, differenceS: Math.abs(left - right), brokeAt: broke ? { [broke]: 'knee-low' } : {} }, faultCounts: {},
    });
    const joined = joinSetParts(part([rep(1, 'left', ['hip-hike'], 12)], 12, 0, 'left'), part([rep(1, 'left', [], 30), rep(2, 'right', ['hip-hike'], 20)], 30, 20, 'right'));
    expect(joined.holds).toEqual({ left: 30, right: 20, differenceS: 10, brokeAt: { right: 'knee-low' } });
    expect(joined.faultCounts).toEqual({ 'hip-hike': 2 });
    expect(joined.repsDetail.map((r) => r.index)).toEqual([1, 2, 3]);
    expect(joined.durationS).toBe(80);
    expect(() => joinSetParts(part([], 0, 0), { ...part([], 0, 0), exercise: 'squat' })).toThrow(/Cannot join/);
  });

  it('records the checks made, and keeps the key frame of the rep with more faults, numbered on', () => {
    const summary = (faults: string[][]): SetSummary => ({
      exercise: 'squat', view: 'front', durationS: 10, reps: { total: faults.length, left: 0, right: 0 },
      repsDetail: faults.map((f, i) => ({ index: i + 1, startS: i, endS: i + 1, faults: f, metrics: {}, good: f.length === 0 })), faultCounts: {},
    });
    const frame = (repIndex: number, faults: string[]) => ({ repIndex, faults, image: 'data:image/jpeg;base64,', width: 2, height: 2, keypoints: {}, faultyKeypoints: [] });
    const first = { ...summary([['shallow'], []]), keyFrame: frame(1, ['shallow']) };
    const worse = { ...summary([['shallow', 'knees-in']]), keyFrame: frame(1, ['shallow', 'knees-in']), checks: ['shallow', 'knees-in'] };
    const joined = joinSetParts(first, worse);
    expect(joined.keyFrame).toMatchObject({ repIndex: 3, faults: ['shallow', 'knees-in'] });
    expect(joined.checks).toEqual(['shallow', 'knees-in']);
    expect(joinSetParts(first, { ...summary([['knees-in']]), keyFrame: frame(1, ['knees-in']) }).keyFrame?.repIndex).toBe(1);
    expect(joinSetParts(first, summary([[]])).checks).toBeUndefined();

    const live = createSession('squat').finish();
    expect(live.checks).toEqual(['shallow', 'knees-in', 'hip-shift', 'side-lean', 'forward-lean', 'heel-lift']);
  });
});
