/** Access to decoded video frames for the report, one request at a time. */
import { useEffect, useRef, useState } from 'react';

export type FrameImage = (frameIndex: number) => Promise<ImageBitmap>;

/**
 * Queues requests so only one decode runs at a time: the worker seeks the decoder for each frame,
 * and the key frames and the scrubber asking at once would only slow each other down.
 */
export function serialFrames(frameImage: FrameImage): FrameImage {
  let queue: Promise<unknown> = Promise.resolve();
  return (i) => {
    const next = queue.then(() => frameImage(i));
    queue = next.catch(() => undefined);
    return next;
  };
}

export interface LatestFrame {
  bitmap: ImageBitmap | null;
  /** The frame index the bitmap shows. */
  index: number | null;
  failed: boolean;
}

/**
 * The image of the wanted frame, skipping frames asked for while a decode was running: dragging
 * the scrubber asks for dozens of frames a second and only the last one matters.
 */
export function useLatestFrame(source: FrameImage, wanted: number): LatestFrame {
  const [latest, setLatest] = useState<LatestFrame>({ bitmap: null, index: null, failed: false });
  const wantedRef = useRef(wanted);
  wantedRef.current = wanted;
  const busy = useRef(false);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  // A bitmap is released once a newer one is on screen (or the view is gone), never while drawn.
  useEffect(() => {
    const bitmap = latest.bitmap;
    return () => bitmap?.close();
  }, [latest.bitmap]);

  useEffect(() => {
    if (busy.current) return;
    busy.current = true;
    void (async () => {
      for (;;) {
        const i = wantedRef.current;
        try {
          const bitmap = await source(i);
          if (!alive.current) {
            bitmap.close();
            break;
          }
          setLatest({ bitmap, index: i, failed: false });
        } catch {
          if (!alive.current) break;
          setLatest((l) => ({ ...l, failed: true }));
        }
        if (wantedRef.current === i) break;
      }
      busy.current = false;
    })();
  }, [source, wanted]);

  return latest;
}
