import * as Comlink from 'comlink';
import { limitWasmThreads } from '../../engine/backend';
import { ClipDecoder } from './clip-decoder';
import { clipErrorInfo } from './clip-errors';
import type { ClipHelperApi, SegmentRequest } from '../helper-contract';
import { ClipModelCache } from './clip-model';
import { analyzeSegment } from './clip-segment';
import { releaseCallback } from './release-callback';

/** Progress crosses to the clip worker at most this often. */
const PROGRESS_EVERY_MS = 200;

const models = new ClipModelCache();
let cancelled = false;
let threadsSet = false;

function modelFor(request: SegmentRequest) {
  if (!threadsSet) limitWasmThreads(request.wasmThreads);
  threadsSet = true;
  return models.get(request);
}

const api: ClipHelperApi = {
  async prepare(request) {
    await modelFor(request).catch(() => {});
  },

  async analyze(file, name, request, segment, onFrames) {
    cancelled = false;
    let decoder: ClipDecoder | null = null;
    try {
      decoder = await ClipDecoder.open(file, name);
      const model = await modelFor(request);
      let lastProgress = 0;
      const onFrame = (done: number) => {
        if (performance.now() - lastProgress < PROGRESS_EVERY_MS) return;
        lastProgress = performance.now();
        onFrames(done);
      };
      const result = await analyzeSegment(decoder, model, segment, { cancelled: () => cancelled, onFrame });
      return { ok: true, result };
    } catch (err) {
      return { ok: false, error: clipErrorInfo(err) };
    } finally {
      decoder?.dispose();
      releaseCallback(onFrames);
    }
  },

  cancel() {
    cancelled = true;
  },
};

Comlink.expose(api);
