import { describe, expect, it } from 'vitest';
import { CaptureClock } from './capture-clock';

describe('CaptureClock', () => {
  it('maps capture timestamps to local time by the fastest delivery seen', () => {
    const clock = new CaptureClock();
    // Capture clock starts at 7 895 383 ms; frames arrive 2-30 ms after their timestamp.
    clock.arrived(7_895_383_000, 160);
    clock.arrived(7_895_426_000, 201);
    clock.arrived(7_895_469_000, 274);
    expect(clock.availableAt(7_895_469_000)).toBeCloseTo(244);
    expect(clock.availableAt(7_895_383_000)).toBeCloseTo(158);
  });
});
