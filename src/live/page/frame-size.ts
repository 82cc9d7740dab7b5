/**
 * Frames go to the model at most this size (long side). The models work at 192-256 px, so a 720p
 * frame only costs more: copying it and resizing it in the model (74 vs 100 ms per Lightning
 * inference at 360p vs 720p on a 2-core laptop). Keypoints come back in the smaller frame's pixels;
 * the skeleton is drawn against its size and every metric is a ratio of body lengths.
 */
export const MAX_FRAME_SIDE = 640;

/** createImageBitmap options that bring a width x height frame down to MAX_FRAME_SIDE. */
export function analysisSize(width: number, height: number): ImageBitmapOptions {
  const scale = MAX_FRAME_SIDE / Math.max(width, height);
  if (!(scale < 1)) return {};
  return { resizeWidth: Math.round(width * scale), resizeHeight: Math.round(height * scale), resizeQuality: 'medium' };
}
