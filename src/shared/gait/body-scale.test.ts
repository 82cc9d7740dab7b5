import { describe, expect, it } from 'vitest';
import { legLengthPx, pelvisAt } from './body-scale';
import { tracksFromFrames } from './keypoint-tracks';
import { syntheticRun } from '../../../test/support/synthetic-runner';

describe('body scale', () => {
  it('measures leg length as thigh plus shank, whatever the knee bend', () => {
    const run = syntheticRun({ durationS: 1, legPx: 300 });
    const set = tracksFromFrames(run.frames);
    expect(legLengthPx(set)!).toBeCloseTo(300, -1);
    const p = pelvisAt(set, 0)!;
    expect(p.x).toBeCloseTo((run.frames[0]!.keypoints.left_hip!.x + run.frames[0]!.keypoints.right_hip!.x) / 2, 6);
  });

  it('has no length without legs', () => {
    expect(legLengthPx({ t: [0], tracks: {} })).toBeNull();
  });
});
