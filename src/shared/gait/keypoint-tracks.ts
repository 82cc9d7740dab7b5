/**
 * A clip's keypoints as per-keypoint time series (x and y arrays, NaN where the point is not seen),
 * the form the whole-clip filters work on, and back to PoseFrames.
 */
import { BLAZEPOSE_KEYPOINTS, MIN_KEYPOINT_SCORE, type KeypointMap, type KeypointName, point } from '../pose';
import type { PoseFrame } from '../exercise-core';

export interface Track {
  x: number[];
  y: number[];
}

export type Tracks = Partial<Record<KeypointName, Track>>;

export interface TrackSet {
  /** Seconds of each frame. */
  t: number[];
  tracks: Tracks;
}

export const isPresent = (tr: Track | undefined, i: number): boolean =>
  tr !== undefined && Number.isFinite(tr.x[i]) && Number.isFinite(tr.y[i]);

/** Confidence-gated series: a keypoint under MIN_KEYPOINT_SCORE is NaN, never guessed. */
export function tracksFromFrames(frames: readonly PoseFrame[]): TrackSet {
  const tracks: Tracks = {};
  for (const name of BLAZEPOSE_KEYPOINTS) {
    if (!frames.some((f) => f.keypoints[name] !== undefined)) continue;
    const x: number[] = [], y: number[] = [];
    for (const f of frames) {
      const p = point(f.keypoints, name);
      x.push(p ? p.x : Number.NaN);
      y.push(p ? p.y : Number.NaN);
    }
    tracks[name] = { x, y };
  }
  return { t: frames.map((f) => f.t), tracks };
}

export function cloneTracks(set: TrackSet): TrackSet {
  const tracks: Tracks = {};
  for (const [name, tr] of Object.entries(set.tracks) as Array<[KeypointName, Track]>) tracks[name] = { x: [...tr.x], y: [...tr.y] };
  return { t: [...set.t], tracks };
}

export function mapTracks(set: TrackSet, fn: (values: number[], name: KeypointName, axis: 'x' | 'y') => number[]): TrackSet {
  const tracks: Tracks = {};
  for (const [name, tr] of Object.entries(set.tracks) as Array<[KeypointName, Track]>) {
    tracks[name] = { x: fn(tr.x, name, 'x'), y: fn(tr.y, name, 'y') };
  }
  return { t: set.t, tracks };
}

/**
 * PoseFrames rebuilt from the tracks, with the frame fields of `like` (same length). A point present
 * in the tracks gets the frame's score for its name, raised to the minimum counted score (a point
 * filled in over a gap was not seen but is kept on purpose); a point absent from the tracks is left out.
 */
export function framesFromTracks(set: TrackSet, like: readonly PoseFrame[]): PoseFrame[] {
  return like.map((f, i) => {
    const keypoints: KeypointMap = {};
    for (const [name, tr] of Object.entries(set.tracks) as Array<[KeypointName, Track]>) {
      if (!isPresent(tr, i)) continue;
      const score = f.keypoints[name]?.score ?? 0;
      keypoints[name] = { x: tr.x[i]!, y: tr.y[i]!, score: Math.max(score, MIN_KEYPOINT_SCORE) };
    }
    return { ...f, t: set.t[i] ?? f.t, keypoints };
  });
}
