/**
 * The floor exercises on synthetic people lying at several angles across the picture, seen from
 * overhead, from the feet and from the side, with hip hikes of known size.
 */
import { describe, expect, it } from 'vitest';
import { floorRep, lie, renderLying, type LyingCamera, type LyingPose, type LyingSegment } from '../../../test/support/synthetic-lying-body';
import type { ExerciseId, SessionOptions, SessionSnapshot, SetSummary } from '../exercise-core/session-types';
import { createSession } from '.';

const ANGLES = [37, 90, 180, 233, 270];
/**
 * A camera at the feet sees the body end-on, so it can sit closer than one overhead or beside:
 * 3.5 px/cm puts the hips 70 px apart, the body about 250 px tall, in a 640x480 picture.
 */
const FEET: LyingCamera = { view: 'feet', pxPerCm: 3.5, noisePx: 1 };
const VIEWS_ALONG: LyingCamera[] = [
  ...ANGLES.map((angleDeg): LyingCamera => ({ view: 'overhead', angleDeg, noisePx: 1 })),
  FEET,
  { ...FEET, tiltDeg: 40, angleDeg: -5 },
];

function run(exercise: ExerciseId, rest: LyingPose, reps: LyingPose[], cam: LyingCamera, options: SessionOptions = {}, repOpts?: Parameters<typeof floorRep>[2]) {
  const segments: LyingSegment[] = [lie(2.5, rest), ...reps.flatMap((top) => floorRep(rest, top, repOpts))];
  const session = createSession(exercise, options);
  const snaps: SessionSnapshot[] = renderLying(segments, cam).map((f) => session.update(f));
  return { summary: session.finish(), snaps };
}

const faulty = (s: SetSummary, id: string) => s.repsDetail.filter((r) => r.faults.includes(id)).length;
const label = (cam: LyingCamera) => `${cam.view} ${cam.angleDeg ?? 0}°`;

describe('heel slide', () => {
  const slides: LyingPose[] = [{ slideLeft: 1 }, { slideRight: 1 }, { slideLeft: 0.8 }, { slideRight: 0.9 }];

  it.each(VIEWS_ALONG.map((c) => [label(c), c] as const))('counts reps per side and flags no hike on clean reps (%s)', (_l, cam) => {
    const { summary } = run('heel-slide', {}, slides, cam);
    expect(summary.view).toBe('front');
    expect(summary.reps).toEqual({ total: 4, left: 2, right: 2 });
    expect(faulty(summary, 'hip-hike')).toBe(0);
    expect(summary.repsDetail.every((r) => r.good)).toBe(true);
  });

  it.each(VIEWS_ALONG.map((c) => [label(c), c] as const))('flags a 5 degree hip hike on the sliding side (%s)', (_l, cam) => {
    const hiked: LyingPose[] = [{ slideLeft: 1, hikeDeg: 5, hikeSide: 'left' }, { slideRight: 1 }, { slideRight: 1, hikeDeg: 6, hikeSide: 'right' }];
    const { summary } = run('heel-slide', {}, hiked, cam);
    expect(summary.reps.total).toBe(3);
    expect(summary.repsDetail.map((r) => r.faults.includes('hip-hike'))).toEqual([true, false, true]);
  });

  it('leaves a 3 degree hike, inside the noise of 2D pelvis angles, unflagged', () => {
    const { summary } = run('heel-slide', {}, [{ slideLeft: 1, hikeDeg: 3, hikeSide: 'left' }], { view: 'overhead', angleDeg: 90, noisePx: 1 });
    expect(summary.reps.total).toBe(1);
    expect(faulty(summary, 'hip-hike')).toBe(0);
  });

  it('side-on counts reps, says hip hiking cannot be checked, and does not claim it', () => {
    const { summary, snaps } = run('heel-slide', {}, [{ slideLeft: 1, hikeDeg: 8, hikeSide: 'left' }, { slideRight: 1 }], { view: 'side', noisePx: 1 });
    expect(summary.view).toBe('side');
    expect(summary.reps.total).toBe(2);
    expect(summary.repsDetail.every((r) => r.notChecked?.includes('hip-hike'))).toBe(true);
    expect(snaps.some((s) => s.cue?.key === 'side-view-no-hike')).toBe(true);
  });

  it('flags slides rushed in under 2 s', () => {
    const { summary } = run('heel-slide', {}, [{ slideLeft: 1 }], FEET, {}, { outS: 0.5, topS: 0.1, backS: 0.5 });
    expect(summary.repsDetail[0]?.faults).toContain('too-fast');
  });

  it('waits for the person to lie down before calibrating', () => {
    const session = createSession('heel-slide');
    // Overhead with the head at the top reads as standing: no calibration, a cue to lie down.
    const frames = renderLying([lie(3)], { view: 'overhead', angleDeg: 0 });
    const last = frames.map((f) => session.update(f)).at(-1)!;
    expect(last.state).toBe('positioning');
    expect(last.cue?.key).toBe('lie-down');
  });
});

describe('straight leg raise', () => {
  it.each([['feet', FEET], ['overhead 233°', { view: 'overhead', angleDeg: 233 }]] as const)(
    'counts raises and flags a hip hike of 5 degrees or more (%s)',
    (_l, cam) => {
      const raises: LyingPose[] = [{ raiseLeftDeg: 45 }, { raiseLeftDeg: 45, hikeDeg: 5, hikeSide: 'left' }, { raiseRightDeg: 40 }];
      const { summary } = run('straight-leg-raise', {}, raises, { ...cam, noisePx: 1 });
      expect(summary.reps).toEqual({ total: 3, left: 2, right: 1 });
      expect(summary.repsDetail.map((r) => r.faults.includes('hip-hike'))).toEqual([false, true, false]);
    },
  );

  it('side-on reports the height reached and a straight knee', () => {
    const { summary } = run('straight-leg-raise', {}, [{ raiseLeftDeg: 50 }], { view: 'side', noisePx: 1 });
    const rep = summary.repsDetail[0]!;
    expect(rep.metrics.peakLiftDeg).toBeGreaterThan(45);
    expect(rep.metrics.minKneeDeg).toBeGreaterThan(170);
    expect(rep.faults).toEqual([]);
  });
});

describe('supine march', () => {
  const rest: LyingPose = { kneesBent: true };

  it('counts knee lifts per side, flags short ones and times holds', () => {
    const cam = FEET;
    const { summary } = run('supine-march', rest, [{ kneeUpLeft: 1 }, { kneeUpRight: 1 }, { kneeUpLeft: 0.35 }], cam);
    expect(summary.reps).toEqual({ total: 3, left: 2, right: 1 });
    expect(summary.repsDetail.map((r) => r.faults.includes('knee-not-up'))).toEqual([false, false, true]);

    const held = run('supine-march', rest, [{ kneeUpLeft: 1 }], cam, { holdSeconds: 3 }, { topS: 3.5 }).summary;
    expect(held.repsDetail[0]).toMatchObject({ holdS: 3, good: true });
    const short = run('supine-march', rest, [{ kneeUpLeft: 1 }], cam, { holdSeconds: 3 }, { topS: 1 }).summary;
    expect(short.repsDetail[0]?.faults).toContain('short-hold');
  });

  it('flags a hip hike on the lifting side at any orientation', () => {
    for (const angleDeg of ANGLES) {
      const { summary } = run('supine-march', rest, [{ kneeUpRight: 1, hikeDeg: 5, hikeSide: 'right' }], { view: 'overhead', angleDeg, noisePx: 1 });
      expect(summary.repsDetail[0]?.faults, `at ${angleDeg}°`).toContain('hip-hike');
    }
  });
});

describe('glute bridge', () => {
  const rest: LyingPose = { kneesBent: true };

  it('counts bridges side-on and flags ones that stop low', () => {
    const { summary } = run('glute-bridge', rest, [{ bridge: 1 }, { bridge: 1 }, { bridge: 0.45 }], { view: 'side', noisePx: 1 });
    expect(summary.view).toBe('side');
    expect(summary.reps.total).toBe(3);
    expect(summary.repsDetail.map((r) => r.faults.includes('low-bridge'))).toEqual([false, false, true]);
    expect(summary.repsDetail[0]?.notChecked).toEqual(['hips-uneven']);
  });

  it('from the feet, flags one hip sagging', () => {
    const { summary } = run('glute-bridge', rest, [{ bridge: 1 }, { bridge: 1, sagDeg: 7, sagSide: 'left' }], FEET);
    expect(summary.reps.total).toBe(2);
    expect(summary.repsDetail.map((r) => r.faults.includes('hips-uneven'))).toEqual([false, true]);
  });
});

describe('dead bug', () => {
  const rest: LyingPose = { slideLeft: 1, slideRight: 1 };

  it('counts leg reaches per side and flags a still opposite arm', () => {
    const reps: LyingPose[] = [
      { slideLeft: 0, reachRight: 1 },
      { slideRight: 0, reachLeft: 1 },
      { slideLeft: 0 },
    ];
    const { summary } = run('dead-bug', rest, reps, { view: 'overhead', angleDeg: 90, noisePx: 1 });
    expect(summary.reps).toEqual({ total: 3, left: 2, right: 1 });
    expect(summary.repsDetail.map((r) => r.faults.includes('arm-still'))).toEqual([false, false, true]);
  });
});

describe('pelvic tilt', () => {
  const rest: LyingPose = { kneesBent: true };
  const SIDE: LyingCamera = { view: 'side', noisePx: 1 };
  // A tilt seen side-on opens the shoulder-hip-knee angle a few degrees, as the first tenth of a
  // bridge does: the synthetic body has no pelvis of its own to tip.
  const tilt: LyingPose = { bridge: 0.12 };

  it('counts slow tilts side-on, with every check made', () => {
    const { summary } = run('pelvic-tilt', rest, [tilt, tilt, tilt], SIDE);
    expect(summary.view).toBe('side');
    expect(summary.reps.total).toBe(3);
    expect(summary.repsDetail.every((r) => r.good && (r.notChecked ?? []).length === 0)).toBe(true);
    expect(summary.repsDetail.every((r) => r.metrics.peakTiltDeg! > 3 && r.metrics.peakTiltDeg! < 12)).toBe(true);
  });

  it('flags the hips lifting off the floor: pushing through the feet into a bridge', () => {
    const { summary, snaps } = run('pelvic-tilt', rest, [tilt, { bridge: 0.6 }, tilt], SIDE);
    expect(summary.repsDetail.map((r) => r.faults)).toEqual([[], ['hips-lift'], []]);
    expect(snaps.some((s) => s.cue?.key === 'hips-lift')).toBe(true);
  });

  it('flags a rushed tilt', () => {
    const { summary } = run('pelvic-tilt', rest, [tilt], SIDE, {}, { outS: 0.3, topS: 0, backS: 0.3 });
    expect(summary.repsDetail.map((r) => r.faults)).toEqual([['tilt-rushed']]);
  });

  it('does not count lying still', () => {
    expect(run('pelvic-tilt', rest, [], SIDE).summary.reps.total).toBe(0);
  });

  it('takes changed limits from the settings', () => {
    const { summary } = run('pelvic-tilt', rest, [tilt, { bridge: 0.3 }], SIDE, { thresholds: { minTiltS: 3, hipsLiftDeg: 30 } });
    expect(summary.repsDetail.map((r) => r.faults)).toEqual([['tilt-rushed'], ['tilt-rushed']]);
    expect(summary.checks).toEqual(['hips-lift', 'tilt-rushed']);
  });
});
