import { describe, expect, it } from 'vitest';
import { bodyKeypoints, type Camera } from '../../../test/support/synthetic-body';
import { type AllFoursPose, hold, type KneelingSegment, renderAllFours, shift } from '../../../test/support/synthetic-kneeling-body';
import type { Side } from '../exercise-core/session-types';
import { createSession } from '.';
import { BIRD_DOG_THRESHOLDS as TH } from './bird-dog';

const cam: Camera = { view: 'side', noisePx: 1.5 };

/** One reach: the leg back and the other arm forward, a moment there, and back. */
function reach(leg: Side, extra: Partial<AllFoursPose> = {}): Array<KneelingSegment<AllFoursPose>> {
  const rest: AllFoursPose = { leg }, top: AllFoursPose = { leg, reach: 1, ...extra };
  return [shift(0.8, rest, top), hold(0.6, top), shift(0.8, top, rest), hold(0.3, rest)];
}

function run(reaches: Array<KneelingSegment<AllFoursPose>>, camera: Camera = cam, fps = 30) {
  const session = createSession('bird-dog');
  const snaps = renderAllFours([hold(2, {}), ...reaches, hold(0.5, {})], camera, fps).map((f) => session.update(f));
  return { snaps, summary: session.finish() };
}

describe('bird dog', () => {
  it.each([30, 12])('counts each reach once per leg, side-on with noisy keypoints at %i fps', (fps) => {
    const { summary } = run([...reach('left'), ...reach('right'), ...reach('left'), ...reach('right')], { ...cam, noisePx: 3, seed: fps }, fps);
    expect(summary.reps).toEqual({ total: 4, left: 2, right: 2 });
    expect(summary.repsDetail.map((r) => r.side)).toEqual(['left', 'right', 'left', 'right']);
    expect(summary.repsDetail.every((r) => r.good)).toBe(true);
    // Level with the hips; the back slopes up to the shoulders 9 degrees, so the leg reads above its line.
    expect(summary.repsDetail[0]!.metrics.legBelowDeg!).toBeGreaterThan(-20);
    expect(summary.repsDetail[0]!.metrics.legBelowDeg!).toBeLessThan(0);
  });

  it('counts with the camera turned part way round', () => {
    expect(run([...reach('left'), ...reach('right')], { ...cam, yawDeg: 60 }).summary.reps).toEqual({ total: 2, left: 1, right: 1 });
  });

  it(`calls a leg that stops ${TH.legLowDeg + 15} degrees below the back, and an arm ${TH.armLowDeg + 15} below it, short`, () => {
    const low = run(reach('left', { legShortDeg: TH.legLowDeg + 15 })).summary.repsDetail[0]!;
    expect(low.faults).toEqual(['leg-low']);
    const arm = run(reach('right', { armShortDeg: TH.armLowDeg + 15 })).summary.repsDetail[0]!;
    expect(arm.faults).toEqual(['arm-low']);
  });

  it('flags the reaching leg\'s hip tipping up 30 degrees, and not 8', () => {
    const tipped = run(reach('left', { hipTipDeg: 30 }));
    expect(tipped.summary.repsDetail[0]!.faults).toContain('hips-tip');
    expect(tipped.snaps.some((s) => s.cue?.key === 'hips-tip')).toBe(true);
    expect(run(reach('left', { hipTipDeg: 8 })).summary.repsDetail[0]!.faults).toEqual([]);
  });

  it('flags the back sagging (the hips sinking 10 cm), and not 3 cm', () => {
    expect(run(reach('right', { sagCm: 10 })).summary.repsDetail[0]!.faults).toContain('trunk-sag');
    expect(run(reach('right', { sagCm: 3 })).summary.repsDetail[0]!.faults).toEqual([]);
  });

  it('asks a standing person to get on hands and knees before it starts', () => {
    const session = createSession('bird-dog');
    const snaps = Array.from({ length: 60 }, (_, i) => session.update({ t: i / 30, keypoints: bodyKeypoints({}, cam), width: 640, height: 480 }));
    expect(snaps.at(-1)!.cue?.key).toBe('hands-and-knees');
  });
});
