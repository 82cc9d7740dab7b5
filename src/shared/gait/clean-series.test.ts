import { describe, expect, it } from 'vitest';
import { cleanSeries } from './clean-series';
import { syntheticRun } from '../../../test/support/synthetic-runner';

describe('series cleaning', () => {
  it('repairs a swap, removes a spike, bridges a short gap and smooths the jitter', () => {
    const run = syntheticRun({ fps: 60, durationS: 3, noisePx: 3 });
    const truth = syntheticRun({ fps: 60, durationS: 3, noisePx: 0 }).frames;
    const frames = run.frames.map((f, i) => {
      const k = { ...f.keypoints };
      if (i === 40) [k.left_ankle, k.right_ankle, k.left_heel, k.right_heel, k.left_knee, k.right_knee, k.left_foot_index, k.right_foot_index] =
        [k.right_ankle, k.left_ankle, k.right_heel, k.left_heel, k.right_knee, k.left_knee, k.right_foot_index, k.left_foot_index];
      if (i === 80) k.nose = { ...k.nose!, x: k.nose!.x + 150 };
      if (i >= 100 && i < 103) k.left_heel = { ...k.left_heel!, score: 0.05 };
      return { ...f, keypoints: k };
    });
    const c = cleanSeries(frames, { fps: 60 });
    expect(c.swapped[40]).toBe(true);
    expect(c.spikesRemoved).toBeGreaterThanOrEqual(1);
    const err = (name: 'left_heel' | 'nose'): number =>
      Math.max(...c.frames.slice(10, -10).map((f, i) => Math.abs(f.keypoints[name]!.x - truth[i + 10]!.keypoints[name]!.x)));
    expect(err('left_heel')).toBeLessThan(8);
    expect(err('nose')).toBeLessThan(6);
    expect(c.legLengthPx!).toBeCloseTo(400, -1);
  });
});
