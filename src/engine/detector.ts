import * as poseDetection from '@tensorflow-models/pose-detection';
import * as tf from '@tensorflow/tfjs-core';
import { toKeypointMap, toWorldKeypointMap, type KeypointMap, type WorldKeypointMap, type ModelId } from '../shared/pose';
import { TURN_WORLD_KEYPOINTS } from '../shared/exercise-core';
import { createPoseDetector, modelSources, POSE_ESTIMATION_CONFIG } from './pose-detector-config';
import type { VerifiedModelStore } from './verified-model';

export interface Detection {
  keypoints: KeypointMap;
  /** The 3D keypoints the app reads (TURN_WORLD_KEYPOINTS), from BlazePose full (WORLD_TURN_MODEL). */
  world?: WorldKeypointMap;
  /** The model's own confidence that a person is there (0 when none found). */
  score: number;
}

export type DetectorInput = ImageBitmap | ImageData | tf.Tensor3D;

/**
 * The model whose 3D keypoints are kept for the body's turn. BlazePose lite gives them too, but on
 * the front-oblique band clip (turned 20-30 degrees) they read 14-18, below lite's own 2D widths
 * (18-24), where full's read 19-26.
 */
const WORLD_TURN_MODEL: ModelId = 'blazepose-full';

/** One pose model on the active tfjs backend, with pose-detection's own temporal smoothing. */
export class PoseModel {
  private constructor(private readonly detector: poseDetection.PoseDetector, readonly id: ModelId) {}

  static async create(id: ModelId, store: VerifiedModelStore): Promise<PoseModel> {
    const sources = modelSources(id, (file) => store.handler(file));
    return new PoseModel(await createPoseDetector(poseDetection, id, sources), id);
  }

  /** timestampMs drives the smoothing filter, which cannot read a time from a bitmap. */
  async estimate(input: DetectorInput, timestampMs: number): Promise<Detection> {
    const poses = await this.detector.estimatePoses(input, POSE_ESTIMATION_CONFIG, timestampMs);
    const pose = poses[0];
    if (!pose) return { keypoints: {}, score: 0 };
    const world = this.id === WORLD_TURN_MODEL && pose.keypoints3D ? toWorldKeypointMap(pose.keypoints3D, TURN_WORLD_KEYPOINTS) : undefined;
    return { keypoints: toKeypointMap(pose.keypoints), ...(world ? { world } : {}), score: pose.score ?? 1 };
  }

  /** Forgets the smoothing state, e.g. after a pause, so old frames do not drag new ones. */
  reset(): void {
    this.detector.reset();
  }

  dispose(): void {
    this.detector.dispose();
  }
}
