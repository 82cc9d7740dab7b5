import { describe, expect, it } from 'vitest';
import { inSegment, joinSegments, planSegments, SEGMENT_LEAD_IN_S } from './clip-segments';
import type { PoseFrame } from '../../shared/exercise-core/session-types';

const frame = (t: number): PoseFrame => ({ t, keypoints: {}, width: 640, height: 360, people: 1 });

describe('planSegments', () => {
  it('splits a clip into equal consecutive segments that cover every frame once', () => {
    const segments = planSegments(21.5, 2);
    expect(segments).toHaveLength(2);
    expect(segments[1]).toEqual({ fromS: 10.75, toS: Infinity, decodeFromS: 10.75 - SEGMENT_LEAD_IN_S });
    expect(segments[0]!.decodeFromS).toBe(0);
    const times = Array.from({ length: 538 }, (_, i) => i / 25);
    for (const t of times) expect(segments.filter((s) => inSegment(s, t))).toHaveLength(1);
    // Frames stamped a little outside the container's duration still belong somewhere.
    expect(segments.filter((s) => inSegment(s, -0.01))).toHaveLength(1);
    expect(segments.filter((s) => inSegment(s, 30))).toHaveLength(1);
  });

  it('keeps segments at least two seconds long, and always one', () => {
    expect(planSegments(3, 4)).toHaveLength(1);
    expect(planSegments(6.47, 4)).toHaveLength(3);
    expect(planSegments(0.5, 2)).toEqual([{ fromS: -Infinity, toS: Infinity, decodeFromS: 0 }]);
    expect(planSegments(60, 0)).toHaveLength(1);
  });
});

describe('joinSegments', () => {
  it('joins segments in order', () => {
    const joined = joinSegments([
      { frames: [frame(0), frame(1)], endedEarly: false },
      { frames: [frame(2), frame(3)], endedEarly: false },
    ]);
    expect(joined.map((f) => f.t)).toEqual([0, 1, 2, 3]);
  });

  it('ends the clip where a segment could not be decoded any further, leaving no hole', () => {
    const joined = joinSegments([
      { frames: [frame(0), frame(1)], endedEarly: true },
      { frames: [frame(5), frame(6)], endedEarly: false },
    ]);
    expect(joined.map((f) => f.t)).toEqual([0, 1]);
  });
});
