import { useEffect, useState } from 'react';
import { CaptureQualityPanel } from '../../clip/page/report/CaptureQualityPanel';
import { GaitCharts } from '../../clip/page/report/GaitCharts';
import { SummaryCards } from '../../clip/page/report/SummaryCards';
import '../../clip/page/clip.css';
import { getEntry, type HistoryEntry } from '../../storage/history-store';
import { SummaryView } from '../../ui/summary/SummaryView';
import { entryTitle, formatWhen, STATUS_TEXT } from './entry-text';

/** One stored set or clip report, as it was shown when it was done (without the video). */
export function HistoryEntryView({ id, onBack }: { id: string; onBack: () => void }) {
  const [entry, setEntry] = useState<HistoryEntry | null | undefined>(undefined);
  useEffect(() => {
    getEntry(id).then(setEntry, () => setEntry(null));
  }, [id]);

  if (entry === undefined) return <main className="page"><p role="status">Reading…</p></main>;
  if (entry === null) {
    return (
      <main className="page" data-testid="history-missing">
        <h1>Not in the history</h1>
        <p>This entry was deleted, or it was stored in another browser.</p>
        <button type="button" onClick={onBack}>Back to the history</button>
      </main>
    );
  }
  const when = formatWhen(entry.at);
  if (entry.kind === 'set') {
    const status = STATUS_TEXT[entry.set.status];
    return <SummaryView summary={entry.set.summary} title={entryTitle(entry)} note={`${when}${status ? ` · ${status}` : ''}`} onHome={onBack} homeLabel="Back to the history" />;
  }
  const a = entry.report.analysis;
  if (a.reps) return <SummaryView summary={a.reps} title={entryTitle(entry)} note={`${when} · ${a.source.name}`} onHome={onBack} homeLabel="Back to the history" />;
  if (!a.running) {
    return (
      <main className="page">
        <h1>{entryTitle(entry)}</h1>
        <p>This report holds no results to show.</p>
        <button type="button" onClick={onBack}>Back to the history</button>
      </main>
    );
  }
  return (
    <main className="report" data-testid="history-running-report">
      <header className="report-header">
        <div className="report-title">
          <h1>{entryTitle(entry)}</h1>
          <button type="button" onClick={onBack}>Back to the history</button>
        </div>
        <p className="hint">{when} · {a.source.name}, {a.source.durationS.toFixed(1)} s. The video itself is not kept: open the clip again to see its frames.</p>
      </header>
      <CaptureQualityPanel report={a.running} />
      <SummaryCards report={a.running} />
      <GaitCharts perFrame={a.running.perFrame} cursorT={null} onSeek={() => {}} />
    </main>
  );
}
