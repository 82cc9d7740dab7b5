import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../test/fixtures/load';
import { ClipError, type ClipAnalysis } from './clip-analysis';
import { cliOutput } from '../../../scripts/lib/clip-cli-output';
import { concludeClip } from './clip-conclusion';
import type { PoseFrame } from '../exercise-core/session-types';

const treadmill = loadFixture('run_side_treadmill_60fps_mhuang.blazepose-lite');
const frontSquat = loadFixture('squat_front_crossfit_mrpose.movenet-lightning');

function errorKind(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    return err instanceof ClipError ? err.kind : 'other';
  }
}

describe('concludeClip', () => {
  it('reports a side-view running clip with its cadence', () => {
    const { running, reps } = concludeClip(treadmill.frames, 'running', treadmill.fps);
    expect(reps).toBeNull();
    expect(running!.cadenceSpm).toBeGreaterThan(160);
    expect(running!.cadenceSpm).toBeLessThan(172);
  });

  it('counts reps of a rep exercise clip', () => {
    const { reps, warnings } = concludeClip(frontSquat.frames, 'squat', frontSquat.fps);
    expect(reps!.reps.total).toBe(3); // the manifest's count; the clip starts mid-descent
    expect(warnings).toEqual([]);
  });

  it('says what the person was asked when the set never started (a squat clip for the bird dog)', () => {
    const { reps, warnings } = concludeClip(frontSquat.frames, 'bird-dog', frontSquat.fps);
    expect(reps!.reps.total).toBe(0);
    expect(warnings).toEqual([expect.stringMatching(/^The set never started.*"Put the camera on the floor beside you/)]);
    const side = loadFixture('squat_side_gymlytics.blazepose-lite');
    expect(concludeClip(side.frames, 'bird-dog', side.fps).warnings).toEqual([expect.stringMatching(/never started.*"Get on your hands and knees/)]);
  });

  it('says when nobody is in the clip', () => {
    const empty: PoseFrame[] = treadmill.frames.map((f) => ({ ...f, keypoints: {} }));
    expect(errorKind(() => concludeClip(empty, 'running', treadmill.fps))).toBe('no-person');
  });

  it('refuses a running clip filmed from the front', () => {
    expect(errorKind(() => concludeClip(frontSquat.frames, 'running', frontSquat.fps))).toBe('wrong-view');
  });

  it('needs a few strides', () => {
    const short = treadmill.frames.filter((f) => f.t < 0.4);
    expect(errorKind(() => concludeClip(short, 'running', treadmill.fps))).toBe('too-short');
  });
});

describe('cliOutput', () => {
  it('has the documented shape for a running clip', () => {
    const result = concludeClip(treadmill.frames, 'running', treadmill.fps);
    const analysis: ClipAnalysis = {
      exercise: 'running', model: 'blazepose-lite', backend: 'wasm', workers: 2, frames: treadmill.frames, analysisS: 6,
      source: { name: 'x.mp4', container: 'MP4', codec: 'avc1', width: treadmill.frames[0]!.width, height: treadmill.frames[0]!.height, fps: treadmill.fps, durationS: 10, frameCount: treadmill.frames.length },
      ...result,
    };
    const out = cliOutput(analysis);
    expect(out).toMatchObject({ exercise: 'running', model: 'blazepose-lite', frames: treadmill.frames.length, realtimeRatio: 0.6 });
    expect(out.reps).toBeUndefined();
    expect(out.running!.steps.length).toBeGreaterThan(10);
    expect(Object.keys(out.running!.steps[0]!)).toEqual(expect.arrayContaining(
      ['foot', 'contactS', 'toeOffS', 'strike', 'footAngleDeg', 'kneeFlexionAtContactDeg', 'shankAngleDeg', 'overstrideRatio'],
    ));
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });
});
