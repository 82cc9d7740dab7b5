import { useMemo, useState } from 'react';
import type { ClipAnalysis } from '../../shared/clip';
import { fileStem } from './clip-export';
import type { RunningReport as Report } from '../../shared/gait';
import type { PoseFrame } from '../../shared/exercise-core';
import { CaptureQualityPanel } from './report/CaptureQualityPanel';
import { SIDE_COLOUR } from './report/draw-frame';
import { ExportBar } from './report/ExportBar';
import { frameAtTime } from './report/frame-index';
import { frameOverlay } from './report/frame-overlay';
import { serialFrames } from './report/frame-source';
import { FrameScrubber, type ScrubMarker } from './report/FrameScrubber';
import { GaitCharts } from './report/GaitCharts';
import { KeyFrames, type DrawnKeyFrame } from './report/KeyFrames';
import { fixedText } from './report/metric-format';
import { ReportHeader } from './report/ReportHeader';
import { SummaryCards } from './report/SummaryCards';

export interface ClipReportProps {
  analysis: ClipAnalysis;
  /** The decoded video frame at a frame index, at source size. */
  frameImage: (frameIndex: number) => Promise<ImageBitmap>;
  onNewClip: () => void;
}

const FOOT = { left: 'Left', right: 'Right' } as const;
const EVENT = { contact: 'lands', 'toe-off': 'pushes off' } as const;

const deg = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : `${fixedText(v)}°`);
const pct = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : `${fixedText(100 * v)}% of leg length`);

/** What the frame viewer shows of a running clip: gait events on the track, each frame's angles. */
function scrubberContent(frames: readonly PoseFrame[], report: Report) {
  const pf = report.perFrame;
  const dir = report.direction.sign ?? 1;
  const markers: ScrubMarker[] = pf.events.map((e) => ({
    frame: e.frame, colour: SIDE_COLOUR[e.foot], major: e.kind === 'contact', title: `${FOOT[e.foot]} foot ${EVENT[e.kind]}`,
  }));
  const swapped = (i: number) => pf.legsSwapped[i] ?? false;
  return {
    markers,
    swapped,
    heading: (i: number) => pf.events.filter((e) => e.frame === i).map((e) => `${FOOT[e.foot]} foot ${EVENT[e.kind]}`).join(' · ') || null,
    details: (i: number): Array<[string, string]> => [
      ['Knee bend, left', deg(pf.kneeFlexionDeg.left[i])],
      ['Knee bend, right', deg(pf.kneeFlexionDeg.right[i])],
      ['Foot height, left', pct(pf.footHeight.left[i])],
      ['Foot height, right', pct(pf.footHeight.right[i])],
      ['Trunk lean', deg(pf.trunkLeanDeg[i])],
      ...(swapped(i) ? [['Legs', 'the model mixed up left and right here; corrected'] as [string, string]] : []),
    ],
    overlay: (i: number) => frameOverlay(
      frames[i]?.keypoints ?? {},
      { kneeFlexionDeg: { left: pf.kneeFlexionDeg.left[i] ?? null, right: pf.kneeFlexionDeg.right[i] ?? null }, trunkLeanDeg: pf.trunkLeanDeg[i] ?? null },
      swapped(i), dir,
    ),
  };
}

/** The report of a side-view running clip. */
export function RunningReport({ analysis, frameImage, onNewClip }: ClipReportProps) {
  const report = analysis.running;
  const [frame, setFrame] = useState(0);
  const [drawnKeyFrames, setDrawnKeyFrames] = useState<DrawnKeyFrame[] | null>(null);
  const source = useMemo(() => serialFrames(frameImage), [frameImage]);
  const scrubber = useMemo(() => (report ? scrubberContent(analysis.frames, report) : null), [analysis.frames, report]);
  const times = useMemo(() => analysis.frames.map((f) => f.t), [analysis.frames]);
  if (!report || !scrubber) return null;
  const seek = (t: number) => setFrame(frameAtTime(times, t));

  return (
    <div className="report" data-testid="running-report">
      <ReportHeader analysis={analysis} title="Running report" onNewClip={onNewClip}>
        <ExportBar analysis={analysis} keyFrames={drawnKeyFrames} />
      </ReportHeader>
      <CaptureQualityPanel report={report} />
      <SummaryCards report={report} />
      <GaitCharts perFrame={report.perFrame} cursorT={times[frame] ?? null} onSeek={seek} />
      <KeyFrames report={report} frames={analysis.frames} frameImage={source} fileStem={fileStem(analysis.source.name)} onDrawn={setDrawnKeyFrames} />
      <FrameScrubber frames={analysis.frames} frame={frame} onFrame={setFrame} frameImage={source} {...scrubber} />
    </div>
  );
}
