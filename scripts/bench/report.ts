/** The benchmark's JSON report (npm run bench -- --json FILE). */
import type { PoseRunner } from '../../src/live/contract';

export interface MachineInfo {
  cpuModel: string;
  cpuCount: number;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string;
  date: string;
}

export interface CameraInfo {
  clip: string;
  /** The clip's own frame rate, which the fake camera plays at. */
  clipFps: number;
  /** As the page's video track reports them. */
  width?: number;
  height?: number;
  frameRate?: number;
}

/** One live-pipeline configuration over the measurement window (warm-up excluded). */
export interface LiveRow {
  model: string;
  backend: string;
  mode: PoseRunner;
  /** How frames reached the engine: the page read the camera track into the shared frame exchange, or frames were grabbed from the <video>. */
  feed: 'track' | 'video';
  /** Frames the camera presented. */
  offered: number;
  processed: number;
  dropped: number;
  /** Results per second. */
  fps: number;
  /** Camera frames per second as the page saw them. */
  cameraFps: number;
  inferMsMedian: number;
  inferMsP90: number;
  latencyMsMedian: number;
  latencyMsP90: number;
  /** Main-thread responsiveness: animation frames per second, the longest gap between two, tasks over 50 ms. */
  rafFps: number;
  rafGapMaxMs: number;
  longTasks: number;
  /** From opening the live view to the first pose: in a fresh browser, and reopened with the model files cached. */
  firstPoseMs: number | null;
  firstPoseCachedMs: number | null;
}

/** The pose model alone on the same camera frames in a loop, in the worker. */
export interface BareRow {
  model: string;
  backend: string;
  fps: number;
  inferMsMedian: number;
  calls: number;
}

export interface SkippedRow {
  model: string;
  backend: string;
  reason: string;
}

/** A configuration that threw or timed out: the run went on without it, and the bench exits non-zero. */
export interface FailedRow {
  /** "<model> <backend> worker|main thread" or "clip <file> <model> <workers> worker(s)". */
  config: string;
  reason: string;
}

export function failedRow(config: string, err: unknown): FailedRow {
  return { config, reason: err instanceof Error ? err.message.split('\n')[0]! : String(err) };
}

export interface BenchReport {
  machine: MachineInfo;
  camera: CameraInfo;
  settings: { seconds: number; warmupS: number; bareSeconds: number };
  live: LiveRow[];
  bare: BareRow[];
  skipped: SkippedRow[];
  clip: ClipRow[];
  failed: FailedRow[];
}

/** One clip analysed by one model, decoding and pose estimation of every frame plus the analysis. */
export interface ClipRow {
  /** Analysis workers used (null when the analysis failed with the default count). */
  workers: number | null;
  clip: string;
  model: string;
  frames: number;
  durationS: number | null;
  /** Wall-clock seconds in the clip worker, model loading included. */
  analysisS: number | null;
  /** analysisS / durationS: below 1 is faster than real time. */
  realtimeRatio: number | null;
  /** durationS / analysisS: how many times faster than real time (the "1.5x real time"). */
  speed: number | null;
  msPerFrame: number | null;
  /** Cadence or reps found, or the error the clip got. */
  result: string;
}
