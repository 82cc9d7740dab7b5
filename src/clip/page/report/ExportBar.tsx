import { useState } from 'react';
import type { ClipAnalysis } from '../../../shared/clip';
import { analysisJson, fileStem, framesCsv, stepsCsv } from '../clip-export';
import { downloadCanvas, downloadText } from './download';
import type { DrawnKeyFrame } from './KeyFrames';

const SHEET_CELL_HEIGHT = 720;
const GAP = 16;

/** All key frames on one image: a row per foot, landing then push-off. */
function keyFrameSheet(drawn: readonly DrawnKeyFrame[]): HTMLCanvasElement {
  const rows = (['left', 'right'] as const)
    .map((foot) => drawn.filter((d) => d.keyFrame.foot === foot))
    .filter((r) => r.length > 0);
  const cellWidth = (c: HTMLCanvasElement) => Math.round((c.width * SHEET_CELL_HEIGHT) / c.height);
  const width = Math.max(...rows.map((r) => r.reduce((w, d) => w + cellWidth(d.canvas) + GAP, GAP)));
  const sheet = document.createElement('canvas');
  sheet.width = width;
  sheet.height = rows.length * (SHEET_CELL_HEIGHT + GAP) + GAP;
  const ctx = sheet.getContext('2d')!;
  ctx.fillStyle = '#0d1117';
  ctx.fillRect(0, 0, sheet.width, sheet.height);
  rows.forEach((row, r) => {
    let x = GAP;
    for (const d of row) {
      ctx.drawImage(d.canvas, x, GAP + r * (SHEET_CELL_HEIGHT + GAP), cellWidth(d.canvas), SHEET_CELL_HEIGHT);
      x += cellWidth(d.canvas) + GAP;
    }
  });
  return sheet;
}

interface Props {
  analysis: ClipAnalysis;
  /** Drawn key frames (running only); the PNG button waits for them. */
  keyFrames?: readonly DrawnKeyFrame[] | null;
}

/** Download buttons: the summary as JSON, every frame's keypoints and angles as CSV, the steps as CSV, the key frames as PNG. */
export function ExportBar({ analysis, keyFrames }: Props) {
  const stem = fileStem(analysis.source.name);
  const [error, setError] = useState<string | null>(null);
  const running = analysis.running !== null;
  return (
    <div className="report-exports" role="group" aria-label="Download the results">
      <span className="report-exports-label">Download</span>
      <button type="button" data-testid="export-json" onClick={() => downloadText(analysisJson(analysis), 'application/json', `${stem}-summary.json`)}>
        Summary (JSON)
      </button>
      <button type="button" data-testid="export-frames-csv" onClick={() => downloadText(framesCsv(analysis), 'text/csv', `${stem}-frames.csv`)}>
        Frames (CSV)
      </button>
      {running && (
        <button type="button" data-testid="export-steps-csv" onClick={() => downloadText(stepsCsv(analysis), 'text/csv', `${stem}-steps.csv`)}>
          Steps (CSV)
        </button>
      )}
      {running && (
        <button
          type="button" data-testid="export-png" disabled={!keyFrames?.length}
          title={keyFrames?.length ? undefined : 'The key frames are still being drawn'}
          onClick={() => {
            if (!keyFrames?.length) return;
            setError(null);
            downloadCanvas(keyFrameSheet(keyFrames), `${stem}-key-frames.png`).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
          }}
        >
          Key frames (PNG)
        </button>
      )}
      {error && <span className="report-note" role="alert">{error}</span>}
    </div>
  );
}
