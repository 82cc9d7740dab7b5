import { describe, expect, it } from 'vitest';
import { footAngleDeg, kneeFlexionDeg, shankAngleDeg, thighAngleDeg } from './sagittal-angles';

describe('sagittal angles', () => {
  it('signs segment angles in the runner’s terms whichever way the runner faces', () => {
    const hip = { x: 100, y: 100 };
    for (const dir of [1, -1] as const) {
      expect(thighAngleDeg(hip, { x: 100 + dir * 50, y: 150 }, dir)).toBeCloseTo(45);
      expect(thighAngleDeg(hip, { x: 100 - dir * 50, y: 150 }, dir)).toBeCloseTo(-45);
      expect(shankAngleDeg({ x: 0, y: 0 }, { x: dir * 10, y: 10 }, dir)).toBeCloseTo(45);
      expect(footAngleDeg({ x: 0, y: 0 }, { x: dir * 10, y: -10 }, dir)).toBeCloseTo(45);
      expect(footAngleDeg({ x: 0, y: 0 }, { x: dir * 10, y: 0 }, dir)).toBeCloseTo(0);
    }
  });

  it('measures knee flexion from straight', () => {
    expect(kneeFlexionDeg({ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 0, y: 20 })).toBeCloseTo(0);
    expect(kneeFlexionDeg({ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 10, y: 10 })).toBeCloseTo(90);
  });
});
