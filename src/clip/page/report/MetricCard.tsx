import type { ReactNode } from 'react';
import type { MetricSummary, Reliability, Verdict, Stats } from '../../../shared/gait';
import { fixedText, formatParts, formatValue, RANGE_TEXT, rangePosition, referenceText } from './metric-format';

const LEVEL_TEXT: Record<Reliability, string> = { reliable: 'Reliable', rough: 'Rough', unreliable: 'Not reliable' };

export function ReliabilityBadge({ verdict }: { verdict: Verdict }) {
  return <span className={`report-badge report-badge-${verdict.level}`}>{LEVEL_TEXT[verdict.level]}</span>;
}

/** The unit written after left/right numbers: short, so the line stays readable. */
const SHORT_UNIT: Record<string, string> = { deg: '°', ms: ' ms', 'leg lengths': '%' };

function sideText(label: string, s: Stats | null, unit: string): string {
  if (!s) return `${label} –`;
  const u = SHORT_UNIT[unit] ?? '';
  return `${label} ${formatParts(s.mean, unit).number}${u} ± ${formatParts(s.sd, unit).number}${u} (${s.n} step${s.n === 1 ? '' : 's'})`;
}

/** Left and right means with their spread, and how far apart they are; greyed when left/right can't be trusted. */
function SidesLine({ metric, leftRight }: { metric: MetricSummary; leftRight: Verdict }) {
  const s = metric.sides;
  if (!s || (!s.left && !s.right)) return null;
  const asym = s.asymmetryPct !== null ? ` · asymmetry ${fixedText(s.asymmetryPct)}%` : '';
  return (
    <p className={`report-sides${leftRight.level === 'unreliable' ? ' report-muted' : ''}`}>
      {sideText('Left', s.left, metric.unit)} · {sideText('Right', s.right, metric.unit)}{asym}
      {leftRight.level === 'unreliable' && <> · left/right not reliable: {leftRight.reasons.join('; ')}</>}
    </p>
  );
}

interface Props {
  metric: MetricSummary;
  leftRight: Verdict;
  /** Replaces the reference's meaning text. */
  explanation?: string;
  /** Displayed value; defaults to the metric's. */
  value?: number | null;
  valueTestId?: string;
  children?: ReactNode;
}

/**
 * One measure: value, typical range, what it means, left and right, and how far it can be trusted.
 * An unreliable value is not shown as a result: the reasons take its place, the number stays
 * behind a disclosure for the curious.
 */
export function MetricCard({ metric, leftRight, explanation, value = metric.value, valueTestId, children }: Props) {
  const { reference: ref, reliability } = metric;
  const unreliable = reliability.level === 'unreliable';
  const range = referenceText(ref);
  const position = value !== null && !unreliable ? rangePosition(value, ref) : null;
  const parts = value !== null ? formatParts(value, metric.unit) : null;
  return (
    <article className={`report-card report-card-${reliability.level}`} data-testid="metric-card">
      <header className="report-card-head">
        <h3>{ref.label}</h3>
        <ReliabilityBadge verdict={reliability} />
      </header>
      {parts && !unreliable ? (
        <p className="report-value">
          <span data-testid={valueTestId}>{parts.number}</span>
          <span className={parts.suffix === '°' ? undefined : 'report-unit'}>{parts.suffix}</span>
        </p>
      ) : (
        <p className="report-value report-value-missing">{unreliable ? 'Not measured reliably' : 'Not measured'}</p>
      )}
      {(range || position) && (
        <p className="report-range">
          {range}
          {position && <span className={`report-position report-position-${position}`}>{RANGE_TEXT[position]}</span>}
        </p>
      )}
      {reliability.reasons.length > 0 && (
        <ul className="report-reasons">{reliability.reasons.map((r) => <li key={r}>{r}</li>)}</ul>
      )}
      {unreliable && value !== null && (
        <details className="report-muted">
          <summary>Show the measured value anyway</summary>
          {formatValue(value, metric.unit)}: do not read anything into it.
        </details>
      )}
      {children}
      {!unreliable && <SidesLine metric={metric} leftRight={leftRight} />}
      <p className="report-meaning">{explanation ?? ref.meaning}</p>
      <p className="report-source">Source: {ref.source}</p>
    </article>
  );
}
