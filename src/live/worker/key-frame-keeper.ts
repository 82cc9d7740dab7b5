import type { KeypointMap } from '../../shared/pose';
import type { KeyFrame, RepRecord, SessionSnapshot, SetSummary } from '../../shared/exercise-core';
import { scaleKeypoints, thumbnailSize, type Thumbnail } from './thumbnail';
import { WorstRepFrame } from './worst-rep-frame';

interface Candidate {
  picture: Thumbnail;
  keypoints: KeypointMap;
  frameWidth: number;
  faultyKeypoints: string[];
}

/**
 * Keeps the key frame of a set's worst rep (chosen by WorstRepFrame) as a small JPEG with its
 * keypoints. Pixels are grabbed only from frames that become a rep's candidate.
 */
export class KeyFrameKeeper {
  private readonly picker: WorstRepFrame;
  private candidate: Candidate | null = null;
  private kept: KeyFrame | undefined;
  private encoding: Promise<void> = Promise.resolve();
  /** A new key frame was kept since the page was last sent the set. */
  changed = false;

  /** `earlier`: the key frame of the part of the set done before a reload or a restart. */
  constructor(earlier?: KeyFrame) {
    this.kept = earlier;
    this.picker = new WorstRepFrame(earlier?.faults.length ?? 0);
  }

  /**
   * After each scored frame; `grab` is called only when the frame becomes the rep's candidate. A
   * picture that cannot be made costs the set its key frame, never the frame's scoring.
   */
  frame(snapshot: SessionSnapshot, keypoints: KeypointMap, frameWidth: number, grab: () => Thumbnail): void {
    if (snapshot.state !== 'exercising' || !this.picker.offer(snapshot.faults.length)) return;
    try {
      this.candidate = { picture: grab(), keypoints, frameWidth, faultyKeypoints: [...snapshot.faultyKeypoints] };
    } catch (err) {
      this.candidate = null;
      console.warn('No picture of this frame for the key frame:', err);
    }
  }

  /** Rep records that have just closed, in order. */
  closed(reps: readonly RepRecord[]): void {
    for (const rep of reps) {
      const candidate = this.candidate;
      if (this.picker.closed(rep, candidate !== null) && candidate) {
        this.encoding = this.encoding
          .then(() => encode(candidate, rep))
          .then((k) => {
            this.kept = k;
            this.changed = true;
          }, (err: unknown) => {
            this.picker.lost(rep.faults.length);
            console.warn('The key frame could not be kept:', err);
          });
      }
      this.candidate = null;
    }
  }

  /** The summary with the key frame kept so far. */
  attach(summary: SetSummary): SetSummary {
    this.changed = false;
    return this.kept ? { ...summary, keyFrame: this.kept } : summary;
  }

  /** Waits for a picture still being made. */
  settled(): Promise<void> {
    return this.encoding;
  }
}

/** A picture of an ImageBitmap frame (the <video> fallback feed and the main-thread runner). */
export function bitmapThumbnail(bitmap: ImageBitmap): Thumbnail {
  const { width, height } = thumbnailSize(bitmap.width, bitmap.height);
  const ctx = new OffscreenCanvas(width, height).getContext('2d');
  if (!ctx) throw new Error('No 2D canvas for the key frame.');
  ctx.drawImage(bitmap, 0, 0, width, height);
  return { rgba: ctx.getImageData(0, 0, width, height).data, width, height };
}

async function encode(c: Candidate, rep: RepRecord): Promise<KeyFrame> {
  const { width, height } = c.picture;
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas for the key frame.');
  ctx.putImageData(new ImageData(new Uint8ClampedArray(c.picture.rgba), width, height), 0, 0);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
  return {
    repIndex: rep.index,
    faults: [...rep.faults],
    image: await dataUrl(blob),
    width,
    height,
    keypoints: scaleKeypoints(c.keypoints, c.frameWidth, width),
    faultyKeypoints: c.faultyKeypoints,
  };
}

async function dataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${blob.type};base64,${btoa(text)}`;
}
