import type { ReactNode } from 'react';
import type { ClipAnalysis } from '../../../shared/clip';
import { MODELS } from '../../../shared/pose';
import { fixedText } from './metric-format';

const duration = (s: number): string => (s < 90 ? `${fixedText(s, 1)} s` : `${Math.floor(s / 60)} min ${fixedText(s % 60)} s`);

/** Title, the clip's facts (length, frame rate, model, how fast it was analysed), warnings and actions. */
export function ReportHeader({ analysis: a, title, onNewClip, children }: { analysis: ClipAnalysis; title: string; onNewClip: () => void; children?: ReactNode }) {
  const s = a.source;
  const ofLength = s.durationS > 0 ? a.analysisS / s.durationS : null;
  return (
    <header className="report-header">
      <div className="report-title">
        <h2>{title}</h2>
        <button type="button" className="primary" onClick={onNewClip}>Analyse another clip</button>
      </div>
      <dl className="report-facts">
        <div><dt>Clip</dt><dd className="report-clip-name">{s.name}</dd></div>
        <div><dt>Length</dt><dd>{duration(s.durationS)}, {a.frames.length} frames</dd></div>
        <div><dt>Frame rate</dt><dd>{fixedText(s.fps, s.fps % 1 ? 2 : 0)} fps, {s.width}×{s.height}</dd></div>
        <div><dt>Pose model</dt><dd>{MODELS[a.model].label} · {a.backend}</dd></div>
        <div>
          <dt>Analysis</dt>
          <dd>{fixedText(a.analysisS, 1)} s{ofLength !== null && ` (${fixedText(ofLength, 1)}x the clip's length)`}</dd>
        </div>
      </dl>
      {a.warnings.length > 0 && (
        <ul className="report-warnings" role="status">{a.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
      )}
      {children}
    </header>
  );
}
