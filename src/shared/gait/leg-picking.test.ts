import { describe, expect, it } from 'vitest';
import type { KeypointMap } from '../pose/keypoints';
import { groundLeg, leadingLeg, pelvisOf, trailingLeg } from './leg-picking';

const kp = (x: number, y: number) => ({ x, y, score: 0.9 });
// Facing +x: the right leg reaches forward (landing), the left trails behind with its heel up.
const frame: KeypointMap = {
  left_hip: kp(98, 100), right_hip: kp(102, 100),
  left_knee: kp(80, 150), left_ankle: kp(50, 190), left_heel: kp(40, 185), left_foot_index: kp(60, 200),
  right_knee: kp(130, 150), right_ankle: kp(150, 195), right_heel: kp(145, 202), right_foot_index: kp(175, 195),
};

describe('leg picking', () => {
  it('picks legs by where they are', () => {
    expect(pelvisOf(frame)).toEqual({ x: 100, y: 100 });
    expect(leadingLeg(frame, 1)?.side).toBe('right');
    expect(trailingLeg(frame, 1)?.side).toBe('left');
    expect(leadingLeg(frame, -1)?.side).toBe('left');
    expect(groundLeg(frame)?.side).toBe('right');
  });

  it('uses the one leg seen, and no leg when none is', () => {
    const { right_heel, right_ankle, right_foot_index, ...rest } = frame;
    void right_heel, void right_ankle, void right_foot_index;
    expect(leadingLeg(rest, 1)?.side).toBe('left');
    expect(leadingLeg({}, 1)).toBeNull();
  });
});
