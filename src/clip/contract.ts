import type { ClipAnalysis, ClipErrorInfo, ClipExercise, ClipProgress, ClipOptions } from '../shared/clip';
import type { ModelId } from '../shared/pose';
import type { BackendChoice } from '../engine/backend';
import type { WorkerMemory } from '../engine/worker-memory';

/** Everything that crosses between the UI and the clip worker. */
export interface ClipRequest {
  exercise: ClipExercise;
  model: ModelId;
  backend: BackendChoice;
  /** Absolute URL of the folder the models are served from. */
  modelsUrl: string;
  options: ClipOptions;
  /** Analysis workers (segments analysed at once); default one per core, at most 4. */
  workers?: number;
}

export type ClipOutcome = { ok: true; analysis: ClipAnalysis } | { ok: false; error: ClipErrorInfo };

export interface ClipWorkerApi {
  /** Loads the model in this worker and its helpers before a clip is chosen. Never throws: a failure shows at analyze. */
  prepare(request: Pick<ClipRequest, 'model' | 'backend' | 'modelsUrl' | 'workers'>): Promise<void>;
  /** Decodes and analyses every frame; never throws: failures come back as a typed error. */
  analyze(file: Blob, name: string, request: ClipRequest, onProgress: (p: ClipProgress) => void): Promise<ClipOutcome>;
  /** Stops the analysis in progress at the next frame; it then resolves with kind 'cancelled'. */
  cancel(): void;
  /** The frame at a frame index of the last analysed clip, full size, for key frames and the scrubber. */
  frameImage(frameIndex: number): Promise<ImageBitmap>;
  /** Tensors this worker holds, for soak tests. */
  memory(): WorkerMemory;
}
