import { describe, expect, it } from 'vitest';
import type { RunningStep } from '../../../shared/gait';
import { keyFrames, typicalStep } from './key-steps';

const step = (foot: 'left' | 'right', contactFrame: number, knee: number | null, toeOffFrame: number | null = contactFrame + 15): RunningStep => ({
  foot, contactS: contactFrame / 60, toeOffS: toeOffFrame === null ? null : toeOffFrame / 60, contactFrame, toeOffFrame,
  contactTimeMs: 250, footAngleDeg: 10, footStrikeAngleDeg: 10, strike: 'rearfoot', kneeFlexionAtContactDeg: knee,
  shankAngleDeg: 5, overstrideRatio: 0.2, peakKneeFlexionStanceDeg: 45, hipExtensionAtToeOffDeg: 12,
  trunkThighExtensionAtToeOffDeg: 15, trunkLeanAtContactDeg: 6,
});

describe('typical step', () => {
  it('picks the step of the foot closest to its means, preferring steps with a toe-off and every measure', () => {
    const steps = [step('left', 0, 30), step('right', 20, 12), step('left', 40, 16), step('right', 60, 14), step('left', 80, 18), step('left', 100, 17, null), step('left', 120, null)];
    expect(typicalStep(steps, 'left')?.contactFrame).toBe(80);
    expect(typicalStep(steps, 'right')?.contactFrame).toBe(20);
  });

  it('falls back to a step without a toe-off, and to nothing for a foot with no steps', () => {
    expect(typicalStep([step('left', 0, 20, null)], 'left')?.contactFrame).toBe(0);
    expect(typicalStep([step('left', 0, 20)], 'right')).toBeNull();
  });
});

describe('key frames', () => {
  it('gives contact and toe-off per foot, left first', () => {
    const frames = keyFrames([step('right', 20, 12), step('left', 40, 16), step('right', 60, 14, null)]);
    expect(frames.map((k) => [k.id, k.frame])).toEqual([['left-contact', 40], ['left-toe-off', 55], ['right-contact', 20], ['right-toe-off', 35]]);
  });
});
