import { describe, expect, it } from 'vitest';
import { analyzeRunning } from '../../../shared/gait';
import { syntheticRun } from '../../../../test/support/synthetic-runner';
import { captureVerdict } from './capture-advice';

describe('capture verdict', () => {
  it('a clean side view at 60 fps is reliable apart from the proxy, and needs no advice', () => {
    const { frames } = syntheticRun({ fps: 60, durationS: 8 });
    const v = captureVerdict(analyzeRunning(frames, { fps: 60 }));
    expect(v.level).toBe('reliable');
    expect(v.byLevel.rough.map((m) => m.id)).toEqual(['trunkThighExtensionAtToeOff']);
    expect(v.byLevel.unreliable).toEqual([]);
    expect(v.advice).toEqual([]);
  });

  it('30 fps without foot points: rough timing, unreliable foot strike, and says what to change', () => {
    const { frames } = syntheticRun({ fps: 30, durationS: 8, withoutFeet: true });
    const v = captureVerdict(analyzeRunning(frames, { fps: 30 }));
    expect(v.level).toBe('unreliable');
    expect(v.byLevel.unreliable.map((m) => m.id)).toContain('footStrike');
    expect(v.byLevel.rough.find((m) => m.id === 'contactTime')?.reasons.join(' ')).toMatch(/60 fps/);
    expect(v.advice.join(' ')).toMatch(/60 frames per second/);
    expect(v.advice.join(' ')).toMatch(/BlazePose/);
  });

  it('a short clip of a runner crossing the frame asks for a longer clip and a steady viewing angle', () => {
    const { frames } = syntheticRun({ fps: 60, durationS: 2.5, driftPxPerS: 400 });
    const v = captureVerdict(analyzeRunning(frames, { fps: 60 }));
    expect(v.level).not.toBe('reliable');
    expect(v.advice.join(' ')).toMatch(/Record longer/);
    expect(v.advice.join(' ')).toMatch(/treadmill/);
  });
});
