/**
 * The whole history as one JSON file, and reading such a file back. A file is checked in full
 * before anything is written; a file that is not a Form Check export, or any record in it that is
 * malformed, refuses the whole import and leaves the stored history as it was.
 */
import { z } from 'zod';
import { isClipExercise } from '../shared/clip';
import { isExerciseId } from '../shared/exercises';
import { isModelId } from '../shared/pose';
import type { ExerciseId } from '../shared/exercise-core';
import { database, DB_VERSION, type StoredReport, type StoredSet } from './db';

const EXPORT_APP = 'formcheck';
const EXPORT_KIND = 'history';

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const side = z.enum(['left', 'right']);
const exerciseId = z.string().refine(isExerciseId, 'is not an exercise this app knows') as unknown as z.ZodType<ExerciseId>;
const nonNegative = finite.refine((n) => n >= 0, 'must not be negative');
const count = z.number().int().min(0);

const repRecord = z.object({
  index: count,
  side: side.optional(),
  startS: finite,
  endS: finite,
  faults: z.array(z.string()),
  metrics: z.record(z.string(), finite),
  tempo: z.object({ downS: nonNegative, bottomS: nonNegative, upS: nonNegative }).optional(),
  holdS: nonNegative.optional(),
  notChecked: z.array(z.string()).optional(),
  uncertain: z.boolean().optional(),
  good: z.boolean(),
});

const setSummary = z.object({
  exercise: exerciseId,
  view: z.enum(['front', 'side']).nullable(),
  durationS: nonNegative,
  reps: z.object({ total: count, left: count, right: count }),
  repsDetail: z.array(repRecord),
  holds: z.object({
    left: nonNegative, right: nonNegative, differenceS: nonNegative,
    brokeAt: z.object({ left: z.string().optional(), right: z.string().optional() }).optional(),
  }).optional(),
  faultCounts: z.record(z.string(), count),
  checks: z.array(z.string()).optional(),
  keyFrame: z.object({
    repIndex: count,
    faults: z.array(z.string()),
    image: z.string().startsWith('data:image/'),
    width: count,
    height: count,
    keypoints: z.record(z.string(), z.object({ x: finite, y: finite, score: finite })),
    faultyKeypoints: z.array(z.string()),
  }).optional(),
});

const storedSet = z.object({
  id: z.string().min(1),
  exercise: exerciseId,
  options: z.object({
    holdSeconds: nonNegative.optional(),
    tempo: z.tuple([nonNegative, nonNegative, nonNegative]).optional(),
    testSeconds: nonNegative.optional(),
    view: z.enum(['front', 'side']).optional(),
    thresholds: z.record(z.string(), finite).optional(),
  }),
  startedAt: nonNegative,
  updatedAt: nonNegative,
  status: z.enum(['in-progress', 'done', 'interrupted']),
  summary: setSummary,
}).refine((s) => s.summary.exercise === s.exercise, 'its summary is of another exercise');

const nullableNumber = finite.nullable();
const metricSummary = z.looseObject({ median: nullableNumber.optional() });

/** The parts of a running report the history shows and charts; the rest is kept as it came. */
const runningReport = z.looseObject({
  cadenceSpm: nullableNumber,
  steps: z.array(z.looseObject({ foot: side })),
  summary: z.looseObject({
    metrics: z.record(z.string(), metricSummary),
    strikeCounts: z.record(z.string(), count),
    rearfootShare: nullableNumber,
  }),
  perFrame: z.looseObject({ t: z.array(finite) }),
  quality: z.looseObject({}),
  direction: z.looseObject({}),
});

const clipAnalysis = z.looseObject({
  exercise: z.string().refine(isClipExercise, 'is not an exercise this app knows'),
  model: z.string().refine(isModelId, 'is not a pose model this app has'),
  backend: z.string(),
  workers: count,
  source: z.looseObject({ name: z.string(), width: count, height: count, fps: nonNegative, durationS: nonNegative, frameCount: count }),
  frames: z.array(z.unknown()),
  analysisS: nonNegative,
  running: runningReport.nullable(),
  reps: setSummary.nullable(),
  warnings: z.array(z.string()),
}).refine((a) => (a.exercise === 'running') === (a.running !== null), 'a running clip needs its running report, and only a running clip has one');

const storedReport = z.object({ id: z.string().min(1), createdAt: nonNegative, analysis: clipAnalysis });

const exportFile = z.object({
  app: z.literal(EXPORT_APP),
  kind: z.literal(EXPORT_KIND),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string(),
  sets: z.array(storedSet),
  reports: z.array(storedReport),
  settings: z.record(z.string(), z.unknown()),
});

export interface HistoryExport {
  app: typeof EXPORT_APP;
  kind: typeof EXPORT_KIND;
  /** The database version the file was made with (DB_VERSION). */
  schemaVersion: number;
  exportedAt: string;
  sets: StoredSet[];
  reports: StoredReport[];
  settings: Record<string, unknown>;
}

export class ImportRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRefused';
  }
}

/** Everything stored, as the export file's object. */
export async function exportHistory(now = new Date()): Promise<HistoryExport> {
  const db = await database();
  const tx = db.transaction(['sets', 'reports', 'settings'], 'readonly');
  const [sets, reports, keys, values] = await Promise.all([
    tx.objectStore('sets').getAll(),
    tx.objectStore('reports').getAll(),
    tx.objectStore('settings').getAllKeys(),
    tx.objectStore('settings').getAll(),
  ]);
  await tx.done;
  const settings = Object.fromEntries(keys.map((k, i) => [k, values[i]]));
  return { app: EXPORT_APP, kind: EXPORT_KIND, schemaVersion: DB_VERSION, exportedAt: now.toISOString(), sets, reports, settings };
}

const where = (path: PropertyKey[]): string => (path.length ? path.map(String).join('.') : 'the file');

/** The export file's text checked in full; throws ImportRefused saying what is wrong. */
export function parseHistoryFile(text: string): HistoryExport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ImportRefused('This file is not a Form Check history export: it is not JSON.');
  }
  const head = z.object({ app: z.literal(EXPORT_APP), kind: z.literal(EXPORT_KIND) }).safeParse(json);
  if (!head.success) throw new ImportRefused('This file is not a Form Check history export (it was made by something else).');
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > DB_VERSION) {
    throw new ImportRefused(`This export was made by a newer version of the app (format ${version}; this one reads up to ${DB_VERSION}). Update the app, then import it.`);
  }
  const parsed = exportFile.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${where(i.path)}: ${i.message}`);
    const more = parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more problems)` : '';
    throw new ImportRefused(`This history file is damaged, so nothing was imported. ${issues.join('; ')}${more}.`);
  }
  const ids = new Set<string>();
  for (const r of [...parsed.data.sets, ...parsed.data.reports]) {
    if (ids.has(r.id)) throw new ImportRefused(`This history file is damaged, so nothing was imported: the entry ${r.id} appears twice.`);
    ids.add(r.id);
  }
  // Checked above; the loosely checked parts of reports are kept as they came.
  return parsed.data as unknown as HistoryExport;
}

export interface ImportResult {
  sets: number;
  reports: number;
  /** Entries already stored (same id), left as they are. */
  alreadyHere: number;
}

/**
 * Adds what the file holds that is not stored yet, in one transaction (all or nothing); entries
 * already here are left as they are. Settings in the file apply only where none are set here.
 */
export async function importHistory(text: string): Promise<ImportResult> {
  const file = parseHistoryFile(text);
  const db = await database();
  const tx = db.transaction(['sets', 'reports', 'settings'], 'readwrite');
  const result: ImportResult = { sets: 0, reports: 0, alreadyHere: 0 };
  const sets = tx.objectStore('sets'), reports = tx.objectStore('reports'), settings = tx.objectStore('settings');
  for (const set of file.sets) {
    if (await sets.getKey(set.id)) result.alreadyHere++;
    else {
      await sets.add(set);
      result.sets++;
    }
  }
  for (const report of file.reports) {
    if (await reports.getKey(report.id)) result.alreadyHere++;
    else {
      await reports.add(report);
      result.reports++;
    }
  }
  for (const [key, value] of Object.entries(file.settings)) {
    if ((await settings.getKey(key)) === undefined) await settings.add(value, key);
  }
  await tx.done;
  return result;
}
