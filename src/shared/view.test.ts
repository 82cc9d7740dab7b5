import { describe, expect, it } from 'vitest';
import { bodyKeypoints } from '../../test/unit/synthetic-body';
import { detectView } from './view';

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
