import { describe, expect, it } from 'vitest';
import { syntheticRun } from '../support/synthetic-runner';

describe('synthetic runner', () => {
  it('puts each heel furthest forward at its contacts and furthest back at its toe-offs', () => {
    const fps = 240;
    const run = syntheticRun({ fps, durationS: 2, cadenceSpm: 180 });
    const forward = run.frames.map((f) => f.keypoints.left_heel!.x - (f.keypoints.left_hip!.x + f.keypoints.right_hip!.x) / 2);
    const at = (t: number): number => forward[Math.round(t * fps)]!;
    for (const t of run.contacts.left.filter((x) => x > 0.05 && x < 1.95)) {
      expect(at(t)).toBeGreaterThanOrEqual(at(t - 0.02));
      expect(at(t)).toBeGreaterThanOrEqual(at(t + 0.02));
    }
    for (const t of run.toeOffs.left.filter((x) => x > 0.05 && x < 1.95)) expect(at(t)).toBeLessThanOrEqual(at(t + 0.02));
    expect(run.strideS).toBeCloseTo(120 / 180, 9);
    expect(run.contacts.right[0]! - run.contacts.left[0]!).toBeCloseTo(run.strideS / 2, 9);
  });
});
