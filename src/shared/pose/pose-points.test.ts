import { describe, expect, it } from 'vitest';
import { MIN_KEYPOINT_SCORE } from './keypoints';
import { isSeen, midOf, missingKeypoints, point, sided } from './pose-points';

describe('confidence-gated keypoints', () => {
  const kps = {
    left_hip: { x: 10, y: 20, score: MIN_KEYPOINT_SCORE },
    right_hip: { x: 30, y: 20, score: 0.29 },
    left_knee: { x: 12, y: 60, score: 0.9 },
    right_knee: { x: Number.NaN, y: 60, score: 0.9 },
  };

  it('counts a keypoint at score >= 0.3 and never guesses one below', () => {
    expect(point(kps, 'left_hip')).toEqual({ x: 10, y: 20 });
    expect(point(kps, 'right_hip')).toBeNull();
    expect(point(kps, 'right_knee')).toBeNull();
    expect(point(kps, 'nose')).toBeNull();
    expect(isSeen(kps, 'left_knee')).toBe(true);
  });

  it('lists what is missing and needs both ends for a midpoint', () => {
    expect(missingKeypoints(kps, ['left_hip', 'right_hip', 'left_knee', 'nose'])).toEqual(['right_hip', 'nose']);
    expect(midOf(kps, 'left_hip', 'right_hip')).toBeNull();
    expect(midOf(kps, 'left_hip', 'left_knee')).toEqual({ x: 11, y: 40 });
  });

  it('names sided keypoints', () => {
    expect(sided('left', 'foot_index')).toBe('left_foot_index');
  });
});
