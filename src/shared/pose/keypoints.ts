/** Keypoint names shared by both model families; MoveNet gives the first 17 (COCO), BlazePose all 33. */
export const BLAZEPOSE_KEYPOINTS = [
  'nose', 'left_eye_inner', 'left_eye', 'left_eye_outer', 'right_eye_inner', 'right_eye', 'right_eye_outer',
  'left_ear', 'right_ear', 'mouth_left', 'mouth_right', 'left_shoulder', 'right_shoulder', 'left_elbow',
  'right_elbow', 'left_wrist', 'right_wrist', 'left_pinky', 'right_pinky', 'left_index', 'right_index',
  'left_thumb', 'right_thumb', 'left_hip', 'right_hip', 'left_knee', 'right_knee', 'left_ankle', 'right_ankle',
  'left_heel', 'right_heel', 'left_foot_index', 'right_foot_index',
] as const;

export const COCO_KEYPOINTS = [
  'nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear', 'left_shoulder', 'right_shoulder', 'left_elbow',
  'right_elbow', 'left_wrist', 'right_wrist', 'left_hip', 'right_hip', 'left_knee', 'right_knee', 'left_ankle',
  'right_ankle',
] as const;

export type KeypointName = (typeof BLAZEPOSE_KEYPOINTS)[number];

/** Image pixels of the source frame, x right, y down; score in [0, 1]. */
export interface Keypoint {
  x: number;
  y: number;
  score: number;
}

export type KeypointMap = Partial<Record<KeypointName, Keypoint>>;

/**
 * BlazePose's world keypoints: metres from the middle of the hips, x toward the image's right, y
 * down, z away from the camera; the model's own estimate of the body in 3D.
 */
export interface WorldKeypoint extends Keypoint {
  z: number;
}

export type WorldKeypointMap = Partial<Record<KeypointName, WorldKeypoint>>;

/** A keypoint counts at score >= 0.3 (MoveNet model card; FORM-SPEC ground rules). */
export const MIN_KEYPOINT_SCORE = 0.3;

/** Bones drawn for the skeleton overlay; pairs whose ends are both present are drawn. */
export const SKELETON_EDGES: ReadonlyArray<readonly [KeypointName, KeypointName]> = [
  ['left_shoulder', 'right_shoulder'], ['left_shoulder', 'left_elbow'], ['left_elbow', 'left_wrist'],
  ['right_shoulder', 'right_elbow'], ['right_elbow', 'right_wrist'], ['left_shoulder', 'left_hip'],
  ['right_shoulder', 'right_hip'], ['left_hip', 'right_hip'], ['left_hip', 'left_knee'], ['left_knee', 'left_ankle'],
  ['right_hip', 'right_knee'], ['right_knee', 'right_ankle'], ['left_ankle', 'left_heel'],
  ['left_heel', 'left_foot_index'], ['left_ankle', 'left_foot_index'], ['right_ankle', 'right_heel'],
  ['right_heel', 'right_foot_index'], ['right_ankle', 'right_foot_index'], ['nose', 'left_eye'],
  ['nose', 'right_eye'], ['left_eye', 'left_ear'], ['right_eye', 'right_ear'],
];

type ModelPoint = { x: number; y: number; z?: number; score?: number; name?: string };

/** The points whose names are among `names`, keyed by name (pose-detection's list shape in). */
function byName<K>(points: readonly ModelPoint[], names: readonly KeypointName[], make: (p: ModelPoint) => K | null): Partial<Record<KeypointName, K>> {
  const map: Partial<Record<KeypointName, K>> = {};
  for (const p of points) {
    const k = p.name && (names as readonly string[]).includes(p.name) ? make(p) : null;
    if (k) map[p.name as KeypointName] = k;
  }
  return map;
}

/** Converts a model's world keypoint list (BlazePose's keypoints3D) into a name-keyed map of the keypoints named. */
export function toWorldKeypointMap(points: readonly ModelPoint[], names: readonly KeypointName[]): WorldKeypointMap {
  return byName(points, names, (p) => (p.z === undefined ? null : { x: p.x, y: p.y, z: p.z, score: p.score ?? 1 }));
}

/** Converts a model's keypoint list (pose-detection's shape) into a name-keyed map. */
export function toKeypointMap(points: readonly ModelPoint[]): KeypointMap {
  return byName(points, BLAZEPOSE_KEYPOINTS, (p) => ({ x: p.x, y: p.y, score: p.score ?? 1 }));
}

export type Side = 'left' | 'right';
