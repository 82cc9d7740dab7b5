/**
 * One place for how the app creates its pose detector, shared by the browser worker and the
 * Node fixture extractor (scripts/extract-fixtures.ts) so recorded fixtures match what the app sees.
 *
 * No DOM and no runtime import of pose-detection: the caller passes the pose-detection module
 * and says where each model file comes from (a URL in the browser, an IOHandler in Node).
 */
import type * as PoseDetection from '@tensorflow-models/pose-detection';
import type { io } from '@tensorflow/tfjs';
import { MODELS, type ModelId } from '../shared/pose';

/** Where a graph model is loaded from: a URL to its model.json, or a tfjs IOHandler. */
export type ModelSource = string | io.IOHandler;

export interface ModelSources {
  /** The pose (landmark) model: MoveNet's model or BlazePose's landmark model. */
  model: ModelSource;
  /** BlazePose's person detector (unused by MoveNet). */
  detector?: ModelSource;
}

/** Resolves each file a model needs (names from MODELS[id].files) with `resolve`. */
export function modelSources(id: ModelId, resolve: (file: string) => ModelSource): ModelSources {
  const { files } = MODELS[id];
  return { model: resolve(files.model), ...(files.detector ? { detector: resolve(files.detector) } : {}) };
}

/** MoveNet's minimum pose score (pose-detection's default): below it the frame has no pose. */
export const MOVENET_MIN_POSE_SCORE = 0.25;

/** Per-call options for estimatePoses: one person, image not mirrored (mirror when drawing). */
export const POSE_ESTIMATION_CONFIG = { maxPoses: 1, flipHorizontal: false } as const;

export type PoseDetectorConfig =
  | { family: 'movenet'; config: PoseDetection.MoveNetModelConfig }
  | { family: 'blazepose'; config: PoseDetection.BlazePoseTfjsModelConfig };

/**
 * createDetector options for a model. Smoothing is on: pass each frame's media time (ms) as the
 * third argument of estimatePoses, or the smoothing filters are skipped for tensor/bitmap inputs.
 */
export function poseDetectorConfig(id: ModelId, sources: ModelSources): PoseDetectorConfig {
  const info = MODELS[id];
  if (info.family === 'movenet') {
    return {
      family: 'movenet',
      config: {
        modelType: id === 'movenet-thunder' ? 'SinglePose.Thunder' : 'SinglePose.Lightning',
        enableSmoothing: true,
        minPoseScore: MOVENET_MIN_POSE_SCORE,
        modelUrl: sources.model,
      },
    };
  }
  if (!sources.detector) throw new Error(`${id} needs a detector model source`);
  return {
    family: 'blazepose',
    config: {
      runtime: 'tfjs',
      modelType: id === 'blazepose-full' ? 'full' : 'lite',
      enableSmoothing: true,
      enableSegmentation: false,
      detectorModelUrl: sources.detector,
      landmarkModelUrl: sources.model,
    },
  };
}

/** Creates the detector for a model with the shared options; `pd` is the pose-detection module. */
export function createPoseDetector(
  pd: typeof PoseDetection,
  id: ModelId,
  sources: ModelSources,
): Promise<PoseDetection.PoseDetector> {
  const c = poseDetectorConfig(id, sources);
  return c.family === 'movenet'
    ? pd.createDetector(pd.SupportedModels.MoveNet, c.config)
    : pd.createDetector(pd.SupportedModels.BlazePose, c.config);
}
