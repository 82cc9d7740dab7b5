import { describe, expect, it } from 'vitest';
import { bodyKeypoints } from '../../../test/support/synthetic-body';
import { type AllFoursPose, hold, type KneelingPose, renderAllFours, renderKneeling } from '../../../test/support/synthetic-kneeling-body';
import {
  backKneeSide, backThighDeg, belowBodyLineDeg, isHalfKneeling, isOnAllFours, kneelingFacing, kneelingTrunkDeg,
} from './kneeling-metrics';

const side = { view: 'side' as const };
const kneel = (pose: KneelingPose) => renderKneeling([hold(0, pose)], side)[0]!.keypoints;
const fours = (pose: AllFoursPose) => renderAllFours([hold(0, pose)], side)[0]!.keypoints;

describe('kneeling metrics', () => {
  it('finds the knee on the floor, which way the person faces, the back thigh and the trunk', () => {
    const k = kneel({ back: 'left', thighDeg: 15, trunkDeg: -8 });
    expect(backKneeSide(k)).toBe('left');
    const facing = kneelingFacing(k, 'left')!;
    expect(facing).toBe(-1);
    expect(backThighDeg(k, 'left', facing)).toBeCloseTo(15, 0);
    expect(kneelingTrunkDeg(k, facing)).toBeCloseTo(-8, 0);
    expect(backKneeSide(kneel({ back: 'right' }))).toBe('right');
  });

  it('tells half-kneeling and hands-and-knees from standing and from each other', () => {
    const stand = bodyKeypoints({}, side);
    expect(isHalfKneeling(kneel({ back: 'left', thighDeg: 10 }))).toBe(true);
    expect(isHalfKneeling(stand)).toBe(false);
    expect(isOnAllFours(fours({}))).toBe(true);
    expect(isOnAllFours(stand)).toBe(false);
    expect(isOnAllFours(kneel({ back: 'left' }))).toBe(false);
    expect(isHalfKneeling(fours({}))).toBe(false);
  });

  it('measures a limb against the body line: hanging down 90, carrying it on 0, above it negative', () => {
    const hip = { x: 300, y: 200 }, shoulder = { x: 150, y: 200 };
    expect(belowBodyLineDeg(shoulder, hip, { x: 300, y: 300 })).toBeCloseTo(90);
    expect(belowBodyLineDeg(shoulder, hip, { x: 400, y: 200 })).toBeCloseTo(0);
    expect(belowBodyLineDeg(shoulder, hip, { x: 400, y: 190 })).toBeLessThan(0);
    // Mirrored (facing the other way), the same.
    expect(belowBodyLineDeg({ x: 450, y: 200 }, hip, { x: 200, y: 220 })).toBeCloseTo(11.3, 1);
    expect(belowBodyLineDeg({ x: 450, y: 200 }, hip, { x: 200, y: 180 })).toBeCloseTo(-11.3, 1);
  });
});
