/** Runs the exercise sessions over UI-PRMD takes (labelled real keypoints) and scores them per labelled rep. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSession } from '../../src/shared/exercises';
import { parseKeypointCsvWithLabels } from '../../src/shared/keypoint-csv';
import type { CameraView, ExerciseId, PoseFrame, SessionOptions, SetSummary } from '../../src/shared/session-types';

export const UIPRMD_DIR = process.env.UIPRMD_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/keypoints/ui-prmd');

/**
 * UI-PRMD takes start mid-motion, while the app asks for about 1.5 s of stillness in the start
 * position first. The harness holds a standing frame this long before the take, as the calibration
 * a real user would do: the frame of the take's first seconds where the hips stand highest above
 * the higher knee (one take starts with a leg already lifted).
 */
const LEAD_IN_S = 2;
const START_SEARCH_S = 3;

function standingFrame(frames: readonly PoseFrame[]): PoseFrame {
  const height = (f: PoseFrame) => {
    const k = f.keypoints;
    const ys = [k.left_knee, k.right_knee, k.left_hip, k.right_hip].map((p) => p?.y ?? NaN);
    return Math.min(ys[0]!, ys[1]!) - (ys[2]! + ys[3]!) / 2;
  };
  const t0 = frames[0]!.t;
  return frames.filter((f) => f.t - t0 <= START_SEARCH_S).reduce((best, f) => (height(f) > height(best) ? f : best));
}

export interface Take {
  file: string;
  movement: string;
  subject: string;
  correct: boolean;
  view: CameraView;
}

export function listTakes(movement: string): Take[] {
  if (!existsSync(UIPRMD_DIR)) return [];
  return readdirSync(UIPRMD_DIR)
    .map((file) => ({ file, m: /^uiprmd_(m\d+)_(s\d+)_(correct|incorrect)_(front|side)\.csv$/.exec(file) }))
    .filter((x) => x.m?.[1] === movement)
    .map(({ file, m }) => ({ file, movement: m![1]!, subject: m![2]!, correct: m![3] === 'correct', view: m![4] as CameraView }));
}

export interface TakeResult {
  take: Take;
  summary: SetSummary;
  /** Reps labelled in the file. */
  labelled: number;
  /** Fault ids of the counted reps, by the labelled rep each falls in. */
  faultsByLabel: Map<number, Set<string>>;
}

export function runTake(take: Take, exercise: ExerciseId, options: SessionOptions = {}): TakeResult {
  const { frames, repLabels } = parseKeypointCsvWithLabels(readFileSync(join(UIPRMD_DIR, take.file), 'utf8'));
  const t0 = frames[0]!.t;
  const fps = frames.length / Math.max(1e-6, frames[frames.length - 1]!.t - t0);
  const n = Math.round(LEAD_IN_S * fps);
  const stand = standingFrame(frames);
  const leadIn: PoseFrame[] = Array.from({ length: n }, (_, i) => ({ ...stand, t: t0 - (n - i) / fps }));
  const session = createSession(exercise, options);
  for (const f of [...leadIn, ...frames]) session.update(f);
  const summary = session.finish();
  const labels = repLabels ?? [];
  const labelAt = (t: number): number => {
    let i = frames.findIndex((f) => f.t >= t);
    if (i < 0) i = frames.length - 1;
    return labels[i] ?? 0;
  };
  const faultsByLabel = new Map<number, Set<string>>();
  for (const rep of summary.repsDetail) {
    const label = labelAt((rep.startS + rep.endS) / 2);
    const set = faultsByLabel.get(label) ?? new Set<string>();
    for (const f of rep.faults) set.add(f);
    faultsByLabel.set(label, set);
  }
  return { take, summary, labelled: new Set(labels.filter((l) => l !== null)).size, faultsByLabel };
}

export interface FaultRates {
  /** Share of correct labelled reps (that were counted) carrying the fault. */
  falseFlags: { flagged: number; of: number };
  /** Share of incorrect labelled reps (that were counted) carrying the fault. */
  detections: { flagged: number; of: number };
}

export function faultRates(results: readonly TakeResult[], faultIds: readonly string[]): Record<string, FaultRates> {
  const out: Record<string, FaultRates> = {};
  for (const id of faultIds) {
    const rates: FaultRates = { falseFlags: { flagged: 0, of: 0 }, detections: { flagged: 0, of: 0 } };
    for (const r of results) {
      const bucket = r.take.correct ? rates.falseFlags : rates.detections;
      for (const faults of r.faultsByLabel.values()) {
        bucket.of++;
        if (faults.has(id)) bucket.flagged++;
      }
    }
    out[id] = rates;
  }
  return out;
}

export const pct = ({ flagged, of }: { flagged: number; of: number }): string =>
  `${flagged}/${of} (${of ? ((100 * flagged) / of).toFixed(0) : '-'}%)`;
