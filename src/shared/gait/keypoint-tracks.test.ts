import { describe, expect, it } from 'vitest';
import type { PoseFrame } from '../exercise-core/session-types';
import { framesFromTracks, isPresent, mapTracks, tracksFromFrames } from './keypoint-tracks';

const frames: PoseFrame[] = [
  { t: 0, width: 100, height: 100, keypoints: { nose: { x: 1, y: 2, score: 0.9 }, left_knee: { x: 5, y: 6, score: 0.1 } } },
  { t: 0.1, width: 100, height: 100, keypoints: { nose: { x: 3, y: 4, score: 0.8 } } },
];

describe('keypoint tracks', () => {
  it('turns frames into confidence-gated series and back', () => {
    const set = tracksFromFrames(frames);
    expect(set.t).toEqual([0, 0.1]);
    expect(set.tracks.nose).toEqual({ x: [1, 3], y: [2, 4] });
    expect(isPresent(set.tracks.left_knee, 0)).toBe(false);
    expect(set.tracks.right_knee).toBeUndefined();
    const doubled = mapTracks(set, (v) => v.map((x) => 2 * x));
    const back = framesFromTracks(doubled, frames);
    expect(back[1]!.keypoints.nose).toEqual({ x: 6, y: 8, score: 0.8 });
    expect(back[0]!.keypoints.left_knee).toBeUndefined();
  });
});
