import type { ClipErrorInfo } from '../shared/clip';
import type { PoseFrame } from '../shared/exercise-core';
import type { ClipRequest } from './contract';

/** What the clip worker asks of the helper workers that analyse the other segments of a clip. */
export interface SegmentRequest extends Pick<ClipRequest, 'model' | 'backend' | 'modelsUrl'> {
  /** WASM threads this worker may use (set before its backend starts). */
  wasmThreads: number;
}

export type SegmentOutcome = { ok: true; result: SegmentResult } | { ok: false; error: ClipErrorInfo };

export interface ClipHelperApi {
  /** Loads the model ahead of the first segment. Never throws: a failure is reported by analyze. */
  prepare(request: SegmentRequest): Promise<void>;
  analyze(file: Blob, name: string, request: SegmentRequest, segment: ClipSegment, onFrames: (done: number) => void): Promise<SegmentOutcome>;
  cancel(): void;
}

export interface ClipSegment {
  /** Frames with fromS <= t < toS belong to the segment (seconds from the start of the clip). */
  fromS: number;
  toS: number;
  /** Decoding starts here: fromS less the lead-in, never before 0. */
  decodeFromS: number;
}

export interface SegmentResult {
  frames: PoseFrame[];
  /** Decoding failed part-way (a damaged or truncated file): later segments must not follow it. */
  endedEarly: boolean;
}
