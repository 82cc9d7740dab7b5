import { exerciseInfo } from '../../shared/exercises';
import type { HistoryEntry } from '../../storage/history-store';

/** The exercise or activity an entry is about, as the person reads it. */
export function entryTitle(entry: HistoryEntry): string {
  if (entry.kind === 'set') return exerciseInfo(entry.set.exercise).name;
  const a = entry.report.analysis;
  return a.exercise === 'running' ? 'Running (clip)' : `${exerciseInfo(a.exercise).name} (clip)`;
}

/** One line of what was done: reps and form, holds, or the running clip's cadence. */
export function entryFacts(entry: HistoryEntry): string {
  const summary = entry.kind === 'set' ? entry.set.summary : entry.report.analysis.reps;
  if (summary) {
    const good = summary.repsDetail.filter((r) => r.good).length;
    const holds = summary.holds ? ` · held ${summary.holds.left.toFixed(1)} s left, ${summary.holds.right.toFixed(1)} s right` : '';
    return `${summary.reps.total} rep${summary.reps.total === 1 ? '' : 's'}, ${good} with good form${holds}`;
  }
  const running = entry.kind === 'report' ? entry.report.analysis.running : null;
  if (!running) return '';
  const cadence = running.cadenceSpm === null ? 'cadence unknown' : `${Math.round(running.cadenceSpm)} steps/min`;
  return `${cadence} · ${running.steps.length} steps`;
}

export const STATUS_TEXT = { 'in-progress': 'not finished', interrupted: 'interrupted', done: '' } as const;

export const formatWhen = (at: number): string =>
  new Date(at).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export const formatKb = (bytes: number): string => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;
