/**
 * How bright the camera picture is, from the RGB frame the model gets, and whether the room is too
 * dark for reliable tracking. Measured on the shared clips (Rec. 601 luma, 0-255): the dark living
 * room of squat_front_dark_rjsong averages 45-50, every other clip 100 or more. Pose models lose
 * joints in such light well before they lose the person, so the warning comes early.
 */
export const DARK_BELOW = 70;
/** The warning clears only above this, so a level near the line does not make it flicker. */
export const LIGHT_ABOVE = 80;
/** Seconds the level must stay on the other side before the verdict changes. */
export const LIGHT_SETTLE_S = 2;

/** Every STEP-th pixel of every STEP-th row: a 640x360 frame is read in about 1,400 samples. */
const STEP = 13;

/**
 * Mean luma (0-255) of a frame, tightly packed, `channels` values a pixel (3 for RGB, 4 for
 * RGBA image data), read at every `step`-th pixel of every `step`-th row.
 */
export function meanLuma(pixels: ArrayLike<number>, width: number, height: number, { channels = 3, step = STEP } = {}): number {
  let sum = 0, n = 0;
  for (let y = step >> 1; y < height; y += step) {
    for (let x = step >> 1; x < width; x += step) {
      const i = (y * width + x) * channels;
      sum += 0.299 * (pixels[i] ?? 0) + 0.587 * (pixels[i + 1] ?? 0) + 0.114 * (pixels[i + 2] ?? 0);
      n++;
    }
  }
  return n ? sum / n : 0;
}

/** Dark or not, with hysteresis and a settling time. */
export class LightMeter {
  private dark = false;
  private crossedAt: number | null = null;

  /** t in seconds; returns whether the picture counts as too dark now. */
  update(t: number, luma: number): boolean {
    const crossing = this.dark ? luma > LIGHT_ABOVE : luma < DARK_BELOW;
    if (!crossing) this.crossedAt = null;
    else if (this.crossedAt === null) this.crossedAt = t;
    else if (t - this.crossedAt >= LIGHT_SETTLE_S) {
      this.dark = !this.dark;
      this.crossedAt = null;
    }
    return this.dark;
  }

  reset(): void {
    this.dark = false;
    this.crossedAt = null;
  }
}
