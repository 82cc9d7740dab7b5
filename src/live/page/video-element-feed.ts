import { analysisSize } from './frame-size';
import type { FrameMeta, FrameResult } from '../contract';

export interface FeedStats {
  /** Frames the camera presented while the feed ran. */
  offered: number;
  processed: number;
  /** Replaced by a newer frame while one was in flight, or never seen because the page was busy. */
  dropped: number;
}

export interface FeedTiming {
  /** From the moment the frame was presented to the result arriving. */
  latencyMs: number;
  /** Converting the frame for the model, where the worker does it (the camera-track feed). */
  prepMs?: number;
}

/** Camera frames to the pose engine and results back, whichever way the frames travel. */
export interface LiveFeed {
  /** 'track': the page reads the camera track into the shared frame exchange; 'video': frames grabbed from the <video> element. */
  readonly kind: 'track' | 'video';
  readonly stats: FeedStats;
  /** Between start() and stop(). */
  readonly running: boolean;
  start(): void;
  stop(): void;
  /** After stop(): resolves once the frame still in flight, if any, has come back. */
  whenIdle(): Promise<void>;
}

/**
 * Frames the <video> presented since the last callback: its running count (presentedFrames)
 * includes frames whose callback a busy main thread missed. 1 for the first callback.
 */
export const framesSince = (last: number | null, presentedFrames: number | undefined): number =>
  presentedFrames === undefined || last === null ? 1 : Math.max(1, presentedFrames - last);

type Process = (frame: ImageBitmap, meta: FrameMeta) => Promise<FrameResult>;

type VideoWithFrameCallback = HTMLVideoElement & {
  requestVideoFrameCallback?: (cb: (now: number, metadata: { presentedFrames: number }) => void) => number;
  cancelVideoFrameCallback?: (handle: number) => void;
};

/**
 * Sends camera frames from the <video> element to the pose engine (where the browser cannot give
 * the page the camera track's frames, and for the main-thread baseline), latest frame wins: at most one frame in flight, a frame that
 * arrives meanwhile waits and is replaced (and counted as dropped) by a newer one, and the waiting
 * frame goes as soon as the previous result is back.
 */
export class VideoElementFeed implements LiveFeed {
  readonly kind = 'video';
  readonly stats: FeedStats = { offered: 0, processed: 0, dropped: 0 };
  private inFlight = false;
  private waitingSince: number | null = null;
  private isRunning = false;
  private handle = 0;
  private lastVideoTime = -1;
  private lastPresentedFrames: number | null = null;
  private sending: Promise<void> = Promise.resolve();

  constructor(
    private readonly video: VideoWithFrameCallback,
    private readonly process: Process,
    private readonly onResult: (result: FrameResult, timing: FeedTiming) => void,
    private readonly onError: (err: unknown) => void,
  ) {}

  get running(): boolean {
    return this.isRunning;
  }

  start(): void {
    if (this.isRunning) return;
    this.isRunning = true;
    this.schedule();
  }

  stop(): void {
    this.isRunning = false;
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
    if (!this.isRunning) return;
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

  private onFrame(presentedAt: number, presentedFrames?: number): void {
    if (!this.isRunning) return;
    const arrived = framesSince(this.lastPresentedFrames, presentedFrames);
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
      if (this.isRunning) this.onResult(result, { latencyMs: performance.now() - presentedAt });
    } catch (err) {
      if (this.isRunning) this.onError(err);
    } finally {
      this.inFlight = false;
      const next = this.waitingSince;
      this.waitingSince = null;
      if (next !== null && this.isRunning) this.sending = this.send(next);
    }
  }
}
