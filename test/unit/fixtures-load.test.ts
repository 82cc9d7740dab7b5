import { describe, expect, it } from 'vitest';
import { COCO_KEYPOINTS, BLAZEPOSE_KEYPOINTS } from '../../src/shared/pose/keypoints';
import { listFixtures, loadFixture } from '../fixtures/load';
import { clipManifest } from '../support/shared-data';

// The clips live beside the project (../shared/clips), never inside it; only their manifest is read here.
const manifest = clipManifest<{ file: string; fps: number; duration_s: number; width: number; height: number }>(
  'fixtures matching the clip manifest (test/unit/fixtures-load.test.ts)',
);

describe('recorded keypoint fixtures', () => {
  it('loads squat_side_gymlytics (MoveNet Lightning) as PoseFrames', () => {
    const fx = loadFixture('squat_side_gymlytics');
    expect(fx.clip).toBe('squat_side_gymlytics.mp4');
    expect(fx.model).toBe('movenet-lightning');
    expect(fx.fps).toBe(25);
    expect([fx.width, fx.height]).toEqual([1280, 720]);
    expect(fx.frames).toHaveLength(500);
    const f0 = fx.frames[0]!;
    expect(f0.t).toBe(0);
    expect(f0.width).toBe(1280);
    expect(Object.keys(f0.keypoints).sort()).toEqual([...COCO_KEYPOINTS].sort());
    // Standing at the start: hips above knees above ankles (y grows downwards).
    const k = f0.keypoints;
    expect(k.right_hip!.y).toBeLessThan(k.right_knee!.y);
    expect(k.right_knee!.y).toBeLessThan(k.right_ankle!.y);
    expect(fx.frames.every((f, i) => i === 0 || f.t > fx.frames[i - 1]!.t)).toBe(true);
  });

  it('loads a BlazePose fixture with all 33 keypoints, and by its full name', () => {
    const fx = loadFixture('squat_side_gymlytics.blazepose-lite');
    expect(fx.model).toBe('blazepose-lite');
    const withPose = fx.frames.find((f) => Object.keys(f.keypoints).length > 0);
    expect(Object.keys(withPose!.keypoints).sort()).toEqual([...BLAZEPOSE_KEYPOINTS].sort());
  });

  it('names a missing fixture clearly', () => {
    expect(() => loadFixture('no_such_clip')).toThrow(/no fixture no_such_clip\.movenet-lightning\.json/);
  });

  const fixtures = listFixtures();
  it('finds the fixtures', () => expect(fixtures.length).toBeGreaterThan(0));

  describe.skipIf(manifest.length === 0)('match the clip manifest (../shared/clips)', () => {
    it.each(fixtures.map((f) => [f.name]))('%s: frame count and fps ~ duration * fps', (name) => {
      const fx = loadFixture(name);
      const clip = manifest.find((c) => c.file === fx.clip);
      expect(clip, `${fx.clip} in manifest`).toBeDefined();
      expect(fx.fps).toBeCloseTo(clip!.fps, 1);
      expect(Math.abs(fx.frames.length - clip!.duration_s * clip!.fps)).toBeLessThanOrEqual(2);
      // Stored size, except that non-square pixels are stretched square as the browser shows them
      // (the three clips here with SAR below 1 come out taller).
      expect(fx.width).toBe(clip!.width);
      expect(fx.height).toBeGreaterThanOrEqual(clip!.height);
      const last = fx.frames[fx.frames.length - 1]!;
      expect(last.t).toBeCloseTo((fx.frames.length - 1) / fx.fps, 2);
    });
  });
});
