import { describe, expect, it } from 'vitest';
import { angleAt, angleFromHorizontal, angleFromVertical, distance, median, midpoint } from './geometry';

describe('geometry', () => {
  it('measures distances and midpoints', () => {
    expect(distance({ x: 0, y: 0 }, { x: 3, y: 4 })).toBe(5);
    expect(midpoint({ x: 0, y: 2 }, { x: 4, y: 6 })).toEqual({ x: 2, y: 4 });
  });

  it('measures the interior angle at a joint', () => {
    expect(angleAt({ x: 0, y: -1 }, { x: 0, y: 0 }, { x: 0, y: 1 })).toBeCloseTo(180);
    expect(angleAt({ x: 0, y: -1 }, { x: 0, y: 0 }, { x: 1, y: 0 })).toBeCloseTo(90);
    expect(angleAt({ x: 1, y: 0 }, { x: 0, y: 0 }, { x: 1, y: 1 })).toBeCloseTo(45);
  });

  it('measures segment angles against vertical and horizontal in image coordinates (y down)', () => {
    expect(angleFromVertical({ x: 0, y: 10 }, { x: 0, y: 0 })).toBeCloseTo(0);
    expect(angleFromVertical({ x: 0, y: 10 }, { x: 10, y: 0 })).toBeCloseTo(45);
    expect(angleFromVertical({ x: 0, y: 10 }, { x: -10, y: 0 })).toBeCloseTo(-45);
    expect(angleFromHorizontal({ x: 0, y: 0 }, { x: 10, y: 0 })).toBeCloseTo(0);
    expect(angleFromHorizontal({ x: 0, y: 0 }, { x: 10, y: -10 })).toBeCloseTo(45);
  });

  it('takes medians of the values present', () => {
    expect(median([3, null, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null])).toBeNull();
  });
});
