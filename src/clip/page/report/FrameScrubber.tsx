import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { PoseFrame } from '../../../shared/exercise-core';
import { drawFrame } from './draw-frame';
import { clipCrop, type Overlay } from './frame-overlay';
import { useLatestFrame, type FrameImage } from './frame-source';
import { fixedText } from './metric-format';

export interface ScrubMarker {
  frame: number;
  /** CSS colour of the tick. */
  colour: string;
  /** Tall ticks for the main events (contacts, rep starts), short for the others. */
  major: boolean;
  title: string;
}

interface Props {
  frames: readonly PoseFrame[];
  frame: number;
  onFrame: (i: number) => void;
  frameImage: FrameImage;
  markers: readonly ScrubMarker[];
  overlay: (i: number) => Overlay;
  swapped: (i: number) => boolean;
  /** What the panel beside the picture lists for a frame: [label, value] rows. */
  details: (i: number) => ReadonlyArray<readonly [string, string]>;
  /** Shown above the rows, e.g. which gait event happens at the frame. */
  heading?: (i: number) => string | null;
}

const VIEW_HEIGHT = 720;
const PAGE_FRAMES = 10;

/** Steps through the clip frame by frame: the picture with the skeleton and the frame's angles. */
export function FrameScrubber({ frames, frame, onFrame, frameImage, markers, overlay, swapped, details, heading }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const crop = useMemo(() => clipCrop(frames), [frames]);
  const latest = useLatestFrame(frameImage, frame);
  const last = frames.length - 1;
  const go = (i: number) => onFrame(Math.max(0, Math.min(last, i)));

  useEffect(() => {
    const f = frames[frame];
    if (!canvas.current || !f) return;
    // While the new picture is decoding, the skeleton moves on over the previous one.
    drawFrame(canvas.current, { image: latest.bitmap, frame: f, swapped: swapped(frame), overlay: overlay(frame), crop }, VIEW_HEIGHT);
  }, [frames, frame, latest.bitmap, crop, overlay, swapped]);

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target instanceof HTMLInputElement) return; // the range input handles its own arrows
    const step = e.shiftKey ? PAGE_FRAMES : 1;
    if (e.key === 'ArrowLeft') go(frame - step);
    else if (e.key === 'ArrowRight') go(frame + step);
    else return;
    e.preventDefault();
  };

  const f = frames[frame];
  const title = heading?.(frame) ?? null;
  return (
    <section className="report-section" aria-labelledby="report-scrubber-title">
      <h2 id="report-scrubber-title">Frame by frame</h2>
      <div className="report-scrubber" onKeyDown={onKey}>
        <div className="report-scrubber-view" tabIndex={0}>
          <canvas ref={canvas} className="report-scrubber-canvas" role="img" aria-label={`Frame ${frame + 1} with the skeleton drawn on it`} />
          {latest.failed && <p className="report-note">This video frame could not be decoded; the skeleton is shown without it.</p>}
        </div>
        <div className="report-scrubber-side">
          <p className="report-frame-time">
            Frame {frame + 1} of {frames.length} · {fixedText(f?.t ?? 0, 2)} s
          </p>
          {title && <p className="report-frame-event">{title}</p>}
          <dl className="report-frame-details">
            {details(frame).map(([k, v]) => <div key={k}><dt>{k}</dt><dd>{v}</dd></div>)}
          </dl>
        </div>
        <div className="report-scrubber-controls">
          <button type="button" onClick={() => go(frame - 1)} disabled={frame <= 0} aria-label="Previous frame">◀</button>
          <div className="report-track">
            <div className="report-ticks" aria-hidden="true">
              {markers.map((m) => (
                <span
                  key={`${m.frame}-${m.title}`}
                  className={`report-tick${m.major ? ' report-tick-major' : ''}`}
                  style={{ left: `${last > 0 ? (100 * m.frame) / last : 0}%`, background: m.colour }}
                  title={m.title}
                />
              ))}
            </div>
            <input
              type="range" min={0} max={Math.max(0, last)} step={1} value={frame}
              onChange={(e) => go(Number(e.target.value))}
              aria-label="Frame"
              aria-valuetext={`Frame ${frame + 1} of ${frames.length}, ${fixedText(f?.t ?? 0, 2)} seconds`}
              data-testid="scrubber"
            />
          </div>
          <button type="button" onClick={() => go(frame + 1)} disabled={frame >= last} aria-label="Next frame">▶</button>
        </div>
        <p className="report-hint report-scrubber-hint">Arrow keys step one frame, with Shift ten.</p>
      </div>
    </section>
  );
}
