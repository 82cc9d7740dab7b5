/**
 * Clip analysis splits a video into consecutive time segments, one per analysis worker, so every
 * core works on the clip. Each worker starts decoding a little before its segment and runs the
 * model on those lead-in frames only to settle the model's tracking and smoothing, as a single
 * pass would have them; it keeps the frames of its own segment.
 */
import type { PoseFrame } from '../../shared/exercise-core';
import type { ClipSegment, SegmentResult } from '../helper-contract';

/** Long enough for MoveNet's crop and BlazePose's tracking to lock on and the smoothing to settle. */
export const SEGMENT_LEAD_IN_S = 0.5;
/** A segment shorter than this spends too much of its time loading a model and leading in. */
export const MIN_SEGMENT_S = 2;

/** Equal consecutive segments covering the whole clip, at most `workers`, each at least MIN_SEGMENT_S long. */
export function planSegments(durationS: number, workers: number, leadInS = SEGMENT_LEAD_IN_S): ClipSegment[] {
  const count = Math.max(1, Math.min(Math.floor(workers), Math.floor(durationS / MIN_SEGMENT_S)));
  return Array.from({ length: count }, (_, i) => {
    const fromS = i === 0 ? -Infinity : (durationS * i) / count;
    const toS = i === count - 1 ? Infinity : (durationS * (i + 1)) / count;
    return { fromS, toS, decodeFromS: i === 0 ? 0 : Math.max(0, fromS - leadInS) };
  });
}

export const inSegment = (segment: ClipSegment, t: number): boolean => t >= segment.fromS && t < segment.toS;

/**
 * The segments' frames in order, as one pass would have read them: a segment that ended early
 * ends the clip there (the file is damaged from that point), so the frames are always the
 * readable beginning of the clip, with no hole.
 */
export function joinSegments(results: readonly SegmentResult[]): PoseFrame[] {
  const frames: PoseFrame[] = [];
  for (const result of results) {
    frames.push(...result.frames);
    if (result.endedEarly) break;
  }
  return frames;
}
