import { readsFormat, type FramePixels } from './yuv-to-rgb';

/** What VideoFrame (camera) and mediabunny's VideoSample (decoded file) share for reading pixels. */
export interface CopyableFrame {
  readonly format: string | null;
  readonly visibleRect: { width: number; height: number } | null;
  readonly codedWidth: number;
  readonly codedHeight: number;
  readonly colorSpace: { matrix?: string | null; fullRange?: boolean | null };
  readonly rotation?: number;
  readonly flip?: boolean;
  allocationSize(options?: VideoFrameCopyToOptions): number;
  copyTo(destination: AllowSharedBufferSource, options?: VideoFrameCopyToOptions): Promise<PlaneLayout[]>;
}

/** Reusable memory for frame copies, grown as needed. */
export class FrameScratch {
  private buffer = new ArrayBuffer(0);

  bytes(n: number): ArrayBuffer {
    if (this.buffer.byteLength < n) this.buffer = new ArrayBuffer(n);
    return this.buffer;
  }
}

/**
 * Copies a frame's visible pixels out of its (decoder or camera) buffer, so the frame can be
 * closed at once, with what toRgb needs to read them. A frame in a format toRgb does not read
 * (GPU-only, 10-bit) is converted to RGBA by the browser as it is copied.
 */
export async function copyFramePixels(frame: CopyableFrame, scratch: FrameScratch): Promise<FramePixels> {
  const format = frame.format;
  const options: VideoFrameCopyToOptions = readsFormat(format) ? {} : { format: 'RGBA' };
  const bytes = frame.allocationSize(options);
  const buffer = scratch.bytes(bytes);
  const layout = await frame.copyTo(buffer, options);
  const visible = frame.visibleRect ?? { width: frame.codedWidth, height: frame.codedHeight };
  const rotation = frame.rotation === 90 || frame.rotation === 180 || frame.rotation === 270 ? frame.rotation : 0;
  return {
    format: options.format ?? (format as VideoPixelFormat), width: visible.width, height: visible.height, layout, data: new Uint8Array(buffer, 0, bytes),
    matrix: frame.colorSpace.matrix === 'bt709' ? 'bt709' : 'bt601', fullRange: frame.colorSpace.fullRange ?? false, rotation, flip: frame.flip ?? false,
  };
}
