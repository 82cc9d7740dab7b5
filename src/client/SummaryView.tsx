import type { ReactNode } from 'react';
import { exerciseInfo } from '../shared/exercises';
import { useSpaceBar } from './space-bar';
import { faultLabel, notCheckedText, repVerdict } from '../shared/fault-labels';
import type { RepRecord, SetSummary } from '../shared/session-types';

const fmt = (n: number, digits = 1) => n.toFixed(digits);

function RepRow({ rep }: { rep: RepRecord }) {
  return (
    <tr className={rep.uncertain ? 'uncertain' : rep.good ? 'good' : 'faulty'}>
      <td>{rep.index}</td>
      <td>{rep.side ?? ''}</td>
      <td>{fmt(rep.endS - rep.startS)} s</td>
      <td>{rep.tempo ? `${fmt(rep.tempo.downS)} / ${fmt(rep.tempo.bottomS)} / ${fmt(rep.tempo.upS)}` : rep.holdS !== undefined ? `hold ${fmt(rep.holdS)} s` : ''}</td>
      <td>
        {repVerdict(rep)}
        {notCheckedText(rep) && <span className="note"> ({notCheckedText(rep)})</span>}
      </td>
    </tr>
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
      {summary.repsDetail.length > 0 && (
        <table className="reps">
          <thead><tr><th>#</th><th>Side</th><th>Time</th><th>Tempo / hold</th><th>Form</th></tr></thead>
          <tbody>{summary.repsDetail.map((r) => <RepRow key={r.index} rep={r} />)}</tbody>
        </table>
      )}
      <div className="actions">
        {onAgain && <button type="button" className="primary" onClick={onAgain} aria-keyshortcuts="Space">Another set</button>}
        <button type="button" onClick={onHome}>{homeLabel}</button>
      </div>
    </main>
  );
}
