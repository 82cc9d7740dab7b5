import { useEffect, useMemo, useRef, useState } from 'react';
import type { RunningReport } from '../../../shared/gait';
import type { PoseFrame } from '../../../shared/exercise-core';
import { downloadCanvas } from './download';
import { drawFrame } from './draw-frame';
import { bodyBox, contactOverlay, cropAround, toeOffOverlay } from './frame-overlay';
import type { FrameImage } from './frame-source';
import { keyFrames, type KeyFrame } from './key-steps';
import { fixedText } from './metric-format';

const KEY_FRAME_HEIGHT = 720;

const keyFrameCaption = (k: KeyFrame, frames: readonly PoseFrame[]): string =>
  `${k.foot === 'left' ? 'Left' : 'Right'} foot, ${k.kind === 'contact' ? 'landing' : 'push-off'} at ${fixedText(frames[k.frame]?.t ?? 0, 2)} s`;

export interface DrawnKeyFrame {
  keyFrame: KeyFrame;
  canvas: HTMLCanvasElement;
}

interface Props {
  report: RunningReport;
  frames: readonly PoseFrame[];
  frameImage: FrameImage;
  fileStem: string;
  /** Called once every key frame is drawn, for the export of all of them in one image. */
  onDrawn: (drawn: DrawnKeyFrame[]) => void;
}

/** A typical landing and push-off of each foot, with the skeleton and the step's angles drawn on the video frame. */
export function KeyFrames({ report, frames, frameImage, fileStem, onDrawn }: Props) {
  const list = useMemo(() => keyFrames(report.steps), [report.steps]);
  const canvases = useRef(new Map<string, HTMLCanvasElement>());
  const [missingImages, setMissingImages] = useState(false);
  const onDrawnRef = useRef(onDrawn);
  onDrawnRef.current = onDrawn;

  useEffect(() => {
    let cancelled = false;
    const dir = report.direction.sign ?? 1;
    void (async () => {
      for (const k of list) {
        const frame = frames[k.frame];
        if (!frame) continue;
        const image = await frameImage(k.frame).catch(() => null);
        const canvas = canvases.current.get(k.id);
        if (cancelled || !canvas) {
          image?.close();
          return;
        }
        if (!image) setMissingImages(true);
        drawFrame(canvas, {
          image, frame,
          swapped: report.perFrame.legsSwapped[k.frame] ?? false,
          overlay: k.kind === 'contact' ? contactOverlay(frame.keypoints, k.step, dir) : toeOffOverlay(frame.keypoints, k.step, dir),
          crop: cropAround(bodyBox(frame.keypoints), frame.width, frame.height),
          caption: keyFrameCaption(k, frames),
        }, KEY_FRAME_HEIGHT);
        image?.close();
      }
      if (!cancelled) onDrawnRef.current(list.flatMap((keyFrame) => {
        const canvas = canvases.current.get(keyFrame.id);
        return canvas ? [{ keyFrame, canvas }] : [];
      }));
    })();
    return () => {
      cancelled = true;
    };
  }, [list, frames, frameImage, report]);

  if (!list.length) return null;
  return (
    <section className="report-section" aria-labelledby="report-key-frames-title">
      <h2 id="report-key-frames-title">Key frames</h2>
      <p className="report-hint">
        A typical step of each foot, as it lands and as it pushes off. The dashed line drops straight down from the hips: the
        further ahead of it the foot lands, the more the stride reaches out.
      </p>
      {missingImages && <p className="report-note">Some video frames could not be decoded again; the skeleton is drawn on a plain background.</p>}
      <div className="report-key-frames">
        {list.map((k) => (
          <figure key={k.id} className="report-key-frame">
            <canvas
              ref={(c) => { if (c) canvases.current.set(k.id, c); else canvases.current.delete(k.id); }}
              data-testid="key-frame"
              role="img"
              aria-label={keyFrameCaption(k, frames)}
            />
            <figcaption>
              <span>{keyFrameCaption(k, frames)}</span>
              <button type="button" aria-label={`Download as PNG: ${keyFrameCaption(k, frames)}`} onClick={() => {
                const c = canvases.current.get(k.id);
                if (c) void downloadCanvas(c, `${fileStem}-${k.id}.png`);
              }}>PNG</button>
            </figcaption>
          </figure>
        ))}
      </div>
    </section>
  );
}
