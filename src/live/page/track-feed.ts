import { CaptureClock } from './capture-clock';
import { FrameExchange, copyFramePixels, FrameScratch, toRgb } from '../../shared/frames';
import { analysisSize, MAX_FRAME_SIDE } from './frame-size';
import type { FeedResult, PoseEngineApi } from '../contract';
import { framesSince, type LiveFeed, type FeedStats, type FeedTiming } from './video-element-feed';

type VideoWithFrameCallback = HTMLVideoElement & {
  requestVideoFrameCallback(cb: (now: number, metadata: { presentedFrames: number }) => void): number;
  cancelVideoFrameCallback(handle: number): void;
};

/**
 * Where the browser can hand a camera track's frames to a worker: Chromium's
 * MediaStreamTrackProcessor, and shared memory (cross-origin isolation) to hand them over in.
 */
export function canFeedTrackToWorker(): boolean {
  return typeof MediaStreamTrackProcessor !== 'undefined' && globalThis.crossOriginIsolated && typeof Atomics.waitAsync === 'function'
    && 'requestVideoFrameCallback' in HTMLVideoElement.prototype;
}

/**
 * Converts every frame the track delivers to RGB at model size straight into the exchange, and
 * gives the camera its buffer back at once (a camera has only a few: frames held until the worker
 * is free starve it, and it skips the frames that would have been freshest). Ends quietly when the
 * feed is stopped; a frame it cannot read is an error.
 */
async function forwardFrames(reader: ReadableStreamDefaultReader<VideoFrame>, exchange: FrameExchange): Promise<void> {
  const clock = new CaptureClock();
  const scratch = new FrameScratch();
  try {
    for (;;) {
      const { value: frame, done } = await reader.read();
      if (done || exchange.closed) {
        frame?.close();
        return;
      }
      const { timestamp, displayWidth, displayHeight } = frame;
      const start = performance.now();
      let pixels;
      try {
        clock.arrived(timestamp, start);
        pixels = await copyFramePixels(frame, scratch);
      } finally {
        frame.close();
      }
      const size = analysisSize(displayWidth, displayHeight);
      const width = size.resizeWidth ?? displayWidth, height = size.resizeHeight ?? displayHeight;
      toRgb(pixels, width, height, exchange.backBuffer(width, height));
      exchange.publish({ t: timestamp / 1e6, availableAt: performance.timeOrigin + clock.availableAt(timestamp), width, height, prepMs: performance.now() - start });
    }
  } catch (err) {
    // A stopped feed cancels the stream; a lost camera is reported by the track's 'ended' event.
    if (exchange.closed) return;
    throw new Error(`The camera's frames could not be read: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * Camera frames go to the pose worker through shared memory, newest frame wins: the main thread
 * reads the camera track (MediaStreamTrackProcessor) and converts each frame to RGB at model size
 * into the exchange (3-4 ms for 720p, beside the inference rather than before it); the worker runs
 * the model on the newest frame each time it is free, so a fresh frame is always waiting when an
 * inference ends. Otherwise the main thread only receives results and counts the frames the
 * <video> presents (the offered/dropped figures).
 */
export class TrackFeed implements LiveFeed {
  readonly kind = 'track';
  private offered = 0;
  private processed = 0;
  private isRunning = false;
  private handle = 0;
  private lastPresentedFrames: number | null = null;
  private exchange: FrameExchange | null = null;
  private done: Promise<void> = Promise.resolve();
  /** Stops this feed's clone of the camera track and its reader. */
  private release = () => {};

  constructor(
    private readonly video: VideoWithFrameCallback,
    private readonly track: MediaStreamVideoTrack,
    private readonly api: Pick<PoseEngineApi, 'runFeed' | 'stopFeed'>,
    private readonly onResult: (result: FeedResult, timing: FeedTiming) => void,
    private readonly onError: (err: unknown) => void,
  ) {}

  get running(): boolean {
    return this.isRunning;
  }

  get stats(): FeedStats {
    return { offered: this.offered, processed: this.processed, dropped: Math.max(0, this.offered - this.processed) };
  }

  start(): void {
    if (this.isRunning) return;
    this.isRunning = true;
    this.open();
    this.countFrames();
  }

  private open(): void {
    const exchange = FrameExchange.create(MAX_FRAME_SIDE * MAX_FRAME_SIDE);
    this.exchange = exchange;
    // A clone, so ending this feed (its stream is cancelled) never stops the camera the page shows.
    const clone = this.track.clone();
    const reader = new MediaStreamTrackProcessor({ track: clone, maxBufferSize: 1 }).readable.getReader();
    const release = () => {
      void reader.cancel().catch(() => {});
      clone.stop();
    };
    this.release = release;
    forwardFrames(reader, exchange)
      .catch((err: unknown) => this.isRunning && this.onError(err))
      .finally(() => exchange.close());
    this.done = this.api
      .runFeed(exchange.shared, (result) => {
        if (!this.isRunning) return;
        this.processed++;
        this.onResult(result, { latencyMs: performance.timeOrigin + performance.now() - result.frameAvailableAt, prepMs: result.prepMs });
      })
      .catch((err: unknown) => {
        if (this.isRunning) this.onError(err);
      })
      .finally(() => {
        exchange.close();
        release();
      });
  }

  stop(): void {
    if (!this.isRunning) return;
    this.isRunning = false;
    this.lastPresentedFrames = null;
    this.video.cancelVideoFrameCallback(this.handle);
    this.exchange?.close();
    // Not left to the worker's answer: a dead worker never answers, and the camera would stay on.
    this.release();
    this.api.stopFeed().catch(() => {});
  }

  whenIdle(): Promise<void> {
    return this.done;
  }

  private countFrames(): void {
    this.handle = this.video.requestVideoFrameCallback((_now, { presentedFrames }) => {
      if (!this.isRunning) return;
      this.offered += framesSince(this.lastPresentedFrames, presentedFrames);
      this.lastPresentedFrames = presentedFrames;
      this.countFrames();
    });
  }
}
