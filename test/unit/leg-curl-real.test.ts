/**
 * The standing leg curl on real people's keypoints. No real clip of leg curls is at hand, so these
 * check what it must not count and the one real held curl there is: every standing real clip's
 * recorded keypoints (squats, high knees, a reverse lunge, a walk) count no curl; the held
 * single-leg stance of kneeraise_front_singleleg_tfjs (the right heel up behind for 4 s) counts its
 * one curl when the set ends, at a heel height past the target; UI-PRMD hurdle steps
 * (a knee lift, the thigh forward) are flagged knee forward whenever their shin swings back far
 * enough to read as a curl.
 */
import { describe, expect, it } from 'vitest';
import { listTakes, readTake, runKeypointFrames } from '../../scripts/eval/uiprmd';
import { listFixtures, loadFixture } from '../fixtures/load';
import { sharedDataOrSkip, UIPRMD_DIR } from '../support/shared-data';

const STANDING = /^(squat|highknees|lungekneedrive|walk)_/;

describe('standing leg curl on real keypoints', () => {
  it('counts no curl in any real squat, high-knees, lunge or walking clip', () => {
    const standing = listFixtures().filter((f) => STANDING.test(f.clip));
    expect(standing.length).toBe(17);
    const counted = standing.map((f) => [f.name, runKeypointFrames(loadFixture(f.name).frames, 'leg-curl').reps.total] as const);
    expect(counted.filter(([, n]) => n > 0)).toEqual([]);
  });

  // Its knee is called forward here, and not live (test/e2e/live-clips.test.ts): in the last
  // second MoveNet loses the standing knee and puts the other 0.66 thigh lengths above it, which
  // the eye does not confirm. The verdict is borderline on this clip, so it is not asserted.
  it('counts the real held curl when the set ends, its heel past the target', () => {
    const summary = runKeypointFrames(loadFixture('kneeraise_front_singleleg_tfjs.movenet-lightning').frames, 'leg-curl');
    expect(summary.reps).toEqual({ total: 1, left: 0, right: 1 });
    expect(summary.repsDetail[0]!.metrics.peakCurl).toBeGreaterThan(0.7);
  });

  const haveTakes = sharedDataOrSkip(UIPRMD_DIR, 'UI-PRMD hurdle step takes (uiprmd_m02_*.csv)', listTakes('m02').length);
  it.runIf(haveTakes)('flags every UI-PRMD hurdle step it reads as a curl as the knee swinging forward', () => {
    const reps = listTakes('m02').flatMap((t) => runKeypointFrames(readTake(t).frames, 'leg-curl').repsDetail);
    console.log(`UI-PRMD hurdle steps (160 per view, 2 views) read as curls: ${reps.length}, flagged knee forward: ${reps.filter((r) => r.faults.includes('knee-forward')).length}`);
    expect(reps.every((r) => r.faults.includes('knee-forward'))).toBe(true);
  });
});
