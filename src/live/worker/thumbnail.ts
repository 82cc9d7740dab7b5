/** Small pictures of camera frames (a set's key frame), made from the RGB the model was given. */
import type { KeypointMap } from '../../shared/pose';

export interface Thumbnail {
  /** RGBA, as ImageData holds it. */
  rgba: Uint8ClampedArray;
  width: number;
  height: number;
}

/** Long side of a key frame: enough to see the body's shape, about 20 kB as a JPEG. */
export const THUMBNAIL_SIDE = 320;

/** The size a width x height frame is brought down to (never up). */
export function thumbnailSize(width: number, height: number, side = THUMBNAIL_SIDE): { width: number; height: number } {
  const scale = Math.min(1, side / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Packed RGB (one value a channel, 0-255) brought down by averaging the pixels each output pixel covers. */
export function rgbThumbnail(rgb: ArrayLike<number>, width: number, height: number, side = THUMBNAIL_SIDE): Thumbnail {
  const out = thumbnailSize(width, height, side);
  const rgba = new Uint8ClampedArray(out.width * out.height * 4);
  for (let oy = 0; oy < out.height; oy++) {
    const y0 = Math.floor((oy * height) / out.height), y1 = Math.max(y0 + 1, Math.floor(((oy + 1) * height) / out.height));
    for (let ox = 0; ox < out.width; ox++) {
      const x0 = Math.floor((ox * width) / out.width), x1 = Math.max(x0 + 1, Math.floor(((ox + 1) * width) / out.width));
      let r = 0, g = 0, b = 0;
      for (let y = y0; y < y1; y++) {
        for (let x = x0; x < x1; x++) {
          const i = (y * width + x) * 3;
          r += rgb[i]!;
          g += rgb[i + 1]!;
          b += rgb[i + 2]!;
        }
      }
      const n = (y1 - y0) * (x1 - x0), o = (oy * out.width + ox) * 4;
      rgba[o] = r / n;
      rgba[o + 1] = g / n;
      rgba[o + 2] = b / n;
      rgba[o + 3] = 255;
    }
  }
  return { rgba, ...out };
}

/** Keypoints of a width-wide frame in the pixels of a picture toWidth wide. */
export function scaleKeypoints(keypoints: KeypointMap, width: number, toWidth: number): KeypointMap {
  const s = toWidth / width;
  return Object.fromEntries(Object.entries(keypoints).map(([name, k]) => [name, { ...k, x: k.x * s, y: k.y * s }]));
}
