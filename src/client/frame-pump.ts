import * as Comlink from 'comlink';
import type { FrameMeta, FrameResult } from '../worker/pose-worker-api';

export interface PumpStats {
  offered: number;
  processed: number;
  dropped: number;
}

export interface PumpTiming {
  /** From the moment the frame was presented to the result arriving. */
  latencyMs: number;
}

type Process = (frame: ImageBitmap, meta: FrameMeta) => Promise<FrameResult>;

type VideoWithFrameCallback = HTMLVideoElement & {
  requestVideoFrameCallback?: (cb: (now: number) => void) => number;
  cancelVideoFrameCallback?: (handle: number) => void;
};

/**
 * Sends camera frames to the worker, latest frame wins: at most one frame in flight, a frame that
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
    if (this.video.cancelVideoFrameCallback) this.video.cancelVideoFrameCallback(this.handle);
    else cancelAnimationFrame(this.handle);
    this.waitingSince = null;
  }

  private schedule(): void {
    if (!this.running) return;
    if (this.video.requestVideoFrameCallback) {
      this.handle = this.video.requestVideoFrameCallback((now) => this.onFrame(now));
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

  private onFrame(presentedAt: number): void {
    if (!this.running) return;
    this.stats.offered++;
    if (this.inFlight) {
      if (this.waitingSince !== null) this.stats.dropped++;
      this.waitingSince = presentedAt;
    } else {
      void this.send(presentedAt);
    }
    this.schedule();
  }

  private async send(presentedAt: number): Promise<void> {
    this.inFlight = true;
    try {
      if (this.video.readyState < 2) return;
      const bitmap = await createImageBitmap(this.video);
      const result = await this.process(Comlink.transfer(bitmap, [bitmap]), { t: presentedAt / 1000 });
      this.stats.processed++;
      if (this.running) this.onResult(result, { latencyMs: performance.now() - presentedAt });
    } catch (err) {
      if (this.running) this.onError(err);
    } finally {
      this.inFlight = false;
      const next = this.waitingSince;
      this.waitingSince = null;
      if (next !== null && this.running) void this.send(next);
    }
  }
}
