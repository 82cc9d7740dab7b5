import { describe, expect, it } from 'vitest';
import { kneeLift, legCurl, play, render, squatRep, still, type BodyPose, type Camera, type Segment } from '../../../test/support/synthetic-body';
import type { Side } from '../exercise-core/session-types';
import { createSession } from '.';
import { LEG_CURL_THRESHOLDS } from './leg-curl';

const cam: Camera = { view: 'front', noisePx: 1.5 };

function run(segments: Segment[], camera: Camera = cam, fps = 30, stance: BodyPose = {}) {
  const session = createSession('leg-curl');
  const snaps = play(session, render([still(2, stance), ...segments, still(0.5)], camera, fps));
  return { snaps, summary: session.finish() };
}

const curls = (sides: Side[], deg = 90, extra?: BodyPose) => sides.flatMap((s) => legCurl(s, deg, { extra }));

describe('standing leg curl', () => {
  it.each([25, 30, 12])('counts each curl once per side with noisy keypoints at %i fps', (fps) => {
    const { summary } = run(curls(['left', 'right', 'left', 'right']), { ...cam, noisePx: 3, seed: fps }, fps);
    expect(summary.reps).toEqual({ total: 4, left: 2, right: 2 });
    expect(summary.repsDetail.map((r) => r.side)).toEqual(['left', 'right', 'left', 'right']);
    expect(summary.repsDetail.every((r) => r.good)).toBe(true);
    expect(summary.repsDetail[0]!.metrics.peakCurl).toBeCloseTo(1, 1);
  });

  it('calls a curl that stops short of the target low, and does not count a small bend', () => {
    const { summary } = run([...legCurl('left', 60), ...legCurl('right', 40)]);
    expect(summary.reps).toEqual({ total: 1, left: 1, right: 0 });
    expect(summary.repsDetail[0]!.faults).toEqual(['low-curl']);
  });

  it(`flags the bending leg's hip dipping ${LEG_CURL_THRESHOLDS.dropDeg + 3} degrees, and not 2 degrees`, () => {
    const dip = (deg: number) => run(curls(['right'], 90, { hikeDeg: -deg, hikeSide: 'right' })).summary.repsDetail[0]!;
    expect(dip(LEG_CURL_THRESHOLDS.dropDeg + 3).faults).toContain('hip-drop');
    expect(dip(LEG_CURL_THRESHOLDS.dropDeg + 3).metrics.peakDropDeg).toBeGreaterThan(LEG_CURL_THRESHOLDS.dropDeg);
    expect(dip(2).faults).toEqual([]);
  });

  it('flags the knee swinging forward, and a side lean over the standing leg', () => {
    const forward = run(curls(['left'], 90, { liftLeft: 0.5 })).summary.repsDetail[0]!;
    expect(forward.faults).toContain('knee-forward');
    const lean = run(curls(['left'], 90, { sideLeanDeg: -(LEG_CURL_THRESHOLDS.leanAwayDeg + 4) })).summary.repsDetail[0]!;
    expect(lean.faults).toContain('side-lean');
  });

  it('counts no curl in a march or a squat', () => {
    expect(run(['left', 'right', 'left'].flatMap((s) => kneeLift(s as Side, 1))).summary.reps.total).toBe(0);
    expect(run([...squatRep(0), ...squatRep(0.2)], { view: 'side', noisePx: 1.5 }).summary.reps.total).toBe(0);
  });

  it('counts from the side and says the pelvis was not checked there', () => {
    const { summary, snaps } = run(curls(['left', 'right']), { view: 'side', noisePx: 1.5 });
    expect(summary.reps.total).toBe(2);
    expect(summary.repsDetail[0]!.notChecked).toEqual(['hip-hike', 'hip-drop', 'side-lean']);
    expect(snaps.some((s) => s.cue?.key === 'curl-side-no-pelvis')).toBe(true);
  });

  it('measures from the straight leg when calibrated with a heel already up', () => {
    const held: BodyPose = { curlRightDeg: 90 };
    const { summary } = run([...legCurl('right', 90).slice(2), still(0.5), ...curls(['left', 'right'])], cam, 30, held);
    expect(summary.reps).toEqual({ total: 3, left: 1, right: 2 });
  });
});
