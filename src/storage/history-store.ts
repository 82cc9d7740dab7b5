import type { ClipAnalysis } from '../shared/clip';
import { database, type StoredReport, type StoredSet } from './db';

/** One line of the history: a live set or a clip report. */
export type HistoryEntry =
  | { kind: 'set'; id: string; at: number; set: StoredSet }
  | { kind: 'report'; id: string; at: number; report: StoredReport };

/** Sets and clip reports, newest first. */
export async function listHistory(): Promise<HistoryEntry[]> {
  const db = await database();
  const [sets, reports] = await Promise.all([db.getAll('sets'), db.getAll('reports')]);
  const entries: HistoryEntry[] = [
    ...sets.map((set) => ({ kind: 'set' as const, id: set.id, at: set.startedAt, set })),
    ...reports.map((report) => ({ kind: 'report' as const, id: report.id, at: report.createdAt, report })),
  ];
  return entries.sort((a, b) => b.at - a.at);
}

export async function getEntry(id: string): Promise<HistoryEntry | null> {
  const db = await database();
  const set = await db.get('sets', id);
  if (set) return { kind: 'set', id, at: set.startedAt, set };
  const report = await db.get('reports', id);
  return report ? { kind: 'report', id, at: report.createdAt, report } : null;
}

export async function deleteEntry(id: string): Promise<void> {
  const db = await database();
  const tx = db.transaction(['sets', 'reports'], 'readwrite');
  await Promise.all([tx.objectStore('sets').delete(id), tx.objectStore('reports').delete(id), tx.done]);
}

/** Every set and report (settings and plans stay). */
export async function deleteAllEntries(): Promise<void> {
  const db = await database();
  const tx = db.transaction(['sets', 'reports', 'clipRuns'], 'readwrite');
  await Promise.all([tx.objectStore('sets').clear(), tx.objectStore('reports').clear(), tx.objectStore('clipRuns').clear(), tx.done]);
}

/**
 * Keeps a finished clip analysis. The per-frame keypoints are dropped (they are most of its size
 * and need the video, which is never kept, to be looked at); every measure and plot series stays.
 */
export async function saveReport(analysis: ClipAnalysis, now = Date.now()): Promise<StoredReport> {
  const report: StoredReport = { id: crypto.randomUUID(), createdAt: now, analysis: { ...analysis, frames: [] } };
  await (await database()).put('reports', report);
  return report;
}

/** Bytes an entry takes as JSON, the size it adds to an export and roughly to the database. */
export const entryBytes = (entry: HistoryEntry): number =>
  new TextEncoder().encode(JSON.stringify(entry.kind === 'set' ? entry.set : entry.report)).length;
