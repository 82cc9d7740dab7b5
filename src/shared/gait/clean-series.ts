/**
 * The cleaning pipeline for a whole clip: leg swap repair, spike removal, short gap bridging and
 * zero-phase low-pass smoothing, returning PoseFrames the per-frame measures can be taken from.
 */
import type { KeypointName } from '../pose';
import type { PoseFrame } from '../exercise-core';
import { legLengthPx, pelvisAt } from './body-scale';
import { framesFromTracks, mapTracks, tracksFromFrames, type Track, type TrackSet } from './keypoint-tracks';
import { repairLegSwaps } from './leg-swap-repair';
import { removeSpikes2D } from './spike-removal';
import { bridgeGaps, lowPassWithGaps } from './zero-phase-filter';

export interface CleanOptions {
  /** Frame rate of the clip (video time). */
  fps: number;
  /**
   * Low-pass cutoff in Hz of real time (6-8 Hz is usual for running kinematics; a foot's
   * trajectory has little above it, keypoint jitter has plenty).
   */
  cutoffHz?: number;
  /** Slow-motion factor: movement is this many times slower in the video. */
  slowMotionFactor?: number;
  /** Gaps up to this long (seconds of video) are bridged by interpolation; longer ones stay gaps. */
  maxGapS?: number;
  /** A point this far (leg lengths) off the line through its neighbours is a spike. */
  spikeThreshold?: number;
}

export interface CleanedSeries {
  /** Smoothed frames and tracks. */
  frames: PoseFrame[];
  set: TrackSet;
  /** Repaired, despiked and bridged, before smoothing (for signals smoothed after a nonlinear step). */
  unsmoothed: TrackSet;
  legLengthPx: number | null;
  swapped: boolean[];
  collapsed: boolean[];
  spikesRemoved: number;
}

const HIPS: readonly KeypointName[] = ['left_hip', 'right_hip'];

/** Removes spikes from every non-hip keypoint, judged relative to the pelvis so camera pans do not count. */
function removeSpikesRelativeToPelvis(set: TrackSet, threshold: number): number {
  const n = set.t.length;
  const pelvis = Array.from({ length: n }, (_, i) => pelvisAt(set, i));
  let removed = 0;
  for (const [name, tr] of Object.entries(set.tracks) as Array<[KeypointName, Track]>) {
    if (HIPS.includes(name)) continue;
    const rx = tr.x.map((v, i) => v - (pelvis[i]?.x ?? Number.NaN));
    const ry = tr.y.map((v, i) => v - (pelvis[i]?.y ?? Number.NaN));
    removed += removeSpikes2D(set.t, rx, ry, threshold);
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(rx[i])) tr.x[i] = tr.y[i] = Number.NaN;
    }
  }
  return removed;
}

export function cleanSeries(frames: readonly PoseFrame[], o: CleanOptions): CleanedSeries {
  const factor = o.slowMotionFactor ?? 1;
  const repaired = repairLegSwaps(tracksFromFrames(frames));
  const scale = legLengthPx(repaired.set);
  const spikesRemoved = scale ? removeSpikesRelativeToPelvis(repaired.set, (o.spikeThreshold ?? 0.2) * scale) : 0;
  const maxGap = Math.max(1, Math.round((o.maxGapS ?? 0.1) * o.fps));
  const cutoffVideoHz = (o.cutoffHz ?? 7) / factor;
  const bridged = mapTracks(repaired.set, (v) => bridgeGaps(v, maxGap));
  const smooth = mapTracks(bridged, (v) => lowPassWithGaps(v, cutoffVideoHz, o.fps));
  return {
    frames: framesFromTracks(smooth, frames),
    set: smooth,
    unsmoothed: bridged,
    legLengthPx: legLengthPx(smooth),
    swapped: repaired.swapped,
    collapsed: repaired.collapsed,
    spikesRemoved,
  };
}
