/**
 * RepCount-A squats (../shared/keypoints/repcount_pose: 18 videos of its test split, BlazePose
 * landmarks with human-annotated rep counts) through the squat's clip logic: an independent
 * rep-count test, scored as the RepCount papers do (MAE = mean of |counted - annotated| / annotated;
 * off-by-one = share of videos within one rep).
 *
 * The landmarks were min-max normalised per frame and per axis by whoever extracted them, so the
 * picture's aspect and the body's size from frame to frame are lost; the frame rate is not stored.
 * They are played as a 480x640 portrait picture at 30 fps, assumptions fixed before any result was
 * seen. Squatting shrinks the body's box, which the normalisation stretches back, so depth reads
 * shallower than it was: these figures are a lower bound on how well the squat counts, not its
 * accuracy on real video.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { playRepSet } from '../../src/shared/clip/clip-conclusion';
import { BLAZEPOSE_KEYPOINTS, type KeypointMap } from '../../src/shared/pose/keypoints';
import type { PoseFrame } from '../../src/shared/exercise-core/session-types';

export const REPCOUNT_DIR = process.env.REPCOUNT_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/keypoints/repcount_pose');
const WIDTH = 480, HEIGHT = 640, FPS = 30;
/** The landmarks carry no score; a detected landmark is taken as seen. */
const SCORE = 0.9;
/** Published for PoseRAC (Yao et al. 2023) on RepCount-A's whole test split (every action), a model trained on RepCount: for scale. */
export const POSERAC = { mae: 0.21, offByOne: 0.6 };

export interface RepCountResult { file: string; annotated: number; counted: number }
export interface RepCountScores { videos: number; mae: number; offByOne: number; results: RepCountResult[] }

interface RepCountFile { rep_count: number; landmarks: number[][][] }

function framesOf(file: RepCountFile): PoseFrame[] {
  return file.landmarks.map((lm, i) => {
    const keypoints: KeypointMap = {};
    // An all-zero row is a frame without a detection.
    if (lm.some(([x, y]) => x || y)) lm.forEach(([x, y], j) => { keypoints[BLAZEPOSE_KEYPOINTS[j]!] = { x: x! * WIDTH, y: y! * HEIGHT, score: SCORE }; });
    return { t: i / FPS, keypoints, width: WIDTH, height: HEIGHT };
  });
}

export function listRepCountVideos(): string[] {
  const index = join(REPCOUNT_DIR, 'index.json');
  if (!existsSync(index)) return [];
  return (JSON.parse(readFileSync(index, 'utf8')) as Array<{ file: string }>).map((e) => e.file);
}

export function repCountScores(): RepCountScores {
  const results = listRepCountVideos().map((name) => {
    const file = JSON.parse(readFileSync(join(REPCOUNT_DIR, name), 'utf8')) as RepCountFile;
    return { file: name, annotated: file.rep_count, counted: playRepSet('squat', framesOf(file), FPS, {}).reps.total };
  });
  const n = Math.max(1, results.length);
  return {
    videos: results.length,
    mae: results.reduce((a, r) => a + Math.abs(r.counted - r.annotated) / r.annotated, 0) / n,
    offByOne: results.filter((r) => Math.abs(r.counted - r.annotated) <= 1).length / n,
    results,
  };
}
