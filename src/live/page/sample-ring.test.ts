import { describe, expect, it } from 'vitest';
import { SampleRing } from './sample-ring';

describe('SampleRing', () => {
  it('keeps everything, oldest first, until full', () => {
    const ring = new SampleRing<number>(3);
    ring.push(1);
    ring.push(2);
    expect(ring.toArray()).toEqual([1, 2]);
  });

  it('keeps only the last `capacity` items once full', () => {
    const ring = new SampleRing<number>(3);
    for (let i = 1; i <= 7; i++) ring.push(i);
    expect(ring.toArray()).toEqual([5, 6, 7]);
  });

  it('returns a copy the caller cannot use to change the ring', () => {
    const ring = new SampleRing<number>(2);
    ring.push(1);
    ring.toArray().push(99);
    expect(ring.toArray()).toEqual([1]);
  });

  it('rejects a capacity below one', () => {
    expect(() => new SampleRing(0)).toThrow(RangeError);
  });
});
