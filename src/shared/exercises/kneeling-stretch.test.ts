import { describe, expect, it } from 'vitest';
import { bodyKeypoints, type Camera } from '../../../test/support/synthetic-body';
import { hold, type KneelingPose, type KneelingSegment, renderKneeling, shift } from '../../../test/support/synthetic-kneeling-body';
import type { SessionOptions } from '../exercise-core/session-types';
import { createSession } from '.';
import { KNEELING_STRETCH_THRESHOLDS as TH } from './kneeling-stretch';

const cam: Camera = { view: 'side', noisePx: 1.5 };
const options: SessionOptions = { testSeconds: 5 };

function run(segments: Array<KneelingSegment<KneelingPose>>, camera: Camera = cam) {
  const session = createSession('kneeling-stretch', options);
  const snaps = segments.length ? renderKneeling(segments, camera).map((f) => session.update(f)) : [];
  return { snaps, summary: session.finish() };
}

/** Kneel still (calibration), ease into the stretch, hold, and ease out. */
function stretch(back: KneelingPose['back'], holdS: number, during: Partial<KneelingPose> = {}): Array<KneelingSegment<KneelingPose>> {
  const down: KneelingPose = { back }, into: KneelingPose = { back, thighDeg: 18, ...during };
  return [hold(2, down), shift(1, down, { back, thighDeg: 18 }), shift(0.5, { back, thighDeg: 18 }, into), hold(holdS, into), shift(1, into, down), hold(0.5, down)];
}

describe('kneeling hip-flexor stretch', () => {
  it.each([['left'], ['right']] as const)('times a %s-side hold in the stretch to the set length, and says that side is done', (back) => {
    const { summary, snaps } = run(stretch(back, 6));
    expect(summary.reps).toEqual({ total: 1, left: back === 'left' ? 1 : 0, right: back === 'right' ? 1 : 0 });
    expect(summary.repsDetail[0]!.good).toBe(true);
    expect(summary.holds![back]).toBeCloseTo(5, 5);
    expect(Math.abs(summary.repsDetail[0]!.metrics.peakThighDeg! - 18)).toBeLessThan(2);
    expect(snaps.some((s) => s.cue?.key === 'switch-sides')).toBe(true);
  });

  it('runs the clock both sides in turn and reports the difference', () => {
    const { summary } = run([...stretch('left', 6), ...stretch('right', 3)]);
    expect(summary.reps).toEqual({ total: 2, left: 1, right: 1 });
    expect(summary.holds!.left).toBeCloseTo(5, 5);
    expect(summary.holds!.right).toBeGreaterThan(2.5);
    expect(summary.holds!.right).toBeLessThan(4.5);
    expect(summary.holds!.differenceS).toBeCloseTo(summary.holds!.left - summary.holds!.right, 5);
  });

  it(`stops the clock and says so when the trunk leans back past ${TH.archDeg} degrees (the lower back arching)`, () => {
    const { summary, snaps } = run(stretch('left', 6, { trunkDeg: -(TH.archDeg + 6) }));
    const rep = summary.repsDetail[0]!;
    expect(rep.faults).toContain('stretch-arching');
    expect(rep.holdS!).toBeLessThan(1.5);
    expect(summary.holds!.brokeAt?.left).toBe('stretch-arching');
    expect(snaps.some((s) => s.cue?.key === 'stretch-arching')).toBe(true);
    expect(run(stretch('left', 6, { trunkDeg: -(TH.archDeg - 5) })).summary.repsDetail[0]!.faults).toEqual([]);
  });

  it('flags leaning forward, and the hips drifting back out of the stretch', () => {
    expect(run(stretch('right', 6, { trunkDeg: TH.trunkForwardDeg + 8 })).summary.repsDetail[0]!.faults).toContain('stretch-trunk-forward');
    const drift: Array<KneelingSegment<KneelingPose>> = [
      ...stretch('left', 2).slice(0, 4), shift(0.5, { back: 'left', thighDeg: 18 }, { back: 'left', thighDeg: 0 }), hold(3, { back: 'left', thighDeg: 0 }),
    ];
    const { summary } = run(drift);
    expect(summary.repsDetail[0]!.faults).toContain('stretch-hips-back');
    expect(summary.repsDetail[0]!.holdS!).toBeLessThan(3.5);
  });

  it('asks to ease the hips forward, and records no attempt, while the person only kneels', () => {
    const { summary, snaps } = run([hold(6, { back: 'left' })]);
    expect(summary.reps.total).toBe(0);
    expect(snaps.some((s) => s.cue?.key === 'stretch-hips-forward')).toBe(true);
  });

  it('asks a standing person to kneel before it starts', () => {
    const session = createSession('kneeling-stretch', options);
    const snaps = Array.from({ length: 60 }, (_, i) => session.update({ t: i / 30, keypoints: bodyKeypoints({}, cam), width: 640, height: 480 }));
    expect(snaps.at(-1)!.state).toBe('positioning');
    expect(snaps.at(-1)!.cue?.key).toBe('kneel-on-one-knee');
  });
});
