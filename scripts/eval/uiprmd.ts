/** Runs the exercise sessions over UI-PRMD takes (labelled real keypoints) and scores them per labelled rep. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { playRepSet } from '../../src/shared/clip/clip-conclusion';
import type { ExerciseDefinition } from '../../src/shared/exercise-core/exercise-definition';
import { parseKeypointCsvWithLabels, type KeypointCsv } from '../lib/keypoint-csv';
import type { CameraView, ExerciseId, PoseFrame, SessionOptions, SetSummary } from '../../src/shared/exercise-core/session-types';

export const UIPRMD_DIR = process.env.UIPRMD_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/keypoints/ui-prmd');
/** The same takes seen by a camera turned 30, 45 or 60 degrees from the front toward the person's left. */
export const UIPRMD_OBLIQUE_DIR = process.env.UIPRMD_OBLIQUE_DIR ?? `${UIPRMD_DIR}-oblique`;

/** A keypoint sequence through a whole set: a lead-in held on its start-position frame, then every frame. */
export function runKeypointFrames(frames: readonly PoseFrame[], exercise: ExerciseId, options: SessionOptions = {}): SetSummary {
  const t0 = frames[0]?.t ?? 0;
  const fps = frames.length / Math.max(1e-6, (frames[frames.length - 1]?.t ?? t0) - t0);
  return playRepSet(exercise, frames, fps, options);
}

export interface Take {
  file: string;
  movement: string;
  subject: string;
  correct: boolean;
  view: CameraView;
  /** Oblique takes: the camera's turn from the front, degrees (their view is the nearer one). */
  yawDeg?: number;
}

export function listTakes(movement: string): Take[] {
  if (!existsSync(UIPRMD_DIR)) return [];
  return readdirSync(UIPRMD_DIR)
    .map((file) => ({ file, m: /^uiprmd_(m\d+)_(s\d+)_(correct|incorrect)_(front|side)\.csv$/.exec(file) }))
    .filter((x) => x.m?.[1] === movement)
    .map(({ file, m }) => ({ file, movement: m![1]!, subject: m![2]!, correct: m![3] === 'correct', view: m![4] as CameraView }));
}

export function listObliqueTakes(movement: string): Take[] {
  if (!existsSync(UIPRMD_OBLIQUE_DIR)) return [];
  return readdirSync(UIPRMD_OBLIQUE_DIR)
    .map((file) => ({ file, m: /^uiprmd_(m\d+)_(s\d+)_(correct|incorrect)_yaw(\d+)\.csv$/.exec(file) }))
    .filter((x) => x.m?.[1] === movement)
    .map(({ file, m }) => {
      const yawDeg = Number(m![4]);
      return { file, movement: m![1]!, subject: m![2]!, correct: m![3] === 'correct', view: yawDeg < 45 ? 'front' : 'side', yawDeg };
    });
}

/** A take's frames and rep labels, from the front/side folder or the oblique one. */
export function readTake(take: Take): KeypointCsv {
  const dir = take.yawDeg === undefined ? UIPRMD_DIR : UIPRMD_OBLIQUE_DIR;
  return parseKeypointCsvWithLabels(readFileSync(join(dir, take.file), 'utf8'));
}

export interface TakeResult {
  take: Take;
  summary: SetSummary;
  /** Reps labelled in the file. */
  labelled: number;
  /** Fault ids of the counted reps, by the labelled rep each falls in. */
  faultsByLabel: Map<number, Set<string>>;
}

/**
 * UI-PRMD takes start mid-motion, while the app asks for about 1.5 s of stillness in the start
 * position first: the take gets the lead-in a clip gets (the frame of its first seconds most like
 * the start position, held), as the calibration a real user would do.
 */
export function runTake(take: Take, exercise: ExerciseId, options: SessionOptions = {}): TakeResult {
  const { frames, repLabels } = readTake(take);
  const summary = runKeypointFrames(frames, exercise, options);
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

/** Reps carrying a fault, of the reps looked at. */
export interface Tally { flagged: number; of: number }

export interface FaultRates {
  /** Share of correct labelled reps (that were counted) carrying the fault. */
  falseFlags: Tally;
  /** Share of incorrect labelled reps (that were counted) carrying the fault. */
  detections: Tally;
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

/** "n/m (p%)"; whole percent unless `digits` (a share just under an aim must not read as the aim). */
export const pct = ({ flagged, of }: Tally, digits = 0): string =>
  `${flagged}/${of} (${of ? ((100 * flagged) / of).toFixed(digits) : '-'}%)`;

/** The values a person can pick in Settings for an adjustable threshold, lowest first. */
export function settingsGrid(def: ExerciseDefinition, key: string): number[] {
  const a = def.adjustable?.find((x) => x.key === key);
  if (!a) throw new Error(`${def.info.id} has no adjustable ${key}`);
  const values: number[] = [];
  for (let v = a.min; v <= a.max + 1e-9; v += a.step) values.push(Number(v.toFixed(4)));
  return values;
}

type ChecksByView = Record<CameraView, readonly string[]>;

/** The movements scored, the exercise logic each goes through, and the checks each view can make (no heel points in UI-PRMD). */
export const UIPRMD_MOVEMENTS: ReadonlyArray<{ movement: string; name: string; exercise: ExerciseId; checks: ChecksByView }> = [
  { movement: 'm01', name: 'deep squat', exercise: 'squat', checks: { front: ['shallow', 'knees-in', 'hip-shift', 'side-lean'], side: ['shallow', 'forward-lean'] } },
  { movement: 'm02', name: 'hurdle step', exercise: 'march', checks: { front: ['hip-hike', 'hip-drop', 'side-lean', 'low-lift'], side: ['low-lift'] } },
];

export interface UiprmdMovementReport {
  movement: string;
  name: string;
  exercise: ExerciseId;
  takes: Array<{ file: string; subject: string; correct: boolean; view: CameraView; labelled: number; counted: number }>;
  /** Per view, per fault: correct reps flagged (false flags) and incorrect reps flagged (detections). */
  rates: Record<CameraView, Record<string, FaultRates>>;
  perSubject: Record<string, Record<CameraView, Record<string, FaultRates>>>;
}

export function uiprmdReport(): UiprmdMovementReport[] {
  return UIPRMD_MOVEMENTS.map(({ movement, name, exercise, checks }) => {
    // The march checks pelvis and lean from the front; a side take is forced to the side view and counts reps.
    const results = listTakes(movement).map((take) => runTake(take, exercise, exercise === 'march' && take.view === 'side' ? { view: 'side' } : {}));
    const byView = (rs: readonly TakeResult[]) => ({
      front: faultRates(rs.filter((r) => r.take.view === 'front'), checks.front),
      side: faultRates(rs.filter((r) => r.take.view === 'side'), checks.side),
    });
    const subjects = [...new Set(results.map((r) => r.take.subject))].sort();
    return {
      movement, name, exercise,
      takes: results.map((r) => ({ file: r.take.file, subject: r.take.subject, correct: r.take.correct, view: r.take.view, labelled: r.labelled, counted: r.summary.reps.total })),
      rates: byView(results),
      perSubject: Object.fromEntries(subjects.map((s) => [s, byView(results.filter((r) => r.take.subject === s))])),
    };
  });
}
