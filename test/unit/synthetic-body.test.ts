import { describe, expect, it } from 'vitest';
import { kneeLift as liftRatio, pelvisToTrunkDeg, sideLeanDeg, squatDepth, thighLength } from '../../src/shared/pose/body-metrics';
import { bodyKeypoints, kneeLift, render, still } from '../support/synthetic-body';

describe('synthetic body', () => {
  const front = { view: 'front' as const };

  it('poses the measures it is asked for', () => {
    const stand = bodyKeypoints({}, front);
    const thigh = thighLength(stand, 'right')!;
    expect(squatDepth(stand, thigh)).toBeCloseTo(1, 2);
    expect(squatDepth(bodyKeypoints({ depth: 0.3 }, front), thigh)).toBeCloseTo(0.3, 2);
    const lifted = bodyKeypoints({ liftRight: 0.9 }, front);
    expect(liftRatio(lifted, 'right', stand.right_knee!.y, thigh)).toBeCloseTo(0.9, 2);
    expect(pelvisToTrunkDeg(bodyKeypoints({ hikeDeg: 6, hikeSide: 'left' }, front), 1)).toBeCloseTo(6, 0);
    expect(sideLeanDeg(bodyKeypoints({ sideLeanDeg: -5 }, front), 1)).toBeCloseTo(-5, 5);
  });

  it('renders segments at the frame rate, ending in the last pose', () => {
    const frames = render([still(1), ...kneeLift('left', 1)], front, 25);
    expect(frames).toHaveLength(Math.floor(2.6 * 25) + 1);
    expect(frames[1]!.t).toBeCloseTo(0.04, 9);
    expect(frames[frames.length - 1]!.keypoints.left_knee!.y).toBeCloseTo(frames[0]!.keypoints.left_knee!.y, 6);
  });

  it('marks points outside the frame with a low score', () => {
    const kps = bodyKeypoints({}, { view: 'front', pxPerCm: 2.2, floorY: 560 });
    expect(kps.left_ankle!.score).toBeLessThan(0.3);
    expect(kps.nose!.score).toBeGreaterThan(0.3);
  });
});
