import type { ReactNode } from 'react';
import { exerciseInfo, exerciseOptions } from '../../shared/exercises';
import { KeyFrameView } from './KeyFrameView';
import { SquatReferenceOffer } from './SquatReference';
import { useSpaceBar } from '../space-bar';
import { faultLabel, notCheckedText, repVerdict } from '../fault-labels';
import { checkStatus, repMeasure, setChecks, type CheckStatus, type RepMeasure } from './rep-checks';
import type { RepRecord, SetSummary } from '../../shared/exercise-core';

const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** Each check is named by its fault, so the answer is whether the rep showed it. */
const STATUS: Record<CheckStatus, { answer: string; words: string }> = {
  good: { answer: 'no', words: 'not seen' },
  fault: { answer: 'yes', words: 'seen' },
  'not-checkable': { answer: 'not from here', words: 'not checkable from this view' },
  uncertain: { answer: 'unsure', words: 'uncertain: keypoints weak' },
};

function CheckMarks({ rep, checks }: { rep: RepRecord; checks: readonly string[] }) {
  return (
    <ul className="rep-checks">
      {checks.map((c) => {
        const s = checkStatus(rep, c);
        return <li key={c} className={`check-${s}`} title={`${faultLabel(c)}: ${STATUS[s].words}`}>{faultLabel(c)}: {STATUS[s].answer}</li>;
      })}
    </ul>
  );
}

function RepRow({ rep, checks, measure }: { rep: RepRecord; checks: readonly string[]; measure: number | null | undefined }) {
  return (
    <tr className={rep.uncertain ? 'uncertain' : rep.good ? 'good' : 'faulty'}>
      <td>{rep.index}</td>
      <td>{rep.side ?? ''}</td>
      <td>{fmt(rep.endS - rep.startS)} s</td>
      {measure !== undefined && <td data-testid="rep-measure">{measure === null ? '–' : fmt(measure, 2)}</td>}
      <td>{rep.tempo ? `${fmt(rep.tempo.downS)} / ${fmt(rep.tempo.bottomS)} / ${fmt(rep.tempo.upS)}` : rep.holdS !== undefined ? `hold ${fmt(rep.holdS)} s` : ''}</td>
      <td>
        {repVerdict(rep)}
        {notCheckedText(rep) && <span className="note"> ({notCheckedText(rep)})</span>}
        {checks.length > 0 && <CheckMarks rep={rep} checks={checks} />}
      </td>
    </tr>
  );
}

const BAR = 16, CHART_H = 64;

/** One bar per rep from zero to its measure, coloured by the rep's verdict. */
function MeasureChart({ measure, reps }: { measure: RepMeasure; reps: readonly RepRecord[] }) {
  const seen = measure.values.filter((v): v is number => v !== null);
  const lo = Math.min(0, ...seen), hi = Math.max(0, ...seen);
  const span = hi - lo || 1;
  const yOf = (v: number) => ((hi - v) / span) * CHART_H;
  return (
    <svg className="rep-measure-chart" width={reps.length * BAR} height={CHART_H} role="img" data-testid="rep-measure-chart"
      aria-label={`${measure.label} per rep: ${measure.values.map((v) => (v === null ? 'none' : fmt(v, 2))).join(', ')}`}>
      <line x1={0} x2={reps.length * BAR} y1={yOf(0)} y2={yOf(0)} className="zero" />
      {measure.values.map((v, i) => v === null ? null : (
        <rect key={i} x={i * BAR + 2} width={BAR - 4} y={Math.min(yOf(v), yOf(0))} height={Math.max(1, Math.abs(yOf(v) - yOf(0)))}
          className={reps[i]!.uncertain ? 'uncertain' : reps[i]!.good ? 'good' : 'faulty'} />
      ))}
    </svg>
  );
}

interface Props {
  summary: SetSummary;
  /** Default: "<exercise>: set done". */
  title?: string;
  /** A line under the title, e.g. when the set was done. */
  note?: string;
  /** Offered after a live set; not when looking back at a stored one. */
  onAgain?: () => void;
  onHome: () => void;
  homeLabel?: string;
  /** Shown under the title: the rest before the next planned set. */
  children?: ReactNode;
}

export function SummaryView({ summary, title, note, onAgain, onHome, homeLabel = 'Choose exercise', children }: Props) {
  const info = exerciseInfo(summary.exercise);
  useSpaceBar(onAgain ?? null);
  const good = summary.repsDetail.filter((r) => r.good).length;
  const checks = setChecks(summary.checks ?? [], summary.repsDetail);
  const measure = repMeasure(summary.repsDetail);
  return (
    <main className="summary" data-testid="summary">
      <h1>{title ?? `${info.name}: set done`}</h1>
      {note && <p className="hint" data-testid="summary-note">{note}</p>}
      {children}
      <section className="summary-cards">
        <div className="card"><span className="label">Reps</span><span className="value" data-testid="summary-reps">{summary.reps.total}</span></div>
        {info.perSide && (
          <div className="card"><span className="label">Left / right</span><span className="value">{summary.reps.left} / {summary.reps.right}</span></div>
        )}
        <div className="card"><span className="label">Good form</span><span className="value">{good} of {summary.repsDetail.length}</span></div>
        <div className="card"><span className="label">Time</span><span className="value">{fmt(summary.durationS, 0)} s</span></div>
        {summary.holds && (
          <div className="card">
            <span className="label">Held with good form (left / right)</span>
            <span className="value">{fmt(summary.holds.left)} s / {fmt(summary.holds.right)} s</span>
            <span className="note">difference {fmt(summary.holds.differenceS)} s</span>
          </div>
        )}
      </section>
      {Object.keys(summary.faultCounts).length > 0 && (
        <section>
          <h2>Faults</h2>
          <ul>
            {Object.entries(summary.faultCounts).map(([id, n]) => (
              <li key={id}>{faultLabel(id)}: {n} rep{n === 1 ? '' : 's'}</li>
            ))}
          </ul>
        </section>
      )}
      {summary.keyFrame && (
        <section>
          <h2>The worst rep</h2>
          <KeyFrameView keyFrame={summary.keyFrame} />
        </section>
      )}
      {measure && (
        <section>
          <h2>{measure.label} per rep <span className="note">({measure.hint})</span></h2>
          <MeasureChart measure={measure} reps={summary.repsDetail} />
        </section>
      )}
      {summary.repsDetail.length > 0 && !summary.checks && (
        <p className="note" data-testid="checks-unrecorded">This set was kept before the app recorded which checks it made: each rep lists only the faults it showed.</p>
      )}
      {summary.repsDetail.length > 0 && (
        <table className="reps">
          <thead><tr><th>#</th><th>Side</th><th>Time</th>{measure && <th>{measure.label}</th>}<th>Tempo / hold</th><th>Form</th></tr></thead>
          <tbody>{summary.repsDetail.map((r, i) => <RepRow key={r.index} rep={r} checks={checks} measure={measure ? measure.values[i] : undefined} />)}</tbody>
        </table>
      )}
      {onAgain && exerciseOptions(summary.exercise).ownReference && <SquatReferenceOffer summary={summary} />}
      <div className="actions">
        {onAgain && <button type="button" className="primary" onClick={onAgain} aria-keyshortcuts="Space">Another set</button>}
        <button type="button" onClick={onHome}>{homeLabel}</button>
      </div>
    </main>
  );
}
