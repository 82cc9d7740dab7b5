import type { KeypointMap, ModelId } from '../shared/pose';
import type { ExerciseId, SessionOptions, SessionSnapshot, SetSummary } from '../shared/exercise-core';
import type { BackendCandidate, BackendChoice, BackendName } from '../engine/backend';
import type { WorkerMemory } from '../engine/worker-memory';

/** Everything that crosses between the UI and the pose worker. */
export interface InitOptions {
  model: ModelId;
  backend: BackendChoice;
  /** Absolute URL of the folder the models are served from. */
  modelsUrl: string;
}

export interface InitResult {
  model: ModelId;
  backend: BackendName;
  candidates: BackendCandidate[];
  loadMs: number;
  crossOriginIsolated: boolean;
}

export interface FrameMeta {
  /** Media time of the frame, seconds. */
  t: number;
}

export interface FrameResult {
  keypoints: KeypointMap;
  width: number;
  height: number;
  /** People in view at the last count (every couple of seconds); undefined until counted. */
  people: number | undefined;
  /** Null when no set is running. */
  snapshot: SessionSnapshot | null;
  /** The set so far, sent when its reps changed, for the page to keep (reload, worker restart). */
  progress?: SetSummary;
  inferMs: number;
  /** Time the worker spent on the frame, including scoring. */
  workerMs: number;
  /** The picture has been too dark for reliable tracking for a couple of seconds; undefined where it cannot be measured. */
  lowLight?: boolean;
}

/** A result of the camera-track feed: frames the page published to the shared frame exchange. */
export interface FeedResult extends FrameResult {
  /** When its frame was first available, as performance.timeOrigin + performance.now() ms (comparable across threads). */
  frameAvailableAt: number;
  /** Converting the camera frame to model-size pixels, before the inference. */
  prepMs: number;
  lowLight: boolean;
}

/** The pose model alone on the same frames in a loop: no camera, no transfer, no scoring. */
export interface BareBenchmark {
  msPerCall: number[];
  totalMs: number;
}

export interface PoseWorkerApi {
  init(options: InitOptions): Promise<InitResult>;
  /** Starts a set; `earlier` is the part of the same set done before a reload or a restart, counted on from. */
  startSession(exercise: ExerciseId, options: SessionOptions, earlier?: SetSummary): void;
  processFrame(frame: ImageBitmap, meta: FrameMeta): Promise<FrameResult>;
  /**
   * Processes the newest camera frame the page published in the shared frame exchange, again and
   * again, calling onResult for each; resolves once the exchange is closed or stopFeed() is called.
   */
  runFeed(frames: SharedArrayBuffer, onResult: (result: FeedResult) => void): Promise<void>;
  stopFeed(): void;
  /** Runs the loaded model over the frames (as RGB tensors, like the live feed's), cycling, for durationMs; closes the frames. For benchmarks. */
  benchmarkBare(frames: ImageBitmap[], durationMs: number): Promise<BareBenchmark>;
  /** Ends the set: its summary, with the key frame of its worst rep once that picture is made. */
  finishSession(): Promise<SetSummary | null>;
  /** After a pause (tab hidden), so smoothing does not blend frames far apart in time. */
  resetTracking(): void;
  /** Tensors the engine holds, for soak tests. */
  memory(): WorkerMemory;
}

/** Where pose estimation runs: the worker (the app), or the main thread (the benchmark baseline). */
export type PoseRunner = 'worker' | 'main';

/** The pose engine as the UI calls it: every method async, wherever it runs. */
export type PoseEngineApi = {
  [K in keyof PoseWorkerApi]: (...args: Parameters<PoseWorkerApi[K]>) => Promise<Awaited<ReturnType<PoseWorkerApi[K]>>>;
};

export interface PoseClient {
  api: PoseEngineApi;
  terminate(): void;
}
