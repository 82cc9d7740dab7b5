import { type Point, median, midpoint } from './geometry';
import { MIN_KEYPOINT_SCORE, type Keypoint, type KeypointMap, type KeypointName, type Side } from './keypoints';

/** Confidence-gated access: a keypoint below MIN_KEYPOINT_SCORE is treated as not seen, never guessed. */
export function point(kps: KeypointMap, name: KeypointName): Point | null {
  const k = kps[name];
  return k && k.score >= MIN_KEYPOINT_SCORE && Number.isFinite(k.x) && Number.isFinite(k.y) ? { x: k.x, y: k.y } : null;
}

export const isSeen = (kps: KeypointMap, name: KeypointName): boolean => point(kps, name) !== null;

export function missingKeypoints(kps: KeypointMap, names: readonly KeypointName[]): KeypointName[] {
  return names.filter((n) => !isSeen(kps, n));
}

/** Midpoint of two keypoints, or null if either is not seen. */
export function midOf(kps: KeypointMap, a: KeypointName, b: KeypointName): Point | null {
  const pa = point(kps, a), pb = point(kps, b);
  return pa && pb ? midpoint(pa, pb) : null;
}

export type SidedPart = 'shoulder' | 'elbow' | 'wrist' | 'hip' | 'knee' | 'ankle' | 'heel' | 'foot_index' | 'ear' | 'eye';

export const sided = (side: Side, part: SidedPart): KeypointName => `${side}_${part}`;

export const SIDES: readonly Side[] = ['left', 'right'];

export const bothSides = (part: SidedPart): KeypointName[] => SIDES.map((s) => sided(s, part));

/** Each keypoint's median position and score over the frames that have it. */
export function medianKeypoints(maps: readonly KeypointMap[]): KeypointMap {
  const out: KeypointMap = {};
  const names = new Set(maps.flatMap((m) => Object.keys(m) as KeypointName[]));
  for (const name of names) {
    const ks = maps.map((m) => m[name]).filter((k): k is Keypoint => k !== undefined);
    out[name] = { x: median(ks.map((k) => k.x))!, y: median(ks.map((k) => k.y))!, score: median(ks.map((k) => k.score))! };
  }
  return out;
}
