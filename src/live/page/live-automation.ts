import type { BareBenchmark, InitResult, PoseEngineApi, PoseRunner } from '../contract';
import type { WorkerMemory } from '../../engine/worker-memory';
import { analysisSize } from './frame-size';
import type { LiveFeed } from './video-element-feed';
import type { SampleRing } from './sample-ring';

/** One processed frame, times in ms; `at` is performance.now() when its result arrived. */
export interface FrameSample {
  at: number;
  inferMs: number;
  /** The engine's whole time on the frame: inference, people count, scoring. */
  workerMs: number;
  /** Converting the camera frame for the model in the worker (camera-track feed only). */
  prepMs?: number;
  latencyMs: number;
}

/** A read-only copy of the running live pipeline's counters and its most recent frame samples. */
export interface LiveStats {
  /** performance.now() when read. */
  at: number;
  runner: PoseRunner;
  feed: LiveFeed['kind'];
  engine: InitResult;
  camera: { width?: number; height?: number; frameRate?: number };
  offered: number;
  processed: number;
  dropped: number;
  /** performance.now() of the first result: ms from opening the page to the first pose. */
  firstResultAt: number | null;
  /** Times the pose engine was restarted (it died or stopped answering) in this set. */
  engineRestarts: number;
  samples: FrameSample[];
}

/**
 * What benchmarks read from a running live view (window.formcheckLive). Part of the automation
 * contract, like the data-testids.
 */
export interface LiveAutomation {
  stats(): LiveStats;
  /**
   * Stops the live pipeline for good, captures frameCount consecutive camera frames and runs the
   * bare model on them for durationMs.
   */
  benchmarkBare(frameCount: number, durationMs: number): Promise<BareBenchmark>;
  /** The engine's tensors, for soak tests (which measure the page's memory themselves). */
  memory(): Promise<WorkerMemory>;
}

declare global {
  interface Window {
    formcheckLive?: LiveAutomation;
  }
}

/** The running set's parts; the engine and feed change when a dead pose worker is restarted. */
interface LiveParts {
  runner: PoseRunner;
  set: {
    readonly api: PoseEngineApi | null;
    readonly engine: InitResult | null;
    readonly liveFeed: LiveFeed | null;
    readonly camera: MediaStream | null;
    readonly samples: SampleRing<FrameSample>;
    readonly firstResultAt: number | null;
    readonly engineRestarts: number;
  };
  video: HTMLVideoElement;
}

function running(parts: LiveParts): { api: PoseEngineApi; engine: InitResult; liveFeed: LiveFeed; camera: MediaStream } {
  const { api, engine, liveFeed, camera } = parts.set;
  if (!api || !engine || !liveFeed || !camera) throw new Error('The live pipeline is restarting.');
  return { api, engine, liveFeed, camera };
}

function nextVideoFrame(video: HTMLVideoElement): Promise<void> {
  return new Promise((resolve) => video.requestVideoFrameCallback(() => resolve()));
}

async function captureFrames(video: HTMLVideoElement, count: number): Promise<ImageBitmap[]> {
  const frames: ImageBitmap[] = [];
  while (frames.length < count) {
    await nextVideoFrame(video);
    frames.push(await createImageBitmap(video, analysisSize(video.videoWidth, video.videoHeight)));
  }
  return frames;
}

/** Publishes the hook; returns a function that withdraws it. */
export function publishLiveAutomation(parts: LiveParts): () => void {
  const hook: LiveAutomation = {
    stats() {
      // While a dead pose engine is being restarted there is no feed: the counters read zero.
      const { engine, liveFeed, camera } = parts.set;
      if (!engine || !camera) throw new Error('The live pipeline has not started.');
      const { width, height, frameRate } = camera.getVideoTracks()[0]?.getSettings() ?? {};
      return {
        at: performance.now(),
        runner: parts.runner,
        feed: liveFeed?.kind ?? 'track',
        engine,
        camera: { width, height, frameRate },
        ...(liveFeed?.stats ?? { offered: 0, processed: 0, dropped: 0 }),
        firstResultAt: parts.set.firstResultAt,
        engineRestarts: parts.set.engineRestarts,
        samples: parts.set.samples.toArray(),
      };
    },
    memory() {
      return running(parts).api.memory();
    },
    async benchmarkBare(frameCount, durationMs) {
      const { api, liveFeed } = running(parts);
      liveFeed.stop();
      await liveFeed.whenIdle();
      return api.benchmarkBare(await captureFrames(parts.video, frameCount), durationMs);
    },
  };
  window.formcheckLive = hook;
  return () => {
    if (window.formcheckLive === hook) delete window.formcheckLive;
  };
}
