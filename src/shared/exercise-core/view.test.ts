import { describe, expect, it } from 'vitest';
import { bodyKeypoints } from '../../../test/support/synthetic-body';
import { detectView, estimateTurnDeg } from './view';

describe('detectView', () => {
  it('tells a front view from a side view by shoulder width over torso length', () => {
    expect(detectView(bodyKeypoints({}, { view: 'front' }))).toBe('front');
    expect(detectView(bodyKeypoints({}, { view: 'side' }))).toBe('side');
    expect(detectView(bodyKeypoints({ depth: 0 }, { view: 'side', rollDeg: 5 }))).toBe('side');
  });

  it('reads a profile with the far shoulder hidden as side-on', () => {
    const kps = bodyKeypoints({}, { view: 'side' });
    kps.right_shoulder = { ...kps.right_shoulder!, score: 0.1 };
    expect(detectView(kps)).toBe('side');
  });

  it('gives no view when turned part way or when the torso is not seen', () => {
    const kps = bodyKeypoints({}, { view: 'front' });
    const cx = (kps.left_shoulder!.x + kps.right_shoulder!.x) / 2;
    for (const n of ['left_shoulder', 'right_shoulder'] as const) kps[n] = { ...kps[n]!, x: cx + (kps[n]!.x - cx) * 0.5 };
    expect(detectView(kps)).toBeNull();
    expect(detectView({})).toBeNull();
  });
});

describe('estimateTurnDeg', () => {
  it('follows the turn from the shoulders, and from the hips when the shoulders are out of the picture', () => {
    // This body's shoulders are 0.73 of its torso, broader than the 0.64 taken as facing: it reads a little less turned.
    const turn = (yawDeg: number) => estimateTurnDeg(bodyKeypoints({}, { view: 'front', yawDeg }))!;
    expect(turn(0)).toBe(0);
    expect(turn(45)).toBeGreaterThan(30);
    expect(turn(45)).toBeLessThan(45);
    expect(turn(60)).toBeGreaterThan(50);
    expect(turn(90)).toBeGreaterThan(85);
    const noShoulders = bodyKeypoints({}, { view: 'front', yawDeg: 60 });
    delete noShoulders.left_shoulder;
    delete noShoulders.right_shoulder;
    expect(estimateTurnDeg(noShoulders)).toBeGreaterThan(40);
    expect(estimateTurnDeg({})).toBeNull();
  });
});
