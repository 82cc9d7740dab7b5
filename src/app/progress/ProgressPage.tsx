import { useEffect, useMemo, useState } from 'react';
import { EXERCISES } from '../../shared/exercises';
import { exerciseProgress, runningProgress, type SetPoint, type Sided } from './progress-series';
import type { ExerciseId } from '../../shared/exercise-core';
import { listHistory, type HistoryEntry } from '../../storage/history-store';
import { TrendChart, type TrendSeries } from './TrendChart';
import { PageHeader } from '../../ui/PageHeader';

const COLOURS = { good: '#3fb950', faulty: '#f85149', left: '#58a6ff', right: '#f0883e', one: '#d2a8ff' };

type Subject = ExerciseId | 'running';

/** A left and a right series in the side colours. */
const sides = (values: Sided, left: string, right: string): TrendSeries[] => [
  { label: left, colour: COLOURS.left, values: values.left },
  { label: right, colour: COLOURS.right, values: values.right },
];

/** Sets of one exercise, live or from a clip, for the charts. */
function setPoints(entries: readonly HistoryEntry[], exercise: ExerciseId): SetPoint[] {
  return entries.flatMap((e) => {
    if (e.kind === 'set') return e.set.exercise === exercise && e.set.summary.reps.total > 0 ? [{ at: e.at, summary: e.set.summary }] : [];
    const reps = e.report.analysis.reps;
    return reps?.exercise === exercise ? [{ at: e.at, summary: reps }] : [];
  });
}

function ExerciseCharts({ points }: { points: SetPoint[] }) {
  const p = useMemo(() => exerciseProgress(points), [points]);
  return (
    <>
      <TrendChart title="Reps per set: good form and with a fault" unit="" digits={0} t={p.t} series={[
        { label: 'Good form', colour: COLOURS.good, values: p.goodReps },
        { label: 'With a fault', colour: COLOURS.faulty, values: p.faultyReps },
      ]} />
      {p.worstHikeDeg && (
        <TrendChart title="Worst hip hike in the set (lower is better)" unit="°" t={p.t} series={sides(p.worstHikeDeg, 'Left leg working', 'Right leg working')} />
      )}
      {p.depth && (
        <TrendChart title="Squat depth: hips above the knees, in thigh lengths (0 = thighs level; lower is deeper)" unit="" digits={2} t={p.t} series={[
          { label: 'Median of the reps', colour: COLOURS.one, values: p.depth },
        ]} />
      )}
      {p.holdS && (
        <TrendChart title="Longest good-form hold per side" unit=" s" t={p.t} series={sides(p.holdS, 'Left', 'Right')} />
      )}
      {p.holdBothS && (
        <TrendChart title="Longest good-form hold" unit=" s" t={p.t} series={[{ label: 'Hold', colour: COLOURS.one, values: p.holdBothS }]} />
      )}
    </>
  );
}

function RunningCharts({ entries }: { entries: readonly HistoryEntry[] }) {
  const r = useMemo(() => runningProgress(entries.flatMap((e) => (e.kind === 'report' && e.report.analysis.running ? [{ at: e.at, report: e.report.analysis.running }] : []))), [entries]);
  return (
    <>
      <TrendChart title="Cadence" unit=" steps/min" digits={0} t={r.t} series={[{ label: 'Cadence', colour: COLOURS.one, values: r.cadenceSpm }]} />
      <TrendChart title="Overstride: foot ahead of the hips at landing, % of leg length" unit="%" digits={0} t={r.t} series={sides(r.overstridePct, 'Left foot', 'Right foot')} />
      <TrendChart title="Landings heel first" unit="%" digits={0} t={r.t} series={[{ label: 'Heel first', colour: COLOURS.faulty, values: r.rearfootPct }]} />
    </>
  );
}

/** Charts over the sessions, per exercise and for running. */
export function ProgressPage({ onExit }: { onExit: () => void }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [subject, setSubject] = useState<Subject | null>(null);
  useEffect(() => {
    listHistory().then(setEntries, () => setEntries([]));
  }, []);

  const subjects = useMemo(() => {
    const list: Array<{ id: Subject; label: string; sessions: number }> = EXERCISES
      .map((ex) => ({ id: ex.id as Subject, label: ex.name, sessions: setPoints(entries ?? [], ex.id).length }));
    list.push({ id: 'running', label: 'Running', sessions: (entries ?? []).filter((e) => e.kind === 'report' && e.report.analysis.running).length });
    return list.filter((s) => s.sessions > 0);
  }, [entries]);
  const current = subject ?? subjects[0]?.id ?? null;
  const points = useMemo(() => (current && current !== 'running' ? setPoints(entries ?? [], current) : []), [entries, current]);

  return (
    <main className="page progress" data-testid="progress">
      <PageHeader title="Progress" onBack={onExit} />
      {entries === null && <p role="status">Reading the history…</p>}
      {entries !== null && subjects.length === 0 && <p>No sets yet: the charts fill in as sets and running clips are done.</p>}
      {current && (
        <>
          <label>
            Exercise{' '}
            <select value={current} onChange={(e) => setSubject(e.target.value as Subject)} data-testid="progress-exercise">
              {subjects.map((s) => <option key={s.id} value={s.id}>{s.label} ({s.sessions} session{s.sessions === 1 ? '' : 's'})</option>)}
            </select>
          </label>
          {current === 'running' ? <RunningCharts entries={entries ?? []} /> : <ExerciseCharts points={points} />}
        </>
      )}
    </main>
  );
}
