import { describe, expect, it } from 'vitest';
import { lyingKeypoints, type LyingCamera } from '../../../test/support/synthetic-lying-body';
import { alongBodyScale, floorBaseline, hipLineTiltDeg, isLying, legElevationDeg, limbTravel } from './floor-metrics';
import { detectView } from './view';

const ANGLES = [0, 37, 90, 180, 233, 270];

describe('floor metrics', () => {
  it('read a hip hike against the body axis, whichever way the body lies in the picture', () => {
    for (const angleDeg of ANGLES) {
      const cam: LyingCamera = { view: 'overhead', angleDeg };
      const level = lyingKeypoints({}, cam);
      expect(hipLineTiltDeg(level)).toBeCloseTo(0, 5);
      for (const hikeDeg of [3, 5, 8]) {
        const left = hipLineTiltDeg(lyingKeypoints({ hikeDeg, hikeSide: 'left' }, cam))!;
        const right = hipLineTiltDeg(lyingKeypoints({ hikeDeg, hikeSide: 'right' }, cam))!;
        // Pivoting about the other hip also turns the body axis a little: within 10% of the hike.
        expect(left).toBeGreaterThan(0.9 * hikeDeg);
        expect(left).toBeLessThan(1.1 * hikeDeg);
        expect(right).toBeCloseTo(-left, 5);
      }
    }
  });

  it('undo the foreshortening of a camera at the feet', () => {
    for (const tiltDeg of [15, 25, 40]) {
      const cam: LyingCamera = { view: 'feet', tiltDeg, angleDeg: 4 };
      const f = alongBodyScale(lyingKeypoints({}, cam))!;
      expect(f).toBeLessThan(0.8);
      const raw = hipLineTiltDeg(lyingKeypoints({ hikeDeg: 5, hikeSide: 'left' }, cam))!;
      const corrected = hipLineTiltDeg(lyingKeypoints({ hikeDeg: 5, hikeSide: 'left' }, cam), f)!;
      expect(raw).toBeLessThan(4);
      expect(corrected).toBeGreaterThan(4);
    }
  });

  it('tell lying from standing and the view along the body from the side view', () => {
    for (const angleDeg of ANGLES.filter((a) => a !== 0)) expect(isLying(lyingKeypoints({}, { view: 'overhead', angleDeg }))).toBe(true);
    // From overhead with the head at the top of the picture, a lying body looks like a standing one.
    expect(isLying(lyingKeypoints({}, { view: 'overhead', angleDeg: 0 }))).toBe(false);
    expect(isLying(lyingKeypoints({}, { view: 'feet' }))).toBe(true);
    expect(isLying(lyingKeypoints({}, { view: 'side' }))).toBe(true);
    expect(detectView(lyingKeypoints({}, { view: 'feet' }), 'lying')).toBe('front');
    for (const angleDeg of ANGLES) expect(detectView(lyingKeypoints({}, { view: 'overhead', angleDeg }), 'lying')).toBe('front');
    expect(detectView(lyingKeypoints({}, { view: 'side' }), 'lying')).toBe('side');
    expect(hipLineTiltDeg(lyingKeypoints({}, { view: 'side' }))).toBeNull();
  });

  it('measure limb travel from the calibrated rest and the leg raise angle, at any orientation', () => {
    for (const angleDeg of ANGLES) {
      const cam: LyingCamera = { view: 'overhead', angleDeg };
      const b = floorBaseline([lyingKeypoints({}, cam)])!;
      expect(b.scale).toBeCloseTo(86 * 1.8, 0);
      const slid = lyingKeypoints({ slideLeft: 1 }, cam);
      expect(limbTravel(slid, 'left', 'ankle', b.rest.left.ankle)! / b.scale).toBeGreaterThan(0.4);
      expect(limbTravel(slid, 'right', 'ankle', b.rest.right.ankle)! / b.scale).toBeCloseTo(0, 5);
    }
    const side = lyingKeypoints({ raiseLeftDeg: 40 }, { view: 'side', angleDeg: 20 });
    expect(legElevationDeg(side, 'left')).toBeCloseTo(40, 0);
  });
});
