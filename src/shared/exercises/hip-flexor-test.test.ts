import { describe, expect, it } from 'vitest';
import { play, ramp, render, still, type BodyPose, type Camera, type Segment } from '../../../test/support/synthetic-body';
import type { Side } from '../exercise-core/session-types';
import { createSession } from '.';
import { HIP_FLEXOR_TEST_THRESHOLDS } from './hip-flexor-test';

const cam: Camera = { view: 'front', noisePx: 1.5 };

/** Raise the knee to k, hold `holdS` (with `during` applied from `faultAtS` on), lower it. */
function hold(side: Side, holdS: number, opts: { k?: number; during?: BodyPose; faultAtS?: number } = {}): Segment[] {
  const top: BodyPose = { [side === 'left' ? 'liftLeft' : 'liftRight']: opts.k ?? 1.1 };
  const faultAt = opts.faultAtS ?? holdS;
  const faulty = { ...top, ...opts.during };
  return [
    ramp(0.6, {}, top),
    still(faultAt, top),
    ...(faultAt < holdS ? [ramp(0.2, top, faulty), still(holdS - faultAt - 0.2, faulty)] : []),
    ramp(0.6, faultAt < holdS ? faulty : top, {}),
    still(1),
  ];
}

function run(segments: Segment[], testSeconds = 5, camera: Camera = cam) {
  const session = createSession('hip-flexor-test', { testSeconds });
  const snaps = play(session, render([still(2), ...segments], camera));
  return { snaps, summary: session.finish() };
}

describe('hip-flexor strength test', () => {
  it('defaults to a 30 s hold per side', () => {
    expect(HIP_FLEXOR_TEST_THRESHOLDS.testSeconds).toBe(30);
  });

  it('times good-form seconds per side and reports the difference and where form broke', () => {
    const { snaps, summary } = run([
      ...hold('left', 6),
      ...hold('right', 6, { during: { hikeDeg: 14, hikeSide: 'right' }, faultAtS: 2 }),
    ]);
    expect(summary.holds!.left).toBeCloseTo(5, 5);
    // 2 s at the top, plus the last of the rise above hip height and the 200 ms before a fault shows.
    expect(summary.holds!.right).toBeGreaterThan(2);
    expect(summary.holds!.right).toBeLessThan(2.7);
    expect(summary.holds!.differenceS).toBeCloseTo(summary.holds!.left - summary.holds!.right, 5);
    expect(summary.holds!.brokeAt).toEqual({ right: 'hip-hike' });
    expect(summary.reps).toEqual({ total: 2, left: 1, right: 1 });
    expect(summary.repsDetail[0]).toMatchObject({ side: 'left', good: true, holdS: 5, faults: [] });
    // The hike broke the hold; lowering the leg before the time was up is recorded too.
    expect(summary.repsDetail[1]).toMatchObject({ side: 'right', good: false, faults: ['hip-hike', 'knee-low', 'short-hold'] });
    expect(summary.repsDetail[1]!.metrics.brokeAtS).toBeCloseTo(summary.holds!.right, 1);
    expect(snaps.some((x) => x.cue?.key === 'switch-sides')).toBe(true);
    expect(snaps.some((x) => x.hold?.side === 'right' && x.hold.target === 5)).toBe(true);
  });

  it('stops the clock when the knee sinks below hip height', () => {
    const { summary } = run([...hold('left', 6, { during: { liftLeft: 0.6 }, faultAtS: 3 }), ...hold('right', 6)]);
    // 3 s at the top, plus the rise above hip height and the 200 ms before the sag counts.
    expect(summary.holds!.left).toBeGreaterThan(3);
    expect(summary.holds!.left).toBeLessThan(3.6);
    expect(summary.holds!.brokeAt).toEqual({ left: 'knee-low' });
    expect(summary.holds!.right).toBeCloseTo(5, 5);
  });

  it('reports the better of two attempts on a side', () => {
    const { summary } = run([...hold('right', 1.5), ...hold('right', 6)]);
    expect(summary.reps.right).toBe(2);
    expect(summary.holds).toMatchObject({ right: 5, left: 0, differenceS: 5, brokeAt: {} });
  });

  it('from the side: times the hold on knee height, says the pelvis was not checked, and stops when the knee sinks', () => {
    const side: Camera = { view: 'side', noisePx: 1.5 };
    const { snaps, summary } = run([...hold('left', 6), ...hold('right', 3, { during: { liftRight: 0.6 }, faultAtS: 1 })], 5, side);
    expect(summary.view).toBe('side');
    expect(summary.holds!.left).toBeCloseTo(5, 5);
    expect(summary.holds!.right).toBeGreaterThan(0.8);
    expect(summary.holds!.right).toBeLessThan(2);
    expect(summary.holds!.brokeAt?.right).toBe('knee-low');
    for (const rep of summary.repsDetail) expect(rep.notChecked).toEqual(['hip-hike', 'hip-drop', 'side-lean']);
    expect(snaps.some((x) => x.cue?.key === 'hold-side-no-pelvis')).toBe(true);
  });

  it('from the front the pelvis is checked and nothing is marked unchecked', () => {
    const { summary } = run([...hold('left', 6)]);
    expect(summary.repsDetail[0]!.notChecked).toBeUndefined();
  });

  it('reports zero seconds for a side never tried', () => {
    expect(run([]).summary.holds).toEqual({ left: 0, right: 0, differenceS: 0, brokeAt: {} });
  });
});
