import { describe, expect, it } from 'vitest';
import { bodyKeypoints } from '../../../test/support/synthetic-body';
import {
  facingSign, heelCurl, heelRise, hipShift, isStanding, kneeLift, kneeLiftFromHip, kneeWidthRatio, lateralSign, meanShinForwardDeg,
  pelvicObliquityDeg, pelvisToTrunkDeg, sideLeanDeg, squatDepth, thighLength, torsoLength, trunkForwardDeg, trunkRise,
} from './body-metrics';
import type { KeypointMap } from './keypoints';

const front = { view: 'front' as const };
const side = { view: 'side' as const, model: 'blazepose' as const };
const mirror = (kps: KeypointMap, width = 640): KeypointMap =>
  Object.fromEntries(Object.entries(kps).map(([n, k]) => [n, { ...k, x: width - k.x }]));

describe('body metrics', () => {
  it('knows which way the person faces', () => {
    const stand = bodyKeypoints({}, front);
    expect(lateralSign(stand)).toBe(1);
    expect(lateralSign(mirror(stand))).toBe(-1);
    expect(facingSign(bodyKeypoints({}, side))).toBe(-1);
    expect(facingSign(mirror(bodyKeypoints({}, side)))).toBe(1);
    expect(facingSign(bodyKeypoints({}, { view: 'side' }))).toBe(-1);
  });

  it('signs pelvis and lean angles in the person’s terms, mirrored or not', () => {
    const kps = bodyKeypoints({ hikeDeg: 8, hikeSide: 'right', sideLeanDeg: 5 }, front);
    for (const [k, lat] of [[kps, 1], [mirror(kps), -1]] as const) {
      expect(sideLeanDeg(k, lat)).toBeCloseTo(5, 5);
      // The lean tips the hip line with the trunk; against the trunk axis only the hike remains.
      expect(pelvisToTrunkDeg(k, lat)).toBeCloseTo(-8, 0);
      expect(pelvicObliquityDeg(k, lat)).toBeCloseTo(-13, 0);
    }
  });

  it('separates trunk lean from pelvic tilt: a rigid tilt of the whole body leaves the pelvis level', () => {
    const tilted = bodyKeypoints({}, { ...front, rollDeg: 6 });
    expect(Math.abs(sideLeanDeg(tilted, 1)!)).toBeCloseTo(6, 5);
    expect(Math.abs(pelvicObliquityDeg(tilted, 1)!)).toBeCloseTo(6, 5);
    expect(pelvisToTrunkDeg(tilted, 1)).toBeCloseTo(0, 5);
  });

  it('measures squat depth, knee width and hip shift from the front', () => {
    const stand = bodyKeypoints({}, front);
    const thigh = thighLength(stand, 'left')!;
    const bottom = bodyKeypoints({ depth: 0, kneesInCm: 8, hipShiftCm: 5 }, front);
    expect(squatDepth(bottom, thigh)).toBeCloseTo(0, 2);
    expect(kneeWidthRatio(bottom)).toBeCloseTo((2 * (11 + 4 - 8)) / 22, 2);
    expect(hipShift(bottom, thigh)! - hipShift(stand, thigh)!).toBeCloseTo(5 / 44, 2);
  });

  it('measures trunk against shin angle and heel rise from the side', () => {
    const kps = bodyKeypoints({ depth: 0, forwardLeanDeg: 20, heelRiseCm: 4 }, side);
    const stand = bodyKeypoints({}, side);
    expect(trunkForwardDeg(kps, -1)! - meanShinForwardDeg(kps, -1)!).toBeCloseTo(20, 5);
    expect(heelRise(kps, 'left', stand.left_heel!.y, thighLength(stand, 'left')!)).toBeCloseTo(4 / 44, 3);
  });

  it('returns null instead of guessing when a keypoint is missing', () => {
    const kps = bodyKeypoints({}, front);
    delete kps.left_hip;
    expect(pelvicObliquityDeg(kps, 1)).toBeNull();
    expect(sideLeanDeg(kps, 1)).toBeNull();
    expect(kneeWidthRatio({ ...kps, right_ankle: { x: 0, y: 0, score: 0.1 } })).toBeNull();
  });

  it('tells standing from squatting', () => {
    expect(isStanding(bodyKeypoints({}, front))).toBe(true);
    expect(isStanding(bodyKeypoints({ depth: 0.5 }, side))).toBe(false);
    expect(isStanding({})).toBe(false);
  });

  it('measures a knee lift against standing height and against the hip', () => {
    const stand = bodyKeypoints({}, front), lifted = bodyKeypoints({ liftLeft: 0.8 }, front);
    const thigh = thighLength(stand, 'left')!;
    const knee0 = stand.left_knee!.y, hip0 = stand.left_hip!.y;
    expect(kneeLift(lifted, 'left', knee0, thigh)).toBeCloseTo(0.8, 2);
    expect(kneeLiftFromHip(lifted, 'left', knee0, hip0, thigh)).toBeCloseTo(0.8, 2);
    // The whole body up 30 px (on the toes): the knee rose, but no thigh was lifted.
    const up = Object.fromEntries(Object.entries(stand).map(([n, p]) => [n, { ...p!, y: p!.y - 30 }])) as KeypointMap;
    expect(kneeLift(up, 'left', knee0, thigh)).toBeCloseTo(30 / thigh, 3);
    expect(kneeLiftFromHip(up, 'left', knee0, hip0, thigh)).toBeCloseTo(0, 3);
  });

  it('measures a heel curl against the standing shin, from the front and the side, and reads no curl in a march', () => {
    for (const cam of [front, side]) {
      const stand = bodyKeypoints({}, cam);
      const shin = stand.left_ankle!.y - stand.left_knee!.y;
      expect(heelCurl(stand, 'left', shin)).toBeCloseTo(0, 3);
      expect(heelCurl(bodyKeypoints({ curlLeftDeg: 60 }, cam), 'left', shin)).toBeCloseTo(0.5, 2);
      expect(heelCurl(bodyKeypoints({ curlLeftDeg: 90 }, cam), 'left', shin)).toBeCloseTo(1, 2);
      expect(heelCurl(bodyKeypoints({ liftLeft: 1 }, cam), 'left', shin)).toBeCloseTo(0, 2);
    }
  });

  it('measures how far the shoulders stand above the hips', () => {
    const stand = bodyKeypoints({}, front);
    expect(trunkRise(stand)).toBeCloseTo(torsoLength(stand)!, 3);
    // Even a trunk tipped 75 degrees from vertical at the bottom keeps the shoulders a quarter torso up.
    expect(trunkRise(bodyKeypoints({ depth: 0, forwardLeanDeg: 30 }, side))! / torsoLength(stand)!).toBeCloseTo(Math.cos((75 * Math.PI) / 180), 2);
    expect(trunkRise({})).toBeNull();
  });
});
