/**
 * The kneeling hip-flexor stretch on real people's keypoints. No real clip of the stretch is at
 * hand: the real reverse lunges of lungekneedrive_side_wahoo_tomnotch pass through its position at
 * each bottom (back knee down, back thigh behind vertical, trunk 13-20 degrees forward on BlazePose
 * lite), so each is a short attempt on the right side, timed and never flagged as leaning; the
 * other real side-on clips (squats, high knees, a walk, bridges on the floor) kneel at no point
 * and time nothing. No real clip shows anyone on hands and knees: the bird dog must never start on
 * any of them (it asks the person to get on hands and knees instead).
 */
import { describe, expect, it } from 'vitest';
import { runKeypointFrames } from '../../scripts/eval/uiprmd';
import { listFixtures, loadFixture } from '../fixtures/load';

const OPTIONS = { testSeconds: 30 };

describe('kneeling hip-flexor stretch on real keypoints', () => {
  it('times each real lunge bottom (and the kneel before them) as an attempt on the right, without a lean fault', () => {
    const summary = runKeypointFrames(loadFixture('lungekneedrive_side_wahoo_tomnotch', 'blazepose-lite').frames, 'kneeling-stretch', OPTIONS);
    expect(summary.reps).toEqual({ total: 6, left: 0, right: 6 });
    expect(summary.holds!.right).toBeGreaterThan(1);
    for (const rep of summary.repsDetail) {
      // Short of the 30 s, some drifting back out of it as the person rises: no lean either way.
      expect(rep.faults).not.toContain('stretch-arching');
      expect(rep.faults).not.toContain('stretch-trunk-forward');
      expect(rep.faults).toContain('short-hold');
      expect(rep.metrics.peakThighDeg).toBeGreaterThan(10);
    }
  });

  it.each([
    'squat_side_gymlytics.blazepose-lite', 'squat_side_hanshitha.blazepose-lite', 'highknees_side_wahoo_tomnotch.movenet-lightning',
    'walk_side_alejandra.blazepose-lite', 'bridge_side_darebee_beproj.blazepose-lite', 'bridge_side_lenagalanova.blazepose-lite',
  ])('times nothing on %s, where nobody kneels', (name) => {
    expect(runKeypointFrames(loadFixture(name).frames, 'kneeling-stretch', OPTIONS).reps.total).toBe(0);
  });
});

describe('bird dog on real keypoints', () => {
  it('starts on none of the real clips, standing or lying, and counts nothing', () => {
    const fixtures = listFixtures();
    expect(fixtures.length).toBeGreaterThanOrEqual(29);
    const counted = fixtures.map((f) => [f.name, runKeypointFrames(loadFixture(f.name).frames, 'bird-dog').reps.total] as const);
    expect(counted.filter(([, n]) => n > 0)).toEqual([]);
  });
});
