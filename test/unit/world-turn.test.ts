/**
 * The body's turn from BlazePose's 3D keypoints, on real output: tfjs-models' own BlazePose-full
 * keypoints (2D and world) for the front-oblique band clip (squat_frontoblique_band_5fps_tfjs, 5 fps,
 * the person turned 20-30 degrees from the camera by eye), from ../shared/keypoints/tfjs. From 2D
 * widths, which rest on a population figure for the shoulders, MoveNet's keypoints of the clip read
 * that turn as 0-16 degrees standing (inside the hip-shift check's 0-15, where the hips' backward
 * travel shows as a shift) and BlazePose's 17-21; the world keypoints read 22-25, with no such figure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { playRepSet } from '../../src/shared/clip/clip-conclusion';
import { BLAZEPOSE_KEYPOINTS, type KeypointMap, type WorldKeypointMap } from '../../src/shared/pose/keypoints';
import type { PoseFrame } from '../../src/shared/exercise-core/session-types';
import { estimateTurnDeg, TURN_WORLD_KEYPOINTS, worldTurnDeg } from '../../src/shared/exercise-core/view';
import { loadFixture } from '../fixtures/load';
import { sharedDataOrSkip } from '../support/shared-data';

const TFJS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/keypoints/tfjs');
const FILES = ['pose_squats.full.json', 'pose_squats_3d.full.json'].map((f) => join(TFJS_DIR, f));
const have = sharedDataOrSkip(TFJS_DIR, 'tfjs-models BlazePose test keypoints (pose_squats*.full.json)', FILES.filter(existsSync).length === 2 ? 2 : 0);
/** Frames where the person stands between squats (hip y minima): 0, 4.8 and 9.6 s. */
const STANDING = [0, 24, 48];

function frames(): PoseFrame[] {
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as number[][][];
  const [flat, world] = FILES.map(read) as [number[][][], number[][][]];
  return flat.map((points, i) => {
    const keypoints: KeypointMap = {}, w: WorldKeypointMap = {};
    BLAZEPOSE_KEYPOINTS.forEach((name, j) => {
      keypoints[name] = { x: points[j]![0]!, y: points[j]![1]!, score: 1 };
      if (TURN_WORLD_KEYPOINTS.includes(name)) w[name] = { x: world[i]![j]![0]!, y: world[i]![j]![1]!, z: world[i]![j]![2]!, score: 1 };
    });
    return { t: i / 5, keypoints, world: w, width: 720, height: 1280 };
  });
}

describe.runIf(have)('the turn from 3D keypoints (BlazePose, real output)', () => {
  it('reads the band clip as turned 20-30 degrees standing, where MoveNet\'s 2D widths read 0-16', () => {
    const fs = frames();
    const movenet = loadFixture('squat_frontoblique_band_5fps_tfjs.movenet-lightning').frames;
    for (const i of STANDING) {
      expect(worldTurnDeg(fs[i]!.world!)).toBeGreaterThan(20);
      expect(worldTurnDeg(fs[i]!.world!)).toBeLessThan(30);
      expect(estimateTurnDeg(fs[i]!.keypoints, fs[i]!.world)).toBe(worldTurnDeg(fs[i]!.world!));
      expect(estimateTurnDeg(movenet[i]!.keypoints)).toBeLessThan(16.5);
    }
  });

  it('counts the band clip and leaves hip shift unjudged at the 3D turn', () => {
    const summary = playRepSet('squat', frames(), 5);
    expect(summary.reps.total).toBe(2);
    for (const rep of summary.repsDetail) {
      expect(rep.notChecked).toContain('hip-shift');
      expect(rep.faults).not.toContain('hip-shift');
    }
  });

  it('reads a body turned by a known angle from its 3D shoulders and hips', () => {
    for (const deg of [0, 30, 45, 60, 90]) {
      const a = (deg * Math.PI) / 180;
      const at = (x: number, y: number) => ({ x: x * Math.cos(a), y, z: x * Math.sin(a), score: 0.9 });
      const world: WorldKeypointMap = { left_shoulder: at(0.2, -0.5), right_shoulder: at(-0.2, -0.5), left_hip: at(0.1, 0), right_hip: at(-0.1, 0) };
      expect(worldTurnDeg(world)).toBeCloseTo(deg, 6);
    }
    expect(worldTurnDeg({ left_shoulder: { x: 0.2, y: 0, z: 0, score: 0.1 }, right_shoulder: { x: -0.2, y: 0, z: 0, score: 0.9 } })).toBeNull();
  });
});
