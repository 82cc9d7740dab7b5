import { describe, expect, it } from 'vitest';
import { captureQuality, classifyView, worst, ok, rough, unreliable } from './capture-quality';
import { syntheticRun } from '../../../test/support/synthetic-runner';

describe('capture quality', () => {
  it('classifies the view from hip and shoulder width over torso length', () => {
    expect(classifyView(0.08, 0.18)).toBe('side');
    expect(classifyView(0.25, 0.2)).toBe('oblique');
    expect(classifyView(0.4, 0.6)).toBe('front');
    expect(classifyView(null, null)).toBe('unknown');
  });

  it('checks the whole body, the runner count, the frame rate and slow motion', () => {
    const frames = syntheticRun({ durationS: 1, fps: 30 }).frames;
    const base = { frames, fps: 30, heelAndToe: true, legLabelAgreement: 1, travelWidths: 0 };
    const q = captureQuality({ ...base, videoCadenceSpm: 170 });
    expect(q).toMatchObject({ view: 'side', runners: 'one', effectiveFps: 30, slowMotionSuspected: false });
    expect(q.wholeBodyShare).toBe(1);
    expect(q.notes).toEqual([]);
    const slow = captureQuality({ ...base, videoCadenceSpm: 85 });
    expect(slow.slowMotionSuspected).toBe(true);
    expect(slow.notes[0]).toMatch(/slow motion/);
    const told = captureQuality({ ...base, videoCadenceSpm: 85, slowMotionFactor: 2 });
    expect(told).toMatchObject({ slowMotionSuspected: false, effectiveFps: 60 });
    const crowd = captureQuality({ ...base, frames: frames.map((f) => ({ ...f, people: 2 })), videoCadenceSpm: 170 });
    expect(crowd.runners).toBe('several');
    const cropped = captureQuality({ ...base, frames: frames.map((f) => ({ ...f, height: f.height * 0.7 })), videoCadenceSpm: 170 });
    expect(cropped.wholeBodyShare).toBe(0);
  });

  it('combines verdicts: the worst wins, reasons pooled', () => {
    expect(worst(ok, rough('a'), unreliable('b'), rough('a'))).toEqual({ level: 'unreliable', reasons: ['a', 'b'] });
    expect(worst()).toEqual({ level: 'reliable', reasons: [] });
  });
});
