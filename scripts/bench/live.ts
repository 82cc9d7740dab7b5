/** The live-pipeline section: worker pipeline, bare model and main-thread baseline per model and backend. */
import type { PoseRunner } from '../../src/live/contract';
import type { ModelId } from '../../src/shared/pose/models';
import type { LiveStats } from '../../src/live/page/live-automation';
import { failedRow, type BareRow, type FailedRow, type LiveRow, type SkippedRow } from './report';

/** Backends the app's ?backend= accepts; 'auto' picks one of the others per model. */
export const BACKENDS = ['auto', 'wasm', 'webgl', 'webgpu'] as const;
export type BenchBackend = (typeof BACKENDS)[number];

export interface LiveSection {
  live: LiveRow[];
  bare: BareRow[];
  skipped: SkippedRow[];
  failed: FailedRow[];
  /** What the camera delivered, as the page's video track reports it. */
  camera: LiveStats['camera'];
}

/** A configuration's measurement, or the reason the app gave for not running it here (its error screen). */
export type Measured<T> = { ok: T } | { unavailable: string };

export interface WorkerMeasurement {
  camera: LiveStats['camera'];
  live: LiveRow;
  bare: BareRow;
}

/** Measures one configuration; may throw (a StepTimeout when a step hangs). */
export interface LiveMeasurer {
  /** What 'auto' picks for the model, and why. */
  auto(model: ModelId): Promise<Measured<string>>;
  worker(model: ModelId, backend: string): Promise<Measured<WorkerMeasurement>>;
  main(model: ModelId, backend: string): Promise<Measured<LiveRow>>;
}

/**
 * Every model on every backend, in the worker and then (if the worker ran) on the main thread. A
 * configuration that throws is recorded as failed with its error and the run goes on to the next.
 */
export async function benchLive(models: readonly ModelId[], backends: readonly BenchBackend[], measurer: LiveMeasurer, log: (line: string) => void): Promise<LiveSection> {
  const section: LiveSection = { live: [], bare: [], skipped: [], failed: [], camera: {} };
  const skip = (row: SkippedRow) => {
    section.skipped.push(row);
    log(`${row.model} ${row.backend}: ${row.reason}`);
  };
  /** The measurement, or undefined once the configuration is recorded as skipped or failed. */
  async function attempt<T>(model: ModelId, backend: string, runner: PoseRunner, measure: () => Promise<Measured<T>>): Promise<T | undefined> {
    const mode = runner === 'main' ? 'main thread' : 'worker';
    try {
      const outcome = await measure();
      if ('ok' in outcome) return outcome.ok;
      skip({ model, backend, reason: runner === 'main' ? `${mode}: ${outcome.unavailable}` : outcome.unavailable });
    } catch (err) {
      const row = failedRow(`${model} ${backend} ${mode}`, err);
      section.failed.push(row);
      log(`${row.config} FAILED: ${row.reason}`);
    }
    return undefined;
  }

  for (const model of models) {
    for (const backend of backends) {
      if (backend === 'auto') {
        const picked = await attempt(model, backend, 'worker', () => measurer.auto(model));
        if (picked !== undefined) skip({ model, backend, reason: picked });
        continue;
      }
      const worker = await attempt(model, backend, 'worker', () => measurer.worker(model, backend));
      if (!worker) continue;
      section.camera = worker.camera;
      section.live.push(worker.live);
      section.bare.push(worker.bare);
      log(`${model} ${backend} worker: ${worker.live.fps} fps, bare model ${worker.bare.fps} fps`);
      const main = await attempt(model, backend, 'main', () => measurer.main(model, backend));
      if (!main) continue;
      section.live.push(main);
      log(`${model} ${backend} main thread: ${main.fps} fps`);
    }
  }
  return section;
}
