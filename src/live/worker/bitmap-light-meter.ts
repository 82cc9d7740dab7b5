import { LightMeter, meanLuma } from './light-level';

/** The frame is read back from a copy this small: plenty for a mean, and cheap (about 5 KB). */
const WIDTH = 48;
const HEIGHT = 27;
/** The meter's verdict needs 2 s to change, so a few readings a second are plenty. */
const READ_EVERY_S = 0.25;

/**
 * The light meter for frames that arrive as bitmaps (the <video> fallback feed), where no RGB copy
 * is at hand: each reading draws the frame into a tiny canvas and reads that back.
 */
export class BitmapLightMeter {
  /** Null once it is known that no 2D OffscreenCanvas can be had (or reading one failed). */
  private context: OffscreenCanvasRenderingContext2D | null | undefined;
  private lastReadT = -Infinity;
  private dark = false;

  constructor(private readonly meter: LightMeter) {}

  /** Whether the picture counts as too dark at t (seconds); undefined where it cannot be read. */
  update(bitmap: ImageBitmap, t: number): boolean | undefined {
    if (t - this.lastReadT < READ_EVERY_S && t >= this.lastReadT) return this.context ? this.dark : undefined;
    if (this.context === undefined) {
      this.context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(WIDTH, HEIGHT).getContext('2d', { willReadFrequently: true });
    }
    if (!this.context) return undefined;
    try {
      this.context.drawImage(bitmap, 0, 0, WIDTH, HEIGHT);
      const luma = meanLuma(this.context.getImageData(0, 0, WIDTH, HEIGHT).data, WIDTH, HEIGHT, { channels: 4, step: 1 });
      this.lastReadT = t;
      this.dark = this.meter.update(t, luma);
      return this.dark;
    } catch (err) {
      console.warn('The light level cannot be read from these frames:', err);
      this.context = null;
      return undefined;
    }
  }
}
