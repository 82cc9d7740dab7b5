import { describe, expect, it } from 'vitest';
import { bodyKeypoints, type Camera } from '../../../test/support/synthetic-body';
import type { KeypointName } from '../pose/keypoints';
import { checkPosition, framingAdvice, missingRequired } from './positioning';
import type { CameraView, PoseFrame } from './session-types';

const ALL: KeypointName[] = ['left_shoulder', 'right_shoulder', 'left_hip', 'right_hip', 'left_knee', 'right_knee', 'left_ankle', 'right_ankle'];
const frontOnly = { views: ['front'] as CameraView[], posture: 'standing' as const, requiredKeypoints: () => [ALL] };
const frame = (cam: Camera, edit?: (f: PoseFrame) => void): PoseFrame => {
  const f = { t: 0, keypoints: bodyKeypoints({}, cam), width: 640, height: 480 };
  edit?.(f);
  return f;
};

describe('checkPosition', () => {
  it('accepts a whole person in the expected view', () => {
    expect(checkPosition(frame({ view: 'front' }), frontOnly)).toEqual({ ok: true, view: 'front' });
  });

  it('says when nobody or more than one person is there', () => {
    expect(checkPosition({ t: 0, keypoints: {}, width: 640, height: 480 }, frontOnly)).toMatchObject({ ok: false, person: false, cue: 'no-person' });
    expect(checkPosition(frame({ view: 'front' }, (f) => (f.people = 2)), frontOnly)).toMatchObject({ ok: false, person: true, cue: 'one-person' });
  });

  it('believes a people count of 0 only when the pose model sees little too', () => {
    // Head cut off: the people counter, which wants whole-ish poses, counts nobody.
    const headless = (f: PoseFrame) => {
      for (const n of ['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear'] as const) delete f.keypoints[n];
      f.people = 0;
    };
    expect(checkPosition(frame({ view: 'front' }, headless), frontOnly)).toEqual({ ok: true, view: 'front' });
    const scraps = (f: PoseFrame) => {
      f.keypoints = { left_hip: f.keypoints.left_hip, right_hip: f.keypoints.right_hip, left_knee: f.keypoints.left_knee, right_knee: f.keypoints.right_knee, left_ankle: f.keypoints.left_ankle };
      f.people = 0;
    };
    expect(checkPosition(frame({ view: 'front' }, scraps), frontOnly)).toMatchObject({ ok: false, person: false, cue: 'no-person' });
  });

  it('asks to step back when the feet or the head are out of frame, or both', () => {
    expect(checkPosition(frame({ view: 'front', floorY: 560 }), frontOnly)).toMatchObject({ cue: 'show-feet' });
    expect(checkPosition(frame({ view: 'front', floorY: 300 }), frontOnly)).toMatchObject({ cue: 'show-head' });
    expect(checkPosition(frame({ view: 'front', pxPerCm: 4, floorY: 560 }), frontOnly)).toMatchObject({ cue: 'too-close' });
  });

  it('asks for the right view', () => {
    expect(checkPosition(frame({ view: 'side' }), frontOnly)).toMatchObject({ cue: 'face-camera' });
    expect(checkPosition(frame({ view: 'front' }), { ...frontOnly, views: ['side'] })).toMatchObject({ cue: 'turn-side-on' });
    expect(checkPosition(frame({ view: 'side' }), { ...frontOnly, forcedView: 'side' })).toEqual({ ok: true, view: 'side' });
  });

  it('names a required keypoint it cannot see', () => {
    const f = frame({ view: 'front' }, (x) => (x.keypoints.left_knee = { ...x.keypoints.left_knee!, score: 0.2 }));
    expect(checkPosition(f, frontOnly)).toMatchObject({ cue: 'cant-see:left_knee' });
  });

  it('takes the most complete of alternative keypoint sets', () => {
    const kps = bodyKeypoints({}, { view: 'side' });
    delete kps.right_knee;
    expect(missingRequired(kps, [['right_hip', 'right_knee'], ['left_hip', 'left_knee']])).toEqual([]);
    delete kps.left_knee;
    expect(missingRequired(kps, [['right_hip', 'right_knee'], ['left_hip', 'left_knee']])).toEqual(['right_knee']);
  });

  it('starts a standing set on the keypoints its reps need; the feet or shoulders out of the picture are advice', () => {
    const hipsKnees = { ...frontOnly, views: ['front', 'side'] as CameraView[], requiredKeypoints: () => [['left_hip', 'right_hip', 'left_knee', 'right_knee'] as KeypointName[]] };
    const feetOut = frame({ view: 'front', floorY: 560 }), shouldersOut = frame({ view: 'front', floorY: 270 });
    expect(checkPosition(feetOut, hipsKnees)).toEqual({ ok: true, view: 'front' });
    expect(checkPosition(shouldersOut, hipsKnees)).toEqual({ ok: true, view: 'front' });
    expect(framingAdvice(feetOut, 'standing')).toBe('feet-out-of-view');
    expect(framingAdvice(shouldersOut, 'standing')).toBe('shoulders-out-of-view');
    expect(framingAdvice(frame({ view: 'front' }), 'standing')).toBeNull();
  });

  it('takes a part-way turn as the nearer view instead of asking to turn', () => {
    const req = { ...frontOnly, views: ['front', 'side'] as CameraView[] };
    expect(checkPosition(frame({ view: 'front', yawDeg: 40 }), req)).toEqual({ ok: true, view: 'front' });
    expect(checkPosition(frame({ view: 'front', yawDeg: 65 }), req)).toEqual({ ok: true, view: 'side' });
  });
});
