import { useMemo, useState } from 'react';
import { exerciseInfo } from '../../shared/exercises';
import { notCheckedText, repVerdict } from '../../ui/fault-labels';
import type { PoseFrame, RepRecord } from '../../shared/exercise-core';
import { ExportBar } from './report/ExportBar';
import { frameAtTime } from './report/frame-index';
import type { Overlay } from './report/frame-overlay';
import { serialFrames } from './report/frame-source';
import { FrameScrubber, type ScrubMarker } from './report/FrameScrubber';
import { fixedText } from './report/metric-format';
import { ReportHeader } from './report/ReportHeader';
import type { ClipReportProps } from './RunningReport';

const GOOD_COLOUR = '#3ddc97';
const FAULT_COLOUR = '#ff7b72';
const NO_OVERLAY: Overlay = { labels: [], guides: [] };

const repName = (r: RepRecord): string => `Rep ${r.index}${r.side ? ` (${r.side})` : ''}`;
const faultsText = (r: RepRecord): string => [repVerdict(r), notCheckedText(r)].filter(Boolean).join('; ');

function repAt(reps: readonly RepRecord[], t: number): RepRecord | null {
  return reps.find((r) => t >= r.startS && t <= r.endS) ?? null;
}

function scrubberContent(frames: readonly PoseFrame[], reps: readonly RepRecord[], times: readonly number[]) {
  const markers: ScrubMarker[] = reps.flatMap((r) => [
    { frame: frameAtTime(times, r.startS), colour: r.good ? GOOD_COLOUR : FAULT_COLOUR, major: true, title: `${repName(r)} starts` },
    { frame: frameAtTime(times, r.endS), colour: r.good ? GOOD_COLOUR : FAULT_COLOUR, major: false, title: `${repName(r)} ends` },
  ]);
  return {
    markers,
    swapped: () => false,
    overlay: () => NO_OVERLAY,
    heading: (i: number) => markers.filter((m) => m.frame === i).map((m) => m.title).join(' · ') || null,
    details: (i: number): Array<[string, string]> => {
      const rep = repAt(reps, frames[i]?.t ?? Number.NaN);
      return rep ? [['Rep', repName(rep)], ['Form', faultsText(rep)]] : [['Rep', 'between reps']];
    },
  };
}

/** The report of a rep exercise filmed as a clip: counts, faults per rep, and the frames. */
export function RepClipReport({ analysis, frameImage, onNewClip }: ClipReportProps) {
  const summary = analysis.reps;
  const [frame, setFrame] = useState(0);
  const source = useMemo(() => serialFrames(frameImage), [frameImage]);
  const times = useMemo(() => analysis.frames.map((f) => f.t), [analysis.frames]);
  const scrubber = useMemo(() => scrubberContent(analysis.frames, summary?.repsDetail ?? [], times), [analysis.frames, summary, times]);
  if (!summary) return null;
  const info = exerciseInfo(summary.exercise);
  const good = summary.repsDetail.filter((r) => r.good).length;

  return (
    <div className="report" data-testid="rep-clip-report">
      <ReportHeader analysis={analysis} title={`${info.name}: clip report`} onNewClip={onNewClip}>
        <ExportBar analysis={analysis} />
      </ReportHeader>
      <section className="report-section" aria-labelledby="report-reps-title">
        <h2 id="report-reps-title">Reps</h2>
        <div className="report-cards report-cards-compact">
          <article className="report-card" data-testid="metric-card">
            <h3>Reps</h3>
            <p className="report-value" data-testid="reps-total">{summary.reps.total}</p>
          </article>
          {info.perSide && (
            <article className="report-card" data-testid="metric-card">
              <h3>Left / right</h3>
              <p className="report-value">{summary.reps.left} / {summary.reps.right}</p>
            </article>
          )}
          <article className="report-card" data-testid="metric-card">
            <h3>Good form</h3>
            <p className="report-value">{good} <span className="report-unit">of {summary.repsDetail.length}</span></p>
          </article>
          {summary.holds && (
            <article className="report-card" data-testid="metric-card">
              <h3>Held with good form (left / right)</h3>
              <p className="report-value">{fixedText(summary.holds.left, 1)} / {fixedText(summary.holds.right, 1)} <span className="report-unit">s</span></p>
            </article>
          )}
        </div>
        {summary.repsDetail.length > 0 ? (
          <div className="report-table-wrap">
            <table className="report-reps">
              <thead><tr><th scope="col">Rep</th>{info.perSide && <th scope="col">Side</th>}<th scope="col">From</th><th scope="col">Length</th><th scope="col">Faults</th><th scope="col"><span className="visually-hidden">Show</span></th></tr></thead>
              <tbody>
                {summary.repsDetail.map((r) => (
                  <tr key={r.index} className={r.good ? undefined : 'report-rep-faulty'}>
                    <td>{r.index}</td>
                    {info.perSide && <td>{r.side ?? ''}</td>}
                    <td className="report-num">{fixedText(r.startS, 1)} s</td>
                    <td className="report-num">{fixedText(r.endS - r.startS, 1)} s</td>
                    <td className="report-faults">{faultsText(r)}</td>
                    <td><button type="button" onClick={() => setFrame(frameAtTime(times, r.startS))}>Show</button></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="report-note">No complete reps were found in this clip.</p>
        )}
      </section>
      <FrameScrubber frames={analysis.frames} frame={frame} onFrame={setFrame} frameImage={source} {...scrubber} />
    </div>
  );
}
