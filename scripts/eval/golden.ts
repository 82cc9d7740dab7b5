/**
 * Agreement with the reference implementation: the keypoints the app's own model loading gives on
 * a clip against the golden keypoints that tensorflow/tfjs-models' pose-detection tests expect on
 * the same clip (../shared/keypoints/tfjs/). Frames are matched in order; distances in source pixels.
 */
import { readFileSync } from 'node:fs';
import { BLAZEPOSE_KEYPOINTS, COCO_KEYPOINTS, type KeypointName } from '../../src/shared/pose/keypoints';
import type { ExerciseId, PoseFrame } from '../../src/shared/exercise-core/session-types';

export interface GoldenCheck {
  clip: string;
  golden: string;
  model: 'blazepose-full' | 'movenet-lightning';
  /** What the clip shows (the analysis runs its session too; only the poses are compared). */
  exercise: ExerciseId;
  /** Reads the golden file into one keypoint map (name -> x, y) per frame. */
  parse(json: unknown): Array<Partial<Record<KeypointName, { x: number; y: number }>>>;
}

export const GOLDEN_CHECKS: readonly GoldenCheck[] = [
  {
    clip: 'squat_frontoblique_band_5fps_tfjs.mp4', golden: 'pose_squats.full.json', model: 'blazepose-full', exercise: 'squat',
    parse: (json) => (json as number[][][]).map((frame) => Object.fromEntries(frame.map(([x, y], i) => [BLAZEPOSE_KEYPOINTS[i]!, { x: x!, y: y! }]))),
  },
  {
    clip: 'kneeraise_front_singleleg_tfjs.mp4', golden: 'pose_1.json', model: 'movenet-lightning', exercise: 'march',
    parse: (json) => json as Array<Partial<Record<KeypointName, { x: number; y: number }>>>,
  },
];

export interface GoldenResult {
  clip: string;
  model: string;
  framesCompared: number;
  framesGolden: number;
  framesApp: number;
  /** Over all keypoints and frames, px. */
  meanPx: number;
  maxPx: number;
  /** Per keypoint: mean and max over frames, px. */
  perKeypoint: Record<string, { meanPx: number; maxPx: number }>;
  /** Mean distance of each compared frame, px, in order (where the differences sit in time). */
  perFrameMeanPx: number[];
  /** The picture's larger side, to read the distances against. */
  frameSizePx: number;
}

export function compareWithGolden(check: GoldenCheck, goldenPath: string, frames: readonly PoseFrame[]): GoldenResult {
  const golden = check.parse(JSON.parse(readFileSync(goldenPath, 'utf8')));
  const n = Math.min(golden.length, frames.length);
  const names = check.model === 'movenet-lightning' ? COCO_KEYPOINTS : BLAZEPOSE_KEYPOINTS;
  const per: Record<string, number[]> = {};
  const perFrameMeanPx: number[] = [];
  for (let i = 0; i < n; i++) {
    const frame: number[] = [];
    for (const name of names) {
      const g = golden[i]![name], a = frames[i]!.keypoints[name];
      if (!g || !a) continue;
      const d = Math.hypot(g.x - a.x, g.y - a.y);
      (per[name] ??= []).push(d);
      frame.push(d);
    }
    perFrameMeanPx.push(avg(frame));
  }
  const all = Object.values(per).flat();
  const perKeypoint = Object.fromEntries(Object.entries(per).map(([k, d]) => [k, { meanPx: avg(d), maxPx: Math.max(...d) }]));
  return {
    clip: check.clip, model: check.model, framesCompared: n, framesGolden: golden.length, framesApp: frames.length,
    meanPx: avg(all), maxPx: all.length ? Math.max(...all) : 0, perKeypoint, perFrameMeanPx,
    frameSizePx: frames[0] ? Math.max(frames[0].width, frames[0].height) : 0,
  };
}

const avg = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
