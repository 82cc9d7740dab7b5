import type { FootStrike, RunningMetricId, RunningReport } from '../../../shared/gait';
import type { Side } from '../../../shared/exercise-core';
import { fixedText } from './metric-format';
import { MetricCard } from './MetricCard';

/** Cards after cadence and foot strike, in the order a runner meets them: landing, stance, push-off, whole body. */
const PLAIN_CARDS: readonly RunningMetricId[] = [
  'overstride', 'shankAngle', 'kneeFlexionAtContact', 'peakKneeFlexionStance', 'contactTime',
  'hipExtensionAtToeOff', 'trunkLean', 'verticalOscillation',
];

const STRIKES: ReadonlyArray<[FootStrike | 'unknown', string]> = [
  ['rearfoot', 'Heel first'], ['midfoot', 'Flat (midfoot)'], ['forefoot', 'Ball of the foot'], ['unknown', 'Could not tell'],
];

/** Landings per class and foot; greyed when the strike measure is unreliable on this clip. */
function FootStrikeTable({ report, muted }: { report: RunningReport; muted: boolean }) {
  const count = (strike: FootStrike | 'unknown', foot?: Side) =>
    report.steps.filter((s) => (s.strike ?? 'unknown') === strike && (foot === undefined || s.foot === foot)).length;
  const classified = report.steps.filter((s) => s.strike !== null).length;
  return (
    <div className={muted ? 'report-muted' : undefined}>
      <table className="report-strikes">
        <thead><tr><th scope="col">Landing</th><th scope="col">Left</th><th scope="col">Right</th><th scope="col">All</th></tr></thead>
        <tbody>
          {STRIKES.map(([strike, label]) => (
            <tr key={strike}><th scope="row">{label}</th><td>{count(strike, 'left')}</td><td>{count(strike, 'right')}</td><td>{count(strike)}</td></tr>
          ))}
        </tbody>
      </table>
      {classified > 0 && (
        <p className="report-note">{count('rearfoot')} of the {classified} landings that could be classified were heel first.</p>
      )}
    </div>
  );
}

export function SummaryCards({ report }: { report: RunningReport }) {
  const { metrics, leftRight, tiltProxyExplanation, trunkLeanRangeDeg } = report.summary;
  const c = report.cadence;
  return (
    <section className="report-section" aria-labelledby="report-summary-title">
      <h2 id="report-summary-title">Summary</h2>
      <div className="report-cards">
        <MetricCard metric={metrics.cadence} leftRight={leftRight} value={report.cadenceSpm} valueTestId="cadence-value">
          <p className="report-note">
            {c.steps} steps counted{c.stepTimeS !== null && `, one every ${fixedText(1000 * c.stepTimeS)} ms`}
            {c.missedContacts > 0 && ` (${c.missedContacts} landing${c.missedContacts === 1 ? '' : 's'} missed and filled in)`}.
          </p>
        </MetricCard>
        <MetricCard metric={metrics.footStrike} leftRight={leftRight}>
          <FootStrikeTable report={report} muted={metrics.footStrike.reliability.level === 'unreliable'} />
        </MetricCard>
        {PLAIN_CARDS.map((id) => (
          <MetricCard key={id} metric={metrics[id]} leftRight={leftRight}>
            {id === 'trunkLean' && trunkLeanRangeDeg && metrics.trunkLean.reliability.level !== 'unreliable' && (
              <p className="report-note">Between {fixedText(trunkLeanRangeDeg.low)}° and {fixedText(trunkLeanRangeDeg.high)}° over the clip.</p>
            )}
          </MetricCard>
        ))}
        <MetricCard metric={metrics.trunkThighExtensionAtToeOff} leftRight={leftRight} explanation={tiltProxyExplanation} />
      </div>
    </section>
  );
}
