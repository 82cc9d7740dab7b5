import { describe, expect, it } from 'vitest';
import { runningDirection } from './running-direction';
import { syntheticRun } from '../../../test/support/synthetic-runner';

describe('running direction', () => {
  it('reads the facing from the body, on a treadmill or crossing the frame', () => {
    expect(runningDirection(syntheticRun({ direction: 1, durationS: 2 }).frames)).toMatchObject({ sign: 1, facing: 'right' });
    const left = runningDirection(syntheticRun({ direction: -1, durationS: 2, driftPxPerS: -200 }).frames);
    expect(left).toMatchObject({ sign: -1, facing: 'left' });
    expect(left.travelWidths).toBeLessThan(-0.1);
  });

  it('says it cannot tell without a face or feet', () => {
    const frames = syntheticRun({ durationS: 1 }).frames.map((f) => ({ ...f, keypoints: { left_hip: f.keypoints.left_hip!, right_hip: f.keypoints.right_hip! } }));
    expect(runningDirection(frames).sign).toBeNull();
  });
});
