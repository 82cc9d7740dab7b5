/**
 * What happens in front of a real camera, on recorded keypoints of real clips (test/fixtures):
 * a set filmed from its first rep with no still moment before it, a person walking through the
 * picture, the camera freezing on one frame for 2 s, and a mirror reflection the pose model jumps
 * to for single frames. None may add or lose a rep. Prints expected against counted per case.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/shared/exercises';
import type { ExerciseId, PoseFrame } from '../../src/shared/exercise-core/session-types';
import { listFixtures, loadFixture } from '../fixtures/load';

const available = new Set(listFixtures().map((f) => f.name));
const table: string[] = [];

function count(exercise: ExerciseId, frames: readonly PoseFrame[]): number {
  const session = createSession(exercise);
  for (const f of frames) session.update(f);
  return session.finish().reps.total;
}

/**
 * Clips played from their first frame, no pre-roll: most open mid-movement or with a few reps
 * before any pause. Ranges as in the manifest (fixture-reps.test.ts gives the reasons).
 */
const FROM_FIRST_FRAME: Array<[fixture: string, exercise: ExerciseId, lo: number, hi: number]> = [
  ['highknees_front_hanshitha.movenet-lightning', 'march', 26, 28],
  ['highknees_side_wahoo_tomnotch.movenet-lightning', 'march', 13, 15],
  ['squat_front_counteroverlay_rjsong.movenet-lightning', 'squat', 20, 20],
  ['squat_front_crossfit_mrpose.movenet-lightning', 'squat', 3, 3],
  ['squat_front_dark_rjsong.movenet-lightning', 'squat', 11, 13],
  ['squat_frontoblique_band_5fps_tfjs.movenet-lightning', 'squat', 2, 2],
  ['squat_side_6count_ikramali.movenet-lightning', 'squat', 1, 1],
  ['squat_side_crossfit_mrpose.movenet-lightning', 'squat', 4, 4],
  ['squat_side_crossfit_mrpose.blazepose-lite', 'squat', 4, 4],
  ['squat_side_gymlytics.movenet-lightning', 'squat', 8, 8],
  ['squat_side_gymlytics.blazepose-lite', 'squat', 8, 8],
  ['squat_side_hanshitha.movenet-lightning', 'squat', 6, 6],
  ['squat_side_hanshitha.blazepose-lite', 'squat', 6, 6],
  ['squat_side_nikan.movenet-lightning', 'squat', 1, 2],
];

const GYMLYTICS = 'squat_side_gymlytics.movenet-lightning';

describe('real-life noise on real clips', () => {
  afterAll(() => console.log(['case'.padEnd(84) + 'expected  counted', ...table].join('\n')));

  it.each(FROM_FIRST_FRAME.filter(([f]) => available.has(f)))('%s (%s) from its first frame counts %i-%i', (fixture, exercise, lo, hi) => {
    const n = count(exercise, loadFixture(fixture).frames);
    table.push(`${`${fixture}, from the first frame`.padEnd(84)}${(lo === hi ? `${lo}` : `${lo}-${hi}`).padEnd(10)}${n}`);
    expect(n).toBeGreaterThanOrEqual(lo);
    expect(n).toBeLessThanOrEqual(hi);
  });

  it.runIf(available.has('walk_side_alejandra.blazepose-lite'))('a person walking through the picture counts nothing', () => {
    const frames = loadFixture('walk_side_alejandra.blazepose-lite').frames;
    for (const exercise of ['march', 'squat'] as const) {
      const n = count(exercise, frames);
      table.push(`${`walk_side_alejandra (walking across) as ${exercise}`.padEnd(84)}${'0'.padEnd(10)}${n}`);
      expect(n).toBe(0);
    }
  });

  it.runIf(available.has(GYMLYTICS))('the camera freezing on one frame for 2 s, at the bottom of a rep or standing, adds and loses nothing', () => {
    const frames = loadFixture(GYMLYTICS).frames;
    // Bottoms at about 4.3 and 11.8 s; standing between reps at about 8.1 s.
    for (const at of [4.3, 8.1, 11.8]) {
      const i = frames.findIndex((f) => f.t >= at);
      const dt = frames[1]!.t - frames[0]!.t;
      const frozen = Array.from({ length: Math.round(2 / dt) }, (_, j) => ({ ...frames[i]!, t: frames[i]!.t + (j + 1) * dt }));
      const after = frames.slice(i + 1).map((f) => ({ ...f, t: f.t + 2 }));
      const n = count('squat', [...frames.slice(0, i + 1), ...frozen, ...after]);
      table.push(`${`${GYMLYTICS}, frozen 2 s at ${at} s`.padEnd(84)}${'8'.padEnd(10)}${n}`);
      expect(n).toBe(8);
    }
  });

  it.runIf(available.has(GYMLYTICS))('a mirror reflection the model jumps to for single frames adds and loses nothing', () => {
    const fx = loadFixture(GYMLYTICS);
    // Every 6th frame from 6 to 14 s is the reflection: the pose mirrored across the picture, 80% the size.
    const frames = fx.frames.map((f, i) => {
      if (f.t < 6 || f.t > 14 || i % 6 !== 0) return f;
      const keypoints = Object.fromEntries(Object.entries(f.keypoints).map(([name, k]) => [name, { ...k, x: fx.width - 0.8 * k.x, y: 0.2 * fx.height + 0.8 * k.y }]));
      return { ...f, keypoints, people: 2 };
    });
    const n = count('squat', frames);
    table.push(`${`${GYMLYTICS}, a reflection on every 6th frame for 8 s`.padEnd(84)}${'8'.padEnd(10)}${n}`);
    expect(n).toBe(8);
  });
});
