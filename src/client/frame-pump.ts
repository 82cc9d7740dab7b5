import type { FrameMeta, FrameResult } from '../worker/pose-worker-api';

export interface PumpStats {
  /** Frames the camera presented while the pump ran. */
  offered: number;
  processed: number;
  /** Replaced by a newer frame while one was in flight, or never seen because the page was busy. */
  dropped: number;
}

export interface PumpTiming {
  /** From the moment the frame was presented to the result arriving. */
  latencyMs: number;
}

/**
 * Frames go to the model at most this size (long side). The models work at 192-256 px, so a 720p
 * frame only costs more: copying it here and resizing it in the model (74 vs 100 ms per Lightning
 * inference at 360p vs 720p on a 2-core laptop). Keypoints come back in the smaller frame's pixels;
 * the skeleton is drawn against its size and every metric is a ratio of body lengths.
 */
export const MAX_FRAME_SIDE = 640;

export function analysisSize(width: number, height: number): ImageBitmapOptions {
  const scale = MAX_FRAME_SIDE / Math.max(width, height);
  if (!(scale < 1)) return {};
  return { resizeWidth: Math.round(width * scale), resizeHeight: Math.round(height * scale), resizeQuality: 'medium' };
}

type Process = (frame: ImageBitmap, meta: FrameMeta) => Promise<FrameResult>;

type VideoWithFrameCallback = HTMLVideoElement & {
  requestVideoFrameCallback?: (cb: (now: number, metadata: { presentedFrames: number }) => void) => number;
  cancelVideoFrameCallback?: (handle: number) => void;
};

/**
 * Sends camera frames to the pose engine, latest frame wins: at most one frame in flight, a frame that
 * arrives meanwhile waits and is replaced (and counted as dropped) by a newer one, and the waiting
 * frame goes as soon as the previous result is back.
 */
export class FramePump {
  readonly stats: PumpStats = { offered: 0, processed: 0, dropped: 0 };
  private inFlight = false;
  private waitingSince: number | null = null;
  private running = false;
  private handle = 0;
  private lastVideoTime = -1;
  private lastPresentedFrames: number | null = null;
  private sending: Promise<void> = Promise.resolve();

  constructor(
    private readonly video: VideoWithFrameCallback,
    private readonly process: Process,
    private readonly onResult: (result: FrameResult, timing: PumpTiming) => void,
    private readonly onError: (err: unknown) => void,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule();
  }

  stop(): void {
    this.running = false;
    this.lastPresentedFrames = null;
    if (this.video.cancelVideoFrameCallback) this.video.cancelVideoFrameCallback(this.handle);
    else cancelAnimationFrame(this.handle);
    this.waitingSince = null;
  }

  /** After stop(): resolves once the frame still in flight, if any, has come back. */
  whenIdle(): Promise<void> {
    return this.sending;
  }

  private schedule(): void {
    if (!this.running) return;
    if (this.video.requestVideoFrameCallback) {
      this.handle = this.video.requestVideoFrameCallback((now, metadata) => this.onFrame(now, metadata.presentedFrames));
    } else {
      this.handle = requestAnimationFrame((now) => {
        if (this.video.currentTime !== this.lastVideoTime) {
          this.lastVideoTime = this.video.currentTime;
          this.onFrame(now);
        } else {
          this.schedule();
        }
      });
    }
  }

  /** presentedFrames (the video's running frame count) reveals frames whose callback a busy main thread missed. */
  private onFrame(presentedAt: number, presentedFrames?: number): void {
    if (!this.running) return;
    const arrived = presentedFrames === undefined || this.lastPresentedFrames === null ? 1 : Math.max(1, presentedFrames - this.lastPresentedFrames);
    this.lastPresentedFrames = presentedFrames ?? null;
    this.stats.offered += arrived;
    this.stats.dropped += arrived - 1;
    if (this.inFlight) {
      if (this.waitingSince !== null) this.stats.dropped++;
      this.waitingSince = presentedAt;
    } else {
      this.sending = this.send(presentedAt);
    }
    this.schedule();
  }

  private async send(presentedAt: number): Promise<void> {
    this.inFlight = true;
    try {
      if (this.video.readyState < 2) return;
      const bitmap = await createImageBitmap(this.video, analysisSize(this.video.videoWidth, this.video.videoHeight));
      const result = await this.process(bitmap, { t: presentedAt / 1000 });
      this.stats.processed++;
      if (this.running) this.onResult(result, { latencyMs: performance.now() - presentedAt });
    } catch (err) {
      if (this.running) this.onError(err);
    } finally {
      this.inFlight = false;
      const next = this.waitingSince;
      this.waitingSince = null;
      if (next !== null && this.running) this.sending = this.send(next);
    }
  }
}
