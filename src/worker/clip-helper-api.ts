import type { ClipErrorInfo } from '../shared/clip-analysis';
import type { ClipSegment, SegmentResult } from '../shared/clip-segments';
import type { ClipRequest } from './clip-worker-api';

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
