import type { Reliability, RunningReport } from '../../../shared/gait';
import { captureVerdict } from './capture-advice';
import { fixedText } from './metric-format';
import { ReliabilityBadge } from './MetricCard';

const HEADLINE: Record<Reliability, string> = {
  reliable: 'Good recording: the numbers below are as accurate as a single side-on video allows (joint angles to within about 5°).',
  rough: 'Usable recording, with some rough numbers: they are marked, read them as a guide rather than a measurement.',
  unreliable: 'Some numbers could not be measured reliably from this recording: they are greyed out below, with the reason.',
};

const VIEW_TEXT = { side: 'side-on', oblique: 'at an angle', front: 'from the front or back', unknown: 'unclear' } as const;

/** How well the clip could be measured: the overall verdict, the facts behind it, and what to film differently. */
export function CaptureQualityPanel({ report }: { report: RunningReport }) {
  const v = captureVerdict(report);
  const q = report.quality;
  const slowMotion = q.slowMotionFactor && q.slowMotionFactor > 1 ? ` (${q.slowMotionFactor}x slow motion: ${fixedText(q.effectiveFps)} fps of real time)` : '';
  const groups = (['unreliable', 'rough', 'reliable'] as const).filter((level) => v.byLevel[level].length > 0);
  return (
    <section className={`report-section report-quality report-quality-${v.level}`} aria-labelledby="report-quality-title">
      <h2 id="report-quality-title">
        Recording quality <ReliabilityBadge verdict={{ level: v.level, reasons: [] }} />
      </h2>
      <p className="report-headline">{HEADLINE[v.level]}</p>
      <ul className="report-quality-facts">
        <li>View: {VIEW_TEXT[q.view]}{report.direction.facing && `, runner facing ${report.direction.facing}`}</li>
        <li>Whole body in the picture: {fixedText(100 * q.wholeBodyShare)}% of frames</li>
        <li>Frame rate: {fixedText(q.fps)} fps{slowMotion}</li>
        <li>Heel and toe points: {q.heelAndToe ? 'yes' : 'no (this model has none)'}</li>
        {q.legLabelAgreement !== null && <li>Left/right legs told apart on {fixedText(100 * q.legLabelAgreement)}% of steps</li>}
      </ul>
      {q.notes.length > 0 && <ul className="report-notes">{q.notes.map((n) => <li key={n}>{n}</li>)}</ul>}
      <div className="report-levels">
        {groups.map((level) => (
          <div key={level} className={`report-level report-level-${level}`}>
            <h3><ReliabilityBadge verdict={{ level, reasons: [] }} /></h3>
            <ul>
              {v.byLevel[level].map((m) => (
                <li key={m.id}>{m.label}{m.reasons.length > 0 && <span className="report-why">: {m.reasons.join('; ')}</span>}</li>
              ))}
            </ul>
          </div>
        ))}
        {report.summary.leftRight.level !== 'reliable' && (
          <p className="report-note">Left/right comparisons: {report.summary.leftRight.reasons.join('; ')}.</p>
        )}
      </div>
      {v.advice.length > 0 && (
        <div className="report-advice">
          <h3>For a better reading next time</h3>
          <ul>{v.advice.map((a) => <li key={a}>{a}</li>)}</ul>
        </div>
      )}
    </section>
  );
}
