/** `npm run eval -- --keypoints FILE.csv --exercise <id>`: the pure exercise logic on any keypoint CSV. */
import { readFileSync } from 'node:fs';
import { parseKeypointCsvWithLabels } from '../lib/keypoint-csv';
import type { ExerciseId } from '../../src/shared/exercise-core/session-types';
import { runKeypointFrames } from './uiprmd';

export interface KeypointFileResult {
  exercise: ExerciseId;
  frames: number;
  reps: { total: number; left: number; right: number };
  repsDetail: Array<{ startS: number; endS: number; side: string | null; faults: string[] }>;
}

export function evalKeypointFile(path: string, exercise: ExerciseId): KeypointFileResult {
  const { frames } = parseKeypointCsvWithLabels(readFileSync(path, 'utf8'));
  if (frames.length === 0) throw new Error(`${path}: no frames`);
  const summary = runKeypointFrames(frames, exercise);
  return {
    exercise,
    frames: frames.length,
    reps: summary.reps,
    repsDetail: summary.repsDetail.map((r) => ({ startS: round(r.startS), endS: round(r.endS), side: r.side ?? null, faults: r.faults })),
  };
}

const round = (v: number) => Math.round(v * 1000) / 1000;
