import * as poseDetection from '@tensorflow-models/pose-detection';
import type { DetectorInput } from './detector';
import type { VerifiedModelStore } from './verified-model';

/**
 * How often to look for extra people. Each count stalls the pose worker for one multi-person
 * inference (0.3-0.5 s on a 2-core laptop), long enough to hide a fast knee raise: on the high
 * knees clip every stall during the set cost about one raise. So during a set it runs rarely; while
 * the person gets into position, often. In a clip nothing stalls, but every 2 s of video it took
 * about 15% of the analysis time, so a clip is checked every 4 s. (A worker of its own was tried: on 2 cores the two WASM
 * thread pools slowed the pose worker to 3-7 fps.)
 */
export const PEOPLE_INTERVAL_S = { setup: 2, exercising: 15, clip: 4 } as const;
/** Input size of the multi-person model (multiple of 32): 256, its default; 192 missed two people standing side by side. */
const MAX_DIMENSION = 256;
/** A second person must be a confident, whole-ish pose, not a poster or a reflection fragment. */
const MIN_POSE_SCORE = 0.35;
const MIN_CONFIDENT_KEYPOINTS = 8;

/**
 * Counts people in view every couple of seconds with MoveNet MultiPose, because the single-pose
 * models always lock on to one person and silently mix two.
 */
export class PeopleCounter {
  private lastT = -Infinity;
  private count: number | undefined;

  private constructor(private readonly detector: poseDetection.PoseDetector) {}

  static async create(store: VerifiedModelStore): Promise<PeopleCounter> {
    const detector = await poseDetection.createDetector(poseDetection.SupportedModels.MoveNet, {
      modelType: poseDetection.movenet.modelType.MULTIPOSE_LIGHTNING,
      modelUrl: store.handler('movenet-multipose.json'),
      enableTracking: false,
      enableSmoothing: false,
      minPoseScore: MIN_POSE_SCORE,
      multiPoseMaxDimension: MAX_DIMENSION,
    });
    return new PeopleCounter(detector);
  }

  /** The latest count; runs the model only when the last count is older than the interval. */
  async update(frame: DetectorInput, t: number, intervalS: number = PEOPLE_INTERVAL_S.setup): Promise<number | undefined> {
    if (t - this.lastT < intervalS && t >= this.lastT) return this.count;
    this.lastT = t;
    const poses = await this.detector.estimatePoses(frame, { maxPoses: 4 });
    this.count = poses.filter((p) => p.keypoints.filter((k) => (k.score ?? 0) >= 0.3).length >= MIN_CONFIDENT_KEYPOINTS).length;
    return this.count;
  }

  dispose(): void {
    this.detector.dispose();
  }
}
